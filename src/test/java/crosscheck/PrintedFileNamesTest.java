package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import crosscheck.core.Warning;
import crosscheck.ingest.Content;
import crosscheck.ingest.ContentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name's control characters never reach the terminal raw: warnings and errors print them escaped. */
class PrintedFileNamesTest {
    private static final String ESC_NAME = "a\u001b[2J\u001b]0;pwned\u0007\u009b\u202Etxt.exe";

    @TempDir
    Path dir;

    private static void assertNoControls(String printed) {
        assertFalse(printed.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || c == 0x202E), printed);
    }

    @Test
    void aWarningPrintsAFileNamesControlCharactersEscaped() throws IOException {
        Files.writeString(dir.resolve("site.yml"), "title: T\n");
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles").resolve(ESC_NAME), "Not a report kind.\n");
        Content content = ContentReader.read(dir);
        String printed = content.warnings().get(0).toString();
        assertNoControls(printed);
        assertTrue(printed.startsWith("articles/a\\u001b[2J\\u001b]0;pwned\\u0007\\u009b\\u202etxt.exe: not a report"),
                printed);
        assertEquals("articles/" + ESC_NAME, content.warnings().get(0).file(), "the file itself is kept as it is");
    }

    @Test
    void anErrorPrintsAFileNamesControlCharactersEscaped() throws IOException {
        Files.writeString(dir.resolve("site.yml"), "title: T\n");
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles").resolve("x\u001b[31m.md"), "---\npublished: someday\n---\nText.\n");
        Files.writeString(dir.resolve("articles").resolve("x\u001b[31m.txt"), "Same id.\n");
        BuildException e = org.junit.jupiter.api.Assertions.assertThrows(BuildException.class,
                () -> ContentReader.read(dir));
        String described = e.describe();
        assertNoControls(described);
        assertTrue(described.contains("articles/x\\u001b[31m.md:2: cannot read the date"), described);
        assertTrue(described.contains("is also the id of articles/x\\u001b[31m.md"), described);
        assertNoControls(e.getMessage());
    }

    @Test
    void textWithoutControlsIsPrintedAsItIs() {
        Warning plain = new Warning("articles/é ü.txt", 3, "two\nlines");
        assertEquals("articles/é ü.txt:3: two\nlines", plain.toString());
        assertEquals(List.of("a\\u000ab"), List.of(Warning.printable("a\nb")));
    }
}
