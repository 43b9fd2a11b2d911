package crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code extract} notes each file's language and where it comes from, on standard error, apart from the text. */
class ExtractLanguageTest extends CommandLineTest {
    private static final String PORTUGUESE = "O ministro da Defesa chegou a Washington na segunda-feira para conversas "
            + "com o seu homólogo no Pentágono, onde os responsáveis disseram que iriam discutir a operação planeada "
            + "no sul e o regresso dos reféns que ainda estão detidos no território.\n";

    @Test
    void notesTheLanguageOfEachFile() throws IOException {
        Path guessed = write("in/pt.txt", PORTUGUESE);
        Path stated = write("in/stated.md", "---\nlanguage: pt-BR\n---\nO ministro chegou.\n");
        Path declared = write("in/page.html", "<html lang=\"en-GB\"><body><p>Dock workers in Varna walked out on "
                + "Friday.</p></body></html>");
        Path shortText = write("in/short.txt", "Dock workers in Varna walked out on Friday.\n");
        assertEquals(0, run("extract", guessed.toString(), stated.toString(), declared.toString(),
                shortText.toString()), err.toString());
        String notes = err.toString();
        assertTrue(notes.contains("note: " + guessed + ": language pt, guessed from the text"), notes);
        assertTrue(notes.contains("note: " + stated + ": language pt-BR, from the front matter"), notes);
        assertTrue(notes.contains("note: " + declared + ": language en-GB, declared by the page"), notes);
        assertTrue(notes.contains("note: " + shortText + ": language unknown: none declared, too little text"),
                notes);
        assertFalse(out.toString().contains("language"), "the text printed is the report's alone: " + out);
    }

    @Test
    void quietOrWritingFilesLeavesTheNotesOut() throws IOException {
        Path guessed = write("in/pt.txt", PORTUGUESE);
        assertEquals(0, run("extract", "--quiet", guessed.toString()));
        assertEquals(0, run("extract", "--out", dir.resolve("out").toString(), guessed.toString()));
        assertFalse(err.toString().contains("note:"), err.toString());
        assertEquals(0, run("extract", "--verbose", "--out", dir.resolve("out").toString(), guessed.toString()));
        assertTrue(err.toString().contains("note: " + guessed + ": language pt"), err.toString());
    }
}
