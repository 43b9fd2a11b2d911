package crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.Trees;
import crosscheck.clean.Report;
import crosscheck.digest.Digest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft that reaches the render stage (serve, build --drafts) is marked wherever it is shown or cited. */
class DraftMarksTest {
    @TempDir
    Path dir;

    private static Report draft(Report a) {
        return new Report(a.id(), a.file(), a.title(), a.source(), a.url(), a.published(), a.author(), a.language(),
                a.event(), a.blocks(), a.removed(), a.warnings(), true);
    }

    private static Document page(Path site, String path) {
        return Jsoup.parse(Fixtures.read(site.resolve(path)), "https://example.org/" + path);
    }

    @Test
    void aDraftIsMarkedOnItsPageInEveryListAndInEveryCite() {
        Fixtures.Sample s = new Fixtures.Sample();
        Report aj = draft(s.aj);
        Report loose = draft(s.loose);
        Digest cairo = new Digest(Fixtures.event("cairo-talks", "Ceasefire talks in Cairo", s.reuters, aj),
                s.cairo.summary(), s.cairo.figures(), s.cairo.quotes(), s.cairo.entities());
        Path site = Fixtures.render(Fixtures.site(""), List.of(loose, s.unknown, aj, s.reuters),
                List.of(s.border, cairo), dir.resolve("site"));

        Document article = page(site, "articles/002_aj/index.html");
        assertEquals("Draft", article.selectFirst(".draft-notice .draft-mark").text());
        assertNull(page(site, "articles/001_reuters/index.html").selectFirst(".draft-notice"));

        Document event = page(site, "events/cairo-talks/index.html");
        assertEquals("1 draft", event.selectFirst(".page-header .draft-mark").text());
        for (Element summary : event.select(".cites summary")) {
            assertEquals(summary.text().contains("Al Jazeera"), summary.selectFirst(".draft-mark") != null,
                    summary.outerHtml());
        }
        for (Element cite : event.select(".cites li, figcaption a, .figure td a")) {
            boolean isDraft = cite.is("a") ? cite.attr("href").contains("002_aj")
                    : cite.selectFirst("a").attr("href").contains("002_aj");
            Element next = cite.is("a") ? cite.nextElementSibling() : cite.selectFirst(".draft-mark");
            assertEquals(isDraft, next != null && next.hasClass("draft-mark"), cite.outerHtml());
        }
        assertEquals(3, event.select(".cites li .draft-mark, figcaption .draft-mark, .figure td .draft-mark").size(),
                "the draft is cited once in the summary, once for a figure and once for a quote");
        assertEquals(1, event.select("#sources ~ ol .article-item.draft .draft-mark").size());

        Document home = page(site, "index.html");
        Element other = home.selectFirst("#other-reports ~ ul .article-item");
        assertTrue(other.hasClass("draft") && other.selectFirst(".draft-mark") != null, other.outerHtml());
        assertEquals("1 draft", home.selectFirst(".event-item .draft-mark").text());
        assertNotNull(page(site, "outlets/al-jazeera/index.html").selectFirst(".article-item .draft-mark"));
    }

    @Test
    void aSiteWithoutDraftsHasNoMark() {
        Fixtures.Sample s = new Fixtures.Sample();
        Path site = Fixtures.render(Fixtures.site("https://example.org/"), s.articles(), s.digests(),
                dir.resolve("site"));
        Trees.snapshot(site).forEach((file, bytes) -> {
            if (file.endsWith(".css") || file.endsWith(".js")) return;
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertFalse(text.contains("draft"), file);
        });
    }
}
