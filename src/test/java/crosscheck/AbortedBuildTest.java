package crosscheck;

import static crosscheck.Trees.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import crosscheck.eval.SyntheticCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds in a JVM of their own that end early leave the previous site exactly as it was: one killed while it writes
 * the site (SIGKILL: no finally blocks, no shutdown hooks), after which the next build succeeds and removes what the
 * killed one left; and one that runs out of memory, which says so and how to give it more, without a stack trace.
 */
class AbortedBuildTest {
    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    @TempDir
    Path tmp;

    /** The content of the previous site: four synthetic reports. */
    private Path small() {
        return tmp.resolve("small");
    }

    /** The output folder, where a build of {@link #small} made the previous site. */
    private Path previousSite() {
        SyntheticCorpus.write(small(), 4, 1);
        Path out = tmp.resolve("out").resolve("site");
        new Build(small(), TEMPLATES, out, null).run();
        return out;
    }

    @Test
    void aBuildKilledWhileWritingLeavesThePreviousSiteAsItWas() throws Exception {
        Path out = previousSite();
        Map<String, byte[]> before = Trees.snapshot(out);

        Path big = tmp.resolve("big");
        SyntheticCorpus.write(big, 40, 2);
        Process child = startBuild(big, out, "-XX:TieredStopAtLevel=1");
        Path writing;
        try {
            writing = awaitWriting(out.getParent(), ".site-tmp-" + child.pid() + "-", child);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed build did not end");
        }
        assertTrue(Files.isDirectory(writing), "killed before the swap, so its new site is left half written");
        assertSameFiles(before, Trees.snapshot(out));

        new Build(small(), TEMPLATES, out, null).run();
        assertSameFiles(before, Trees.snapshot(out));
        assertEquals(List.of(), leftovers(out.getParent()));
    }

    @Test
    void aBuildThatRunsOutOfMemorySaysSoAndLeavesThePreviousSite() throws Exception {
        Path out = previousSite();
        Map<String, byte[]> before = Trees.snapshot(out);

        Path big = tmp.resolve("big");
        SyntheticCorpus.write(big, 4, 2);
        try (Writer huge = Files.newBufferedWriter(big.resolve("articles").resolve("huge.txt"))) {
            for (int i = 0; i < 1_000_000; i++) huge.write("Shelling resumed near the border on Tuesday. ");
        }
        Process child = startBuild(big, out, "-Xmx32m", "-XX:TieredStopAtLevel=1"); // 46 MB of report to read
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the build did not end");
        String printed = Files.readString(log());
        assertEquals(1, child.exitValue(), printed);
        assertTrue(printed.startsWith("error: not enough memory: the build filled the Java heap (at most "), printed);
        assertTrue(printed.contains("JAVA_OPTS=-Xmx4g"), printed);
        assertFalse(printed.contains("Exception") || printed.contains("\tat "), "no stack trace: " + printed);
        assertSameFiles(before, Trees.snapshot(out));
        assertEquals(List.of(), leftovers(out.getParent()));
    }

    /** {@code crosscheck build} in a JVM of its own with the JVM options given, on the test classpath. */
    private Process startBuild(Path content, Path out, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "crosscheck.cli.Main", "build",
                "--content", content.toString(), "--out", out.toString(), "--templates", TEMPLATES.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile()).start();
    }

    private Path log() {
        return tmp.resolve("child.log");
    }

    /** Waits until the child has written a file into a folder whose name starts with {@code prefix}. */
    private Path awaitWriting(Path parent, String prefix, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) fail("the build ended before it was killed: " + Files.readString(log()));
            Optional<Path> writing = list(parent).stream()
                    .filter(dir -> dir.getFileName().toString().startsWith(prefix) && holdsAFile(dir)).findFirst();
            if (writing.isPresent()) return writing.get();
            Thread.sleep(2);
        }
        throw new AssertionError("the build wrote no file within 60 s");
    }

    private static boolean holdsAFile(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(Files::isRegularFile);
        } catch (IOException | UncheckedIOException e) {
            return false; // changed while we looked: look again
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }

    private static List<String> leftovers(Path dir) throws IOException {
        return list(dir).stream().map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-")).toList();
    }

}
