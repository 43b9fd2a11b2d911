package crosscheck.render;

import static crosscheck.Trees.snapshot;
import static crosscheck.render.Fixtures.render;
import static crosscheck.render.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only a folder that is provably a site Crosscheck built is replaced: one with the marker {@code .crosscheck-site},
 * or, once, a site from before the marker; never a folder of someone's files that happens to hold a
 * {@code digest.json}.
 */
class SiteFolderTest {
    @TempDir
    Path tmp;

    private final Fixtures.Sample sample = new Fixtures.Sample();

    private Path build(Path out) {
        return render(site(""), sample.articles(), sample.digests(), out);
    }

    private BuildException refused(Path out) {
        SortedMap<String, byte[]> before = snapshot(out);
        BuildException e = assertThrows(BuildException.class, () -> build(out));
        assertEquals(out.toString(), e.file(), "the error names the folder");
        assertTrue(e.getMessage().startsWith("refusing to replace the output folder: "), e.getMessage());
        assertTrue(e.hint().contains("--out DIR"), "says what to do: " + e.hint());
        assertEquals(before.keySet(), snapshot(out).keySet(), "nothing deleted");
        return e;
    }

    @Test
    void everySiteHasTheMarkerWithItsNumberOfReports() throws IOException {
        Path out = build(tmp.resolve("site"));
        List<String> lines = Files.readAllLines(out.resolve(SiteFolder.MARKER));
        assertEquals("Crosscheck site, format 1", lines.get(0));
        assertEquals("reports: 4", lines.get(1));
        assertEquals(4, SiteFolder.reports(out));
    }

    @Test
    void aFolderOfSomeonesFilesWithAStrayDigestJsonIsNotReplaced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(out.resolve("letter.txt"), "keep me");
        Files.writeString(out.resolve("digest.json"), "{}");

        BuildException e = refused(out);

        assertTrue(e.getMessage().contains("no .crosscheck-site"), e.getMessage());
        assertEquals("keep me", Files.readString(out.resolve("letter.txt")));
    }

    @Test
    void aFolderWithADigestJsonOfCrosschecksShapeButOtherFilesIsNotReplaced() throws IOException {
        Path out = build(tmp.resolve("site"));
        Files.delete(out.resolve(SiteFolder.MARKER)); // a site from before the marker...
        Files.writeString(out.resolve("thesis.tex"), "keep me"); // ...with someone's file put in it

        BuildException e = refused(out);

        assertTrue(e.getMessage().contains("'thesis.tex'"), e.getMessage());
        assertEquals("keep me", Files.readString(out.resolve("thesis.tex")));
    }

    @Test
    void aDigestJsonWithoutTheRestOfASiteIsNotEnough() throws IOException {
        Path out = build(tmp.resolve("site"));
        Files.delete(out.resolve(SiteFolder.MARKER));
        Files.delete(out.resolve("index.html"));
        assertTrue(refused(out).getMessage().contains("no index.html"));
    }

    @Test
    void aDigestJsonThatIsNotCrosschecksIsNotEnough() throws IOException {
        Path out = build(tmp.resolve("site"));
        Files.delete(out.resolve(SiteFolder.MARKER));
        Files.writeString(out.resolve("digest.json"), "{\"events\": [], \"items\": []}");
        assertTrue(refused(out).getMessage().contains("its digest.json is not one Crosscheck wrote"));
    }

    @Test
    void aMarkerCrosscheckDidNotWriteIsNotEnough() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(out.resolve("letter.txt"), "keep me");
        Files.writeString(out.resolve(SiteFolder.MARKER), "hello\n");
        assertTrue(refused(out).getMessage().contains("its .crosscheck-site is not one Crosscheck wrote"));
        assertEquals("keep me", Files.readString(out.resolve("letter.txt")));
    }

    @Test
    void aSiteBuiltBeforeTheMarkerIsReplacedOnceAndThenHasTheMarker() throws IOException {
        Path out = build(tmp.resolve("site"));
        Files.delete(out.resolve(SiteFolder.MARKER));
        Files.writeString(out.resolve("events/stale.html"), "from an older build"); // only the top is checked
        assertEquals(4, SiteFolder.reports(out), "counted from digest.json");

        render(site(""), List.of(sample.reuters), List.of(), out);

        assertFalse(Files.exists(out.resolve("events/stale.html")));
        assertTrue(Files.readString(out.resolve(SiteFolder.MARKER)).startsWith("Crosscheck site, format 1\n"
                + "reports: 1\n"));
    }

    @Test
    void countsTheArticlesOfADigestJsonAndRefusesOtherJson() throws IOException {
        Path file = tmp.resolve("digest.json");
        Files.writeString(file, "{\"events\": [{\"articles\": [\"a\"]}], \"articles\": [{\"id\": \"a\"}, {}], "
                + "\"more\": {\"x\": [1]}}");
        assertEquals(2, SiteFolder.digestArticles(file));
        for (String other : List.of("{}", "[]", "{\"events\": []}", "{\"articles\": []}", "{\"events\": [], "
                + "\"articles\": [1]}", "{\"events\": [], \"articles\": [", "not json", "")) {
            Files.writeString(file, other);
            assertEquals(-1, SiteFolder.digestArticles(file), other);
        }
    }

    @Test
    void missingAndEmptyFoldersHaveNoReportsAndFilesAreNotSites() throws IOException {
        assertEquals(0, SiteFolder.reports(tmp.resolve("nothing")));
        assertEquals(0, SiteFolder.reports(Files.createDirectory(tmp.resolve("empty"))));
        assertTrue(SiteFolder.examine(tmp.resolve("empty")).replaceable());
        assertFalse(SiteFolder.examine(Files.writeString(tmp.resolve("file"), "x")).replaceable());
    }
}
