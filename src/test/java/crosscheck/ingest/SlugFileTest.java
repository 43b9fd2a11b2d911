package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Warning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code content/.crosscheck/slugs}: read, written, and what a curator sees when it is damaged. */
class SlugFileTest {
    @TempDir
    Path dir;

    private final List<Warning> warnings = new ArrayList<>();

    private PublishedAddresses read(String text) throws IOException {
        Path file = dir.resolve(SlugFile.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return SlugFile.read(dir, warnings::add);
    }

    private static final PublishedAddresses SOME = PublishedAddresses.of(
            Map.of("b-report", "varna-strike", "a report with spaces", "tolmezzo-quake", "é-report", "varna-strike"),
            Map.of("old-quake", "tolmezzo-quake"));

    @Test
    void whatIsWrittenIsReadBackAsItWas() {
        SlugFile.write(dir, SOME);
        assertEquals(SOME, SlugFile.read(dir, warnings::add));
        assertEquals(List.of(), warnings);
    }

    @Test
    void theFileIsSortedWithOneTabSeparatedEntryALineUnderACommentThatSaysWhatItIs() throws IOException {
        SlugFile.write(dir, SOME);
        String text = Files.readString(dir.resolve(SlugFile.FILE));
        assertTrue(text.startsWith("# "), text);
        assertTrue(text.contains("commit this file"), text);
        assertTrue(text.endsWith("""
                report\ta report with spaces\ttolmezzo-quake
                report\tb-report\tvarna-strike
                report\té-report\tvarna-strike
                moved\told-quake\ttolmezzo-quake
                """), text);
    }

    @Test
    void noFileMeansNoAddressesAndNoWarning() {
        assertEquals(PublishedAddresses.none(), SlugFile.read(dir, warnings::add));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLineThatCannotBeReadIsAWarningWithTheFileAndLineAndEveryOtherLineIsKept() throws IOException {
        PublishedAddresses read = read("""
                # comment
                report\ta1\tquake
                report a2 quake
                report\ta3\tNot A Slug!
                strange\ta4\tquake

                report\ta5\tquake
                report\ta1\tother
                moved\tolder\tquake
                """);
        assertEquals(Map.of("a1", "quake", "a5", "quake"), read.slugOfReport());
        assertEquals(Map.of("older", "quake"), read.movedTo());
        assertEquals(List.of(".crosscheck/slugs:3", ".crosscheck/slugs:4", ".crosscheck/slugs:5",
                ".crosscheck/slugs:8"), warnings.stream().map(w -> w.file() + ":" + w.line()).toList());
        assertTrue(warnings.get(0).message().contains("separated by spaces, not tabs"), warnings.get(0).message());
        assertTrue(warnings.get(1).message().contains("'Not A Slug!' is not a slug"), warnings.get(1).message());
        assertTrue(warnings.get(3).message().contains("already has its slug on line 2"), warnings.get(3).message());
        assertTrue(warnings.get(0).message().contains("writes the file anew with every address it could read"));
    }

    @Test
    void aFileOfGarbageGivesAFewWarningsNotOneALine() throws IOException {
        StringBuilder garbage = new StringBuilder("report\tkept\tquake\n");
        for (int i = 0; i < 500; i++) garbage.append("\u0000\u00ff garbage ").append(i).append('\n');
        PublishedAddresses read = read(garbage.toString());
        assertEquals(Map.of("kept", "quake"), read.slugOfReport());
        assertEquals(SlugFile.NAMED_LINES + 1, warnings.size());
        Warning last = warnings.get(warnings.size() - 1);
        assertEquals(2 + SlugFile.NAMED_LINES, last.line());
        assertTrue(last.message().startsWith((500 - SlugFile.NAMED_LINES) + " more lines"), last.message());
    }

    @Test
    void aFileThatHoldsTheAddressesAlreadyIsNotWrittenAgain() throws IOException {
        SlugFile.write(dir, SOME);
        Path file = dir.resolve(SlugFile.FILE);
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, old);
        SlugFile.write(dir, SOME);
        assertEquals(old, Files.getLastModifiedTime(file));
    }

    @Test
    void noAddressesAndNoFileWritesNoFileButAnEmptiedSiteEmptiesTheFile() throws IOException {
        SlugFile.write(dir, PublishedAddresses.none());
        assertFalse(Files.exists(dir.resolve(".crosscheck")));
        SlugFile.write(dir, SOME);
        SlugFile.write(dir, PublishedAddresses.none());
        assertEquals(PublishedAddresses.none(), SlugFile.read(dir, warnings::add));
        assertArrayEquals(SlugFile.HEADER.getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(dir.resolve(SlugFile.FILE)));
    }

    @Test
    void aPublishedSiteFillsOnlyWhatTheFileDoesNotName() {
        PublishedAddresses site = PublishedAddresses.of(Map.of("b-report", "site-slug", "new-report", "site-slug"),
                Map.of("old-quake", "site-slug", "varna-strike", "x", "retired", "site-slug"));
        PublishedAddresses both = SOME.orElse(site);
        assertEquals("varna-strike", both.slugOfReport().get("b-report"));
        assertEquals("site-slug", both.slugOfReport().get("new-report"));
        assertEquals(Map.of("old-quake", "tolmezzo-quake", "retired", "site-slug"), both.movedTo());
    }

    @Test
    void itRefusesMissingArguments() {
        assertThrows(NullPointerException.class, () -> SlugFile.read(null, warnings::add));
        assertThrows(NullPointerException.class, () -> SlugFile.write(dir, null));
        assertThrows(NullPointerException.class, () -> SOME.orElse(null));
    }
}
