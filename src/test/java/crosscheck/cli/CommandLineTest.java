package crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** What tests of the command line share: a folder of their own, and a run that keeps what the commands print. */
abstract class CommandLineTest {
    @TempDir
    Path dir;

    /** Everything printed on standard output and standard error, over all runs of the test. */
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code crosscheck args...} and gives its exit code. */
    int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Writes {@code text} to the file {@code name} of the test's folder, making its folders. */
    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
