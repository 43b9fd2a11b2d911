package crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The search index's files in a plan: made once, when the site or one of them is asked for. */
class LaterFilesTest {
    @Test
    void aPlanMakesItsLaterFilesOnlyWhenAskedAndOnce() {
        AtomicInteger made = new AtomicInteger();
        LaterFiles later = new LaterFiles("search/", () -> {
            made.incrementAndGet();
            return List.of(SiteFile.text("search/manifest.json", () -> "{}\n"),
                    SiteFile.text("search/terms/0.json", () -> "{\"terms\":{}}\n"));
        });
        SitePlan plan = new SitePlan(List.of(SiteFile.text("search/index.html", () -> "<p>")), later,
                (text, out) -> { });
        assertEquals(1, plan.pages());
        assertTrue(plan.file("search/index.html").isPresent());
        assertEquals(0, made.get(), "not made for the pages");
        assertFalse(plan.file("search/terms/9.json").isPresent());
        assertEquals(1, made.get());
        assertEquals("{}\n", StandardCharsets.UTF_8.decode(plan.file("search/manifest.json").orElseThrow().bytes())
                .toString());
        assertEquals(List.of("search/index.html", "search/manifest.json", "search/terms/0.json"),
                plan.files().stream().map(SiteFile::path).toList(), "the pages, then the later files");
        assertEquals(1, made.get(), "made once");
    }

    @Test
    void aPlannedFileInTheirPlaceOrOneOutsideTheFolderIsRefused() {
        LaterFiles later = new LaterFiles("search/", () -> List.of(SiteFile.text("elsewhere.json", () -> "")));
        assertThrows(IllegalArgumentException.class, () -> new SitePlan(
                List.of(SiteFile.text("search/manifest.json", () -> "")), later, (text, out) -> { }));
        SitePlan plan = new SitePlan(List.of(), later, (text, out) -> { });
        assertThrows(IllegalStateException.class, plan::files);
        assertThrows(IllegalArgumentException.class, () -> new LaterFiles("search", List::of));
    }
}
