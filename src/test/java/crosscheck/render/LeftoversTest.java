package crosscheck.render;

import static crosscheck.Trees.assertSameFiles;
import static crosscheck.render.Fixtures.render;
import static crosscheck.render.Fixtures.site;
import static crosscheck.Trees.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds that died leave {@code .site-tmp-*} and {@code .site-old-*} folders beside the output; the next build puts
 * the previous site back and deletes them, but never touches the folders of a build still running.
 */
class LeftoversTest {
    @TempDir
    Path tmp;

    private final Fixtures.Sample sample = new Fixtures.Sample();
    private final ProcessHandle self = ProcessHandle.current();
    private final long selfStart = self.info().startInstant().map(Instant::getEpochSecond).orElse(0L);

    @Test
    void deletesWhatDeadBuildsLeftAndSparesLiveOnes() throws Exception {
        Path out = render(site(""), sample.articles(), sample.digests(), tmp.resolve("site"));
        long dead = deadPid();
        folder(Leftovers.prefix(Leftovers.TMP, dead, 0, out) + "1");
        folder(Leftovers.prefix(Leftovers.OLD, dead, 0, out) + "2");
        folder(Leftovers.prefix(Leftovers.TMP, self.pid(), selfStart - 3600, out) + "3"); // id reused since
        Path liveTmp = folder(Leftovers.prefix(Leftovers.TMP, self.pid(), selfStart, out) + "4");
        Path liveOld = folder(Leftovers.prefix(Leftovers.OLD, self.pid(), selfStart, out) + "5");
        Path otherOutput = folder(Leftovers.prefix(Leftovers.TMP, dead, 0, tmp.resolve("preview")) + "6");
        Path notOurs = folder(".site-notes");

        render(site(""), List.of(sample.reuters), List.of(), out);

        assertEquals(names(liveTmp, liveOld, otherOutput, notOurs), leftovers());
        assertTrue(Files.isRegularFile(liveTmp.resolve("index.html")), "a live build's files stay");
    }

    @Test
    void foldersOfEarlierVersionsAreDeletedOnlyWhenClearlyAbandoned() throws IOException {
        Path out = render(site(""), sample.articles(), sample.digests(), tmp.resolve("site"));
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS));
        Files.setLastModifiedTime(folder(".site-tmp-1a2b3c"), twoDaysAgo);
        Path recentTmp = folder(".site-tmp-4d5e6f");
        Path oldSite = folder(".site-old-7a8b9c");
        Files.setLastModifiedTime(oldSite, twoDaysAgo);

        Leftovers.recover(out);

        assertEquals(names(recentTmp, oldSite), leftovers());
    }

    @Test
    void aBuildPutsBackTheSiteThatADeadBuildMovedAsideBeforeAnythingElseEvenWhenItFails() throws Exception {
        Path out = render(site(""), sample.articles(), sample.digests(), tmp.resolve("site"));
        SortedMap<String, byte[]> before = snapshot(out);
        long dead = deadPid(); // killed between its two renames: the site is aside, the new one not yet in place
        Files.move(out, tmp.resolve(Leftovers.prefix(Leftovers.OLD, dead, 0, out) + "1"));
        Files.move(render(site(""), List.of(sample.aj), List.of(), tmp.resolve("x")),
                tmp.resolve(Leftovers.prefix(Leftovers.TMP, dead, 0, out) + "2"));
        Path templates = Fixtures.copyTemplates(tmp.resolve("templates"));
        Files.writeString(templates.resolve("event.ftlh"), "<#if>");

        assertThrows(BuildException.class,
                () -> render(templates, site(""), sample.articles(), sample.digests(), List.of(), out));

        assertSameFiles(before, snapshot(out));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void theRecoveredFolderCountsTheReportsOfTheSiteItPutBack() throws Exception {
        Path out = render(site(""), sample.articles(), sample.digests(), tmp.resolve("site"));
        Files.move(out, tmp.resolve(Leftovers.prefix(Leftovers.OLD, deadPid(), 0, out) + "1"));

        assertEquals(sample.articles().size(), OutputFolder.recover(out).reports(),
                "a build checks the site it would replace (--allow-empty) only once the site is back");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void theSiteALiveBuildMovedAsideOrThatOfAnotherOutputIsNotTaken() throws Exception {
        Path out = tmp.resolve("site");
        Path live = render(site(""), sample.articles(), sample.digests(),
                tmp.resolve(Leftovers.prefix(Leftovers.OLD, self.pid(), selfStart, out) + "1"));
        Path other = render(site(""), sample.articles(), sample.digests(),
                tmp.resolve(Leftovers.prefix(Leftovers.OLD, deadPid(), 0, tmp.resolve("preview")) + "2"));

        Leftovers.recover(out);

        assertTrue(Files.notExists(out));
        assertEquals(names(live, other), leftovers());
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }

    /** A folder beside the output holding one file, as a build leaves it. */
    private Path folder(String name) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve(name));
        Files.writeString(dir.resolve("index.html"), "<p>" + name);
        return dir;
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> siblings = Files.list(tmp)) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-")).sorted().toList();
        }
    }

    private static List<String> names(Path... dirs) {
        return Stream.of(dirs).map(p -> p.getFileName().toString()).sorted().toList();
    }

}
