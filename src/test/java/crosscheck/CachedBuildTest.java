package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.cache.ReportCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds with a report cache make exactly the site a build without one makes, and redo only what changed. */
class CachedBuildTest {
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path dir;

    private Path copyOfSampleContent() throws IOException {
        return SampleContent.copyTo(dir.resolve("content"));
    }

    private Build.Result build(Path content, String out, ReportCache cache) {
        return new Build(content, TEMPLATES, dir.resolve(out), null).withCache(cache).run();
    }

    @Test
    void aSecondBuildTakesEveryReportFromTheCacheAndMakesTheSameSite() throws IOException {
        Path content = copyOfSampleContent();
        Path cacheFolder = dir.resolve("cache");
        assertEquals(0, build(content, "first", ReportCache.onDisk(cacheFolder)).cached());
        Build.Result second = build(content, "second", ReportCache.onDisk(cacheFolder));
        assertEquals(5, second.cached());
        build(content, "uncached", ReportCache.none());
        assertEquals(List.of(), Trees.differences(dir.resolve("uncached"), dir.resolve("second")));
        assertEquals(List.of(), Trees.differences(dir.resolve("uncached"), dir.resolve("first")));
    }

    @Test
    void afterOneReportChangesOnlyItIsRedoneAndTheSiteShowsTheChange() throws IOException {
        Path content = copyOfSampleContent();
        ReportCache cache = ReportCache.inMemory(); // as in one serve session
        build(content, "site", cache);
        Path report;
        try (Stream<Path> reports = Files.list(content.resolve("articles"))) {
            report = reports.sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(report);
        Files.writeString(report, text.replace("Gallant", "Galland"));

        Build.Result rebuilt = build(content, "site", cache);
        assertEquals(4, rebuilt.cached());
        build(content, "uncached", ReportCache.none());
        assertEquals(List.of(), Trees.differences(dir.resolve("uncached"), dir.resolve("site")));
    }
}
