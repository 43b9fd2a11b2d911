package crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.address.Redirect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page at an event's old address: it sends readers and search engines on to the event's page. */
class RedirectPagesTest {
    @TempDir
    Path tmp;

    private final Fixtures.Sample sample = new Fixtures.Sample();

    private SitePlan plan(Path templates, String baseUrl, List<Redirect> redirects) {
        return new SiteRenderer(templates).plan(Fixtures.site(baseUrl), sample.articles(), sample.digests(),
                List.of(), redirects);
    }

    private static Document page(SitePlan plan, String path) {
        return Jsoup.parse(StandardCharsets.UTF_8.decode(plan.file(path).orElseThrow().bytes()).toString());
    }

    @Test
    void anOldAddressLeadsToTheEventWithACanonicalLinkARefreshAndAVisibleLink() {
        SitePlan plan = plan(Fixtures.TEMPLATES, "https://example.org/digest/",
                List.of(new Redirect("cairo-ceasefire", "cairo-talks")));
        Document moved = page(plan, "events/cairo-ceasefire/index.html");
        assertEquals("https://example.org/digest/events/cairo-talks/",
                moved.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("0; url=../../events/cairo-talks/", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("noindex", moved.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("Ceasefire talks in Cairo", moved.selectFirst("a[href=../../events/cairo-talks/]").text());
        assertEquals("en", moved.selectFirst("html").attr("lang"));
        String sitemap = StandardCharsets.UTF_8.decode(plan.file("sitemap.xml").orElseThrow().bytes()).toString();
        assertFalse(sitemap.contains("cairo-ceasefire"), sitemap);
        String search = StandardCharsets.UTF_8.decode(plan.file(SearchIndex.DOCUMENTS + "0.json").orElseThrow().bytes()).toString();
        assertFalse(search.contains("cairo-ceasefire"), search);
    }

    @Test
    void withoutABaseUrlTheCanonicalLinkIsTheRelativeOne() {
        Document moved = page(plan(Fixtures.TEMPLATES, "", List.of(new Redirect("old", "border-shelling"))),
                "events/old/index.html");
        assertEquals("../../events/border-shelling/", moved.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void aTemplatesFolderFromBeforeRedirectsUsesTheBuiltInTemplate() throws IOException {
        Path templates = Fixtures.copyTemplates(tmp.resolve("templates"));
        Files.delete(templates.resolve(SiteRenderer.REDIRECT_TEMPLATE));
        Document moved = page(plan(templates, "", List.of(new Redirect("old", "cairo-talks"))),
                "events/old/index.html");
        assertEquals("0; url=../../events/cairo-talks/", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void aCustomRedirectTemplateIsUsedAndCheckedWhenThePlanIsMade() throws IOException {
        Path templates = Fixtures.copyTemplates(tmp.resolve("templates"));
        Files.writeString(templates.resolve(SiteRenderer.REDIRECT_TEMPLATE), "moved to ${target} ${nothing}");
        var problem = assertThrows(crosscheck.core.BuildException.class,
                () -> plan(templates, "", List.of(new Redirect("old", "cairo-talks"))));
        assertTrue(problem.file().endsWith("redirect.ftlh"), problem.describe());
    }

    @Test
    void aRedirectToNoEventOrFromAnEventsPageIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> plan(Fixtures.TEMPLATES, "", List.of(new Redirect("old", "no-such-event"))));
        assertThrows(IllegalArgumentException.class,
                () -> plan(Fixtures.TEMPLATES, "", List.of(new Redirect("border-shelling", "cairo-talks"))));
        assertThrows(NullPointerException.class, () -> plan(Fixtures.TEMPLATES, "", null));
    }
}
