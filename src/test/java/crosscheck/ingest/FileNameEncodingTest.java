package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name the JVM cannot decode (under LANG=C every non-ASCII name, under UTF-8 a name whose bytes are not
 * UTF-8) is an error naming it, not a report whose id depends on the locale.
 */
class FileNameEncodingTest {
    @TempDir
    Path dir;

    private void content() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("site.yml"), "title: T\n");
        Files.writeString(dir.resolve("articles/plain.txt"), "A report with an ASCII name.\n");
    }

    @Test
    void aNameThatIsNotUtf8IsAnErrorNamingTheFile() throws Exception {
        Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "a UTF-8 locale");
        content();
        // a Latin-1 name: the byte E9 alone is not UTF-8, so Java cannot make it from a String
        Process touch = new ProcessBuilder("sh", "-c", "printf 'Text.\\n' > \"$(printf 'articles/caf\\351.txt')\"")
                .directory(dir.toFile()).inheritIO().start();
        assertEquals(0, touch.waitFor());
        BuildException e = assertThrows(BuildException.class, () -> ContentReader.read(dir));
        assertEquals("articles/caf\uFFFD.txt", e.file(), e.describe());
        assertTrue(e.describe().contains("the file name is not valid UTF-8"), e.describe());
    }

    @Test
    void underLangCNonAsciiNamesAreAnErrorNotOneId() throws Exception {
        content();
        Files.writeString(dir.resolve("articles/é.txt"), "Un rapport.\n");
        Files.writeString(dir.resolve("articles/ü.txt"), "Ein Bericht.\n");
        Path err = dir.resolve("err.txt");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "crosscheck.cli.Main", "build",
                "--content", dir.toString(), "--out", dir.resolveSibling(dir.getFileName() + "-site").toString())
                .redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        child.environment().put("LANG", "C");
        child.environment().put("LC_ALL", "C");
        child.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = child.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the build ends");
        assertFalse(Files.exists(dir.resolveSibling(dir.getFileName() + "-site")), "the failed build wrote no site");
        String printed = Files.readString(err, StandardCharsets.ISO_8859_1);
        assertNotEquals(0, process.exitValue(), printed);
        assertTrue(printed.contains("the file name is not readable in this system's encoding (ANSI_X3.4-1968)"),
                printed);
        assertTrue(printed.contains("run it under a UTF-8 locale"), printed);
        assertTrue(List.of(printed.split("\n")).stream().filter(l -> l.contains("not readable")).count() == 2,
                "both files named: " + printed);
    }
}
