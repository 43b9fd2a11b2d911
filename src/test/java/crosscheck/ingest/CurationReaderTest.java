package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurationReaderTest {
    @TempDir
    Path dir;

    private Curation read(String yaml) throws IOException {
        Files.writeString(dir.resolve("events.yml"), yaml);
        return CurationReader.read(dir);
    }

    @Test
    void readsEventsWithTitlesNotesPinsAndExclusions() throws IOException {
        Curation curation = read("""
                events:
                  - slug: pentagon-meeting
                    title: Austin and Gallant meet
                    note: |
                      Reports *disagree* on hostages.
                    reports: [a, b]
                  - slug: visit-announced
                exclude: [c]
                """);
        assertEquals(2, curation.events().size());
        Curation.CuratedEvent meeting = curation.event("pentagon-meeting").orElseThrow();
        assertEquals("Austin and Gallant meet", meeting.title());
        assertEquals("Reports *disagree* on hostages.", meeting.note());
        assertEquals(List.of("a", "b"), meeting.reports());
        assertNull(curation.event("visit-announced").orElseThrow().title());
        assertEquals(Set.of("c"), curation.exclude());
    }

    @Test
    void noFileMeansNoCuration() {
        assertEquals(Curation.none(), CurationReader.read(dir));
    }

    @Test
    void unsafeSlugIsRefusedWithItsLine() throws IOException {
        BuildException e = assertThrows(BuildException.class, () -> read("events:\n  - slug: ../../x\n"));
        assertEquals("events.yml", e.file());
        assertEquals(2, e.line());
        assertTrue(e.hint().contains("lower-case"));
    }

    @Test
    void aReportPinnedToTwoEventsIsAnError() throws IOException {
        BuildException e = assertThrows(BuildException.class, () -> read("""
                events:
                  - slug: one
                    reports: [a]
                  - slug: two
                    reports: [a]
                """));
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    }

    @Test
    void duplicateSlugsAndUnknownKeysAreErrors() throws IOException {
        assertThrows(BuildException.class, () -> read("events:\n  - slug: one\n  - slug: one\n"));
        BuildException e = assertThrows(BuildException.class, () -> read("events:\n  - slug: one\n    titel: x\n"));
        assertTrue(e.getMessage().contains("titel"));
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        BuildException e = assertThrows(BuildException.class, () -> read("events:\n  - slug: [unclosed\n"));
        assertTrue(e.line() >= 2, "line " + e.line());
    }

    @Test
    void reportsThatAreNotThereAreErrorsAtTheLinesNamingThem() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/a.txt"), "Text.");
        read("events:\n  - slug: one\n    reports:\n      - a\n      - typo\nexclude: [gone]\n");
        BuildException e = assertThrows(BuildException.class, () -> ContentReader.read(dir));
        List<String> problems = e.problems().stream().map(BuildException::describe).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("events.yml:5: event 'one' names report 'typo', which is not in articles/"),
                problems.toString());
        assertTrue(problems.get(1).startsWith("events.yml:6: 'exclude' names report 'gone'"), problems.toString());
        assertTrue(e.problems().get(0).hint().contains("file name without extensions"), e.problems().get(0).hint());
    }

    @Test
    void reportsThatAreThereAreNoProblem() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/a.txt"), "Text.");
        Files.writeString(dir.resolve("articles/b.md"), "Text.");
        Files.writeString(dir.resolve("site.yml"), "title: T\n");
        read("events:\n  - slug: one\n    reports: [a]\nexclude: [b]\n");
        assertEquals(List.of(), ContentReader.read(dir).warnings());
    }
}
