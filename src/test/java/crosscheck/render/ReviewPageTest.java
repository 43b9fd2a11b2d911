package crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.address.ReviewItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review list's page: planned only for serve's preview, with each doubt's evidence and events.yml lines. */
class ReviewPageTest {
    @TempDir
    Path tmp;

    private final Fixtures.Sample sample = new Fixtures.Sample();
    private final ReviewItem item = new ReviewItem("fits two events", "cairo-talks", "002_aj",
            "report 002_aj is in cairo-talks (mean similarity 0.34) but fits border-shelling almost as well (0.32)",
            List.of("names it shares with border-shelling: Rafah"),
            List.of(new ReviewItem.Fix("move it to border-shelling",
                    List.of("- {slug: border-shelling, reports: [\"002_aj\"]}", "- {slug: cairo-talks, reports: [x]}"))));

    private SitePlan plan(Path templates, List<ReviewItem> review) {
        return new SiteRenderer(templates).plan(Fixtures.site(""), sample.articles(), sample.digests(), List.of(),
                List.of(), review);
    }

    private static Document page(SitePlan plan, String path) {
        return Jsoup.parse(StandardCharsets.UTF_8.decode(plan.file(path).orElseThrow().bytes()).toString());
    }

    @Test
    void thePreviewListsEachDoubtWithLinksEvidenceAndTheLinesToPaste() {
        SitePlan plan = plan(Fixtures.TEMPLATES, List.of(item));
        Document review = page(plan, "_review/index.html");
        assertEquals("Review list", review.selectFirst("h1").text());
        assertEquals("noindex", review.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(review.selectFirst(".review-item a[href=../events/cairo-talks/]") != null, review.html());
        assertTrue(review.text().contains("names it shares with border-shelling: Rafah"), review.text());
        assertEquals("- {slug: border-shelling, reports: [\"002_aj\"]}\n- {slug: cairo-talks, reports: [x]}",
                review.selectFirst(".fixes code").wholeText());
        assertEquals("./_review/", page(plan, "index.html").selectFirst(".preview-note a").attr("href"));
        String sitemap = StandardCharsets.UTF_8.decode(plan.file("robots.txt").orElseThrow().bytes()).toString();
        assertFalse(sitemap.contains("_review"));
    }

    @Test
    void aSiteToPublishHasNoReviewPageAndNoLinkToIt() {
        SitePlan plan = plan(Fixtures.TEMPLATES, null);
        assertTrue(plan.file("_review/index.html").isEmpty());
        assertTrue(plan.files().stream().noneMatch(f -> f.path().startsWith("_review")));
        assertTrue(page(plan, "index.html").select(".preview-note").isEmpty());
    }

    @Test
    void aTemplatesFolderWithoutTheReviewTemplateUsesTheBuiltInOne() throws IOException {
        Path templates = Fixtures.copyTemplates(tmp.resolve("templates"));
        Files.delete(templates.resolve(SiteRenderer.REVIEW_TEMPLATE));
        Document review = page(plan(templates, List.of()), "_review/index.html");
        assertTrue(review.text().contains("Nothing to review"), review.text());
    }
}
