package crosscheck.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.ingest.Format;
import crosscheck.ingest.FrontMatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private static final String SCRAPE = """
            JNS - Jewish News Syndicate 24.03.2024

            Israeli Defense Minister Yoav Gallant departed for Washington on Sunday, at the invitation of Austin.

            Gallant is scheduled to meet with Austin, Blinken, Sullivan and additional senior officials.
            """;

    @Test
    void statedMetadataWinsAndInferredFillsTheGaps() {
        FrontMatter stated = new FrontMatter("Gallant heads to US", null, null, LocalDate.of(2024, 3, 25), null,
                null, "gallant-visit");
        Report article = Reports.clean(Format.TEXT, stated, SCRAPE);
        assertEquals("Gallant heads to US", article.title());
        assertEquals("JNS - Jewish News Syndicate", article.source(), "inferred from the outlet and date line");
        assertEquals(LocalDate.of(2024, 3, 25), article.published(), "front matter wins over the dateline");
        assertEquals("gallant-visit", article.event());
        assertEquals("r", article.id());
        assertEquals("articles/r", article.file());
    }

    @Test
    void cleaningIsDeterministicAndSafeFromManyThreads() throws Exception {
        Cleaner cleaner = new Cleaner();
        crosscheck.ingest.RawReport report = new crosscheck.ingest.RawReport("r", "r.txt", Format.TEXT,
                FrontMatter.EMPTY, SCRAPE, 1);
        Report first = cleaner.clean(report);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Report>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) results.add(pool.submit(() -> cleaner.clean(report)));
            for (Future<Report> result : results) assertEquals(first, result.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void removedPiecesAreListedInOrderWithReasons() {
        Report article = Reports.text("Latest News, Local News, International News, US Politics, Economy\n\n"
                + SCRAPE + "\nSource link\n\nLeave a Reply\n");
        List<String> reasons = article.removed().stream().map(Removed::reason).toList();
        assertEquals(List.of("navigation", "outlet and date line", "source link", "comment form"), reasons);
        assertTrue(article.blocks().stream().allMatch(b -> b.kind() == Block.Kind.PARAGRAPH));
    }
}
