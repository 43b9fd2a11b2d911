package crosscheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.eval.SyntheticCorpus;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clean, analyse, digest and render run on all cores; the site must still be the same byte for byte, whatever
 * the number of threads and however the work is split.
 */
class ParallelBuildTest {
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path tmp;

    @Test
    void buildsOfTheSameContentAreTheSameByteForByteOnOneThreadOrMany() throws Exception {
        Path content = tmp.resolve("content");
        SyntheticCorpus.write(content, 120, 11);
        Map<String, byte[]> one = build(content, tmp.resolve("one"), 1);
        Map<String, byte[]> four = build(content, tmp.resolve("four"), 4);
        Map<String, byte[]> again = build(content, tmp.resolve("again"), 4);
        assertTrue(one.size() > 120, "a page for each report, event and outlet: " + one.size());
        assertEquals(one.keySet(), four.keySet());
        assertEquals(four.keySet(), again.keySet());
        for (String file : one.keySet()) {
            assertArrayEquals(one.get(file), four.get(file), file + " differs between one thread and four");
            assertArrayEquals(four.get(file), again.get(file), file + " differs between two builds on four threads");
        }
    }

    @Test
    void sampleContentBuildsTheSameOnOneThreadOrMany() throws Exception {
        Path content = SampleContent.copyTo(tmp.resolve("sample"));
        Map<String, byte[]> one = build(content, tmp.resolve("one"), 1);
        Map<String, byte[]> three = build(content, tmp.resolve("three"), 3);
        assertEquals(one.keySet(), three.keySet());
        one.forEach((file, bytes) -> assertArrayEquals(bytes, three.get(file), file));
    }

    /** Builds in a pool of {@code threads}: parallel streams started inside the pool run on its threads. */
    private static Map<String, byte[]> build(Path content, Path out, int threads)
            throws InterruptedException, ExecutionException {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> new Build(content, TEMPLATES, out, null).run()).get();
        } finally {
            pool.shutdown();
        }
        return Trees.snapshot(out);
    }
}
