package crosscheck.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** What tests of reading a content folder share: a folder of their own, and a way to write its files. */
abstract class ContentFolderTest {
    @TempDir
    Path dir;

    /** Writes {@code text} to the file {@code name} of the content folder, making its folders. */
    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
