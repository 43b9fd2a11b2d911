package crosscheck.render;

import static crosscheck.render.Fixtures.ABOUT;
import static crosscheck.render.Fixtures.read;
import static crosscheck.render.Fixtures.render;
import static crosscheck.render.Fixtures.site;
import static crosscheck.Trees.snapshot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import crosscheck.SampleContent;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.core.BuildException;
import crosscheck.digest.Digest;
import crosscheck.ingest.Page;
import crosscheck.ingest.PagesReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feeds, sitemap and robots.txt, Open Graph, the archive, the 404 page and the site's own pages. */
class SiteExtrasTest {
    private static final String BASE = "https://user.github.io/repo/";

    @TempDir
    Path tmp;

    private final Fixtures.Sample sample = new Fixtures.Sample();

    private Path renderSample(String baseUrl) {
        return render(site(baseUrl), sample.articles(), sample.digests(), List.of(ABOUT), tmp.resolve("site"));
    }

    /** The sample's summary as the feeds carry it: each sentence with the reports that state it. */
    private static final String ATTRIBUTED = "Negotiators met in Cairo on Tuesday. [Reuters, Al Jazeera]\n\n"
            + "Talks continue on Wednesday. [Reuters]";

    private static Document page(Path out, String path) {
        return Jsoup.parse(read(out.resolve(path)), "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", BASE})
    void atomFeedParsesAndListsEveryEvent(String baseUrl) throws Exception {
        Path out = renderSample(baseUrl);
        String xml = read(out.resolve("feed.xml"));
        assertFalse(xml.contains("\r"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Crosscheck", feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(List.of("Ceasefire talks in Cairo", "Shelling near the border"),
                entries.stream().map(SyndEntry::getTitle).toList(), "every event, home-page order");
        SyndEntry cairo = entries.get(0);
        String link = baseUrl.isEmpty() ? "events/cairo-talks/" : BASE + "events/cairo-talks/";
        assertEquals(link, cairo.getLink());
        assertEquals(baseUrl.isEmpty() ? "urn:crosscheck:event:cairo-talks" : link, cairo.getUri());
        assertEquals(Instant.parse("2024-03-27T00:00:00Z"), cairo.getUpdatedDate().toInstant(), "latest report");
        assertEquals("Negotiators met in Cairo on Tuesday. Talks continue on Wednesday.",
                cairo.getDescription().getValue());
        assertEquals(ATTRIBUTED, cairo.getContents().get(0).getValue(), "each sentence with the outlets that state it");
        SyndEntry border = entries.get(1);
        assertNull(border.getUpdatedDate(), "an undated event gets no date");
        assertNull(border.getPublishedDate());
        assertEquals(Instant.parse("2024-03-27T00:00:00Z"), feed.getPublishedDate().toInstant(),
                "the feed is as new as its newest event, never the clock");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", BASE})
    void jsonFeedParsesAndListsEveryEvent(String baseUrl) throws Exception {
        Path out = renderSample(baseUrl);
        String text = read(out.resolve("feed.json"));
        assertTrue(text.endsWith("}\n"));
        JsonNode feed = new ObjectMapper().readTree(text);
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals("Crosscheck", feed.get("title").asText());
        assertEquals(!baseUrl.isEmpty(), feed.has("feed_url"), "the feed's own address only when absolute");
        JsonNode items = feed.get("items");
        assertEquals(2, items.size());
        JsonNode cairo = items.get(0);
        assertEquals("Ceasefire talks in Cairo", cairo.get("title").asText());
        assertEquals(baseUrl + "events/cairo-talks/", cairo.get("url").asText());
        assertEquals("2024-03-27T00:00:00Z", cairo.get("date_published").asText());
        assertEquals("Negotiators met in Cairo on Tuesday. Talks continue on Wednesday.",
                cairo.get("summary").asText());
        assertEquals(ATTRIBUTED, cairo.get("content_text").asText(), "each sentence with the outlets that state it");
        JsonNode border = items.get(1);
        assertEquals("Shelling near the border", border.get("title").asText());
        assertFalse(border.has("date_published"), "an undated event gets no date");
        TreeSet<String> ids = new TreeSet<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        assertEquals(2, ids.size(), "ids are unique");
    }

    @Test
    void feedsCarryOnlyTheNewestEventsOfALargeSite() throws Exception {
        List<Report> reports = new java.util.ArrayList<>();
        List<Digest> digests = new java.util.ArrayList<>();
        for (int i = 0; i < Feeds.ENTRIES + 10; i++) {
            String id = String.format("%03d_report", i);
            Report report = Fixtures.article(id, "Report " + i, "Reuters", null, LocalDate.of(2024, 1, 1).plusDays(i),
                    List.of(Block.paragraph("Something happened on day " + i + ".")), List.of());
            reports.add(report);
            digests.add(Fixtures.digest(Fixtures.event(String.format("event-%03d", i), "Event " + i, report),
                    List.of()));
        }
        Path out = render(site(""), reports, digests, tmp.resolve("site"));
        JsonNode items = new ObjectMapper().readTree(read(out.resolve("feed.json"))).get("items");
        assertEquals(Feeds.ENTRIES, items.size());
        assertEquals("Event " + (Feeds.ENTRIES + 9), items.get(0).get("title").asText(), "newest first");
        assertEquals(Feeds.ENTRIES, new SyndFeedInput().build(new StringReader(read(out.resolve("feed.xml"))))
                .getEntries().size());
    }

    @Test
    void feedsOfAnEmptySiteHaveNoDate() throws Exception {
        Path out = render(site(""), List.of(), List.of(), List.of(), tmp.resolve("empty"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(read(out.resolve("feed.xml"))));
        assertTrue(feed.getEntries().isEmpty());
        assertNull(feed.getPublishedDate());
        assertEquals(0, new ObjectMapper().readTree(read(out.resolve("feed.json"))).get("items").size());
    }

    @Test
    void everyPageLinksBothFeedsAndHasOpenGraphTags() {
        for (String baseUrl : List.of("", BASE)) {
            Path out = render(site(baseUrl), sample.articles(), sample.digests(), List.of(ABOUT),
                    tmp.resolve("og" + baseUrl.length()));
            for (String path : snapshot(out).keySet()) {
                if (!path.endsWith(".html")) continue;
                Document doc = page(out, path);
                assertNotNull(doc.selectFirst("link[rel=alternate][type=application/atom+xml]"), path);
                assertNotNull(doc.selectFirst("link[rel=alternate][type=application/feed+json]"), path);
                assertNotNull(doc.selectFirst("meta[property=og:title]"), path);
                assertNotNull(doc.selectFirst("meta[property=og:type]"), path);
                assertEquals("Crosscheck", doc.selectFirst("meta[property=og:site_name]").attr("content"), path);
                Element url = doc.selectFirst("meta[property=og:url]");
                if (baseUrl.isEmpty() || path.equals("404.html")) {
                    assertNull(url, path);
                } else {
                    assertEquals(BASE + path.replaceFirst("index\\.html$", ""), url.attr("content"), path);
                }
            }
        }
        Path out = tmp.resolve("og0");
        Document event = page(out, "events/cairo-talks/index.html");
        assertEquals("Ceasefire talks in Cairo", event.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("article", event.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("Negotiators met in Cairo on Tuesday.",
                event.selectFirst("meta[property=og:description]").attr("content"));
        assertEquals("website", page(out, "index.html").selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("../../feed.xml", event.selectFirst("link[type=application/atom+xml]").attr("href"));
    }

    @Test
    void sitemapListsEveryPageOnlyWithBaseUrl() {
        Path plain = renderSample("");
        assertFalse(Files.exists(plain.resolve("sitemap.xml")));
        assertEquals("User-agent: *\nDisallow:\n", read(plain.resolve("robots.txt")));

        Path published = render(site(BASE), sample.articles(), sample.digests(), List.of(ABOUT),
                tmp.resolve("published"));
        assertEquals("User-agent: *\nDisallow:\n\nSitemap: " + BASE + "sitemap.xml\n",
                read(published.resolve("robots.txt")));
        Document sitemap = Jsoup.parse(read(published.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> listed = sitemap.select("urlset > url > loc").eachText();
        List<String> expected = new ArrayList<>();
        for (String path : snapshot(published).keySet()) {
            if (path.endsWith("index.html")) expected.add(BASE + path.replaceFirst("index\\.html$", ""));
        }
        assertEquals(new TreeSet<>(expected).stream().toList(), listed, "every page, sorted, 404 left out");
        assertTrue(listed.contains(BASE + "pages/about/"));
        assertTrue(listed.contains(BASE + "archive/"));
    }

    @Test
    void archiveGroupsEventsByMonthUndatedLastAndIsInTheNav() {
        Path out = renderSample("");
        Document archive = page(out, "archive/index.html");
        List<Element> months = archive.select("main section");
        assertEquals(List.of("March 2024", "Undated"), months.stream().map(m -> m.selectFirst("h2").text()).toList());
        assertEquals(List.of("Ceasefire talks in Cairo"), months.get(0).select(".event-title").eachText());
        assertEquals(List.of("Shelling near the border"), months.get(1).select(".event-title").eachText());
        assertEquals("../events/cairo-talks/", months.get(0).selectFirst(".event-title a").attr("href"));
        assertEquals(List.of("#2024-03", "#undated"), archive.select("nav.months a").eachAttr("href"));
        assertEquals(List.of("Home", "Archive", "About"), archive.select("nav.site-nav a").eachText());
        assertEquals("Archive", archive.selectFirst("nav.site-nav a[aria-current=page]").text());
        Document event = page(out, "events/cairo-talks/index.html");
        assertEquals(List.of("../../", "../../archive/", "../../pages/about/"),
                event.select("nav.site-nav a").eachAttr("href"));
        assertTrue(event.select("nav.site-nav a[aria-current]").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", BASE})
    void notFoundPageLinksFromTheSitePath(String baseUrl) {
        Path out = renderSample(baseUrl);
        Document missing = page(out, "404.html");
        String root = baseUrl.isEmpty() ? "/" : "/repo/";
        assertEquals("Page not found", missing.selectFirst("h1").text());
        assertEquals("noindex", missing.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(root + "assets/style.css", missing.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(List.of(root, root + "archive/", root + "pages/about/"),
                missing.select("nav.site-nav a").eachAttr("href"));
        for (Element link : missing.select("[href], [src]")) {
            String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            if (href.startsWith("#")) continue;
            assertTrue(href.startsWith(root), "relative link on the 404 page: " + link);
        }
        assertFalse(Files.exists(out.resolve("404")), "404.html is a file at the root, not a folder");
    }

    @Test
    void aboutPageRendersMarkdownAndShowsRawHtmlAsText() {
        Path out = renderSample("");
        Document about = page(out, "pages/about/index.html");
        assertEquals("About · Crosscheck", about.title());
        assertEquals("About", about.selectFirst("main h1").text());
        assertEquals(1, about.select("h1").size());
        Element text = about.selectFirst(".text-page .text");
        assertEquals("extracts", text.selectFirst("em").text());
        assertEquals("Sources", text.selectFirst("h2").text());
        Element link = text.selectFirst("a[href=https://example.org/method]");
        assertNotNull(link, text.html());
        assertEquals("nofollow noopener", link.attr("rel"));
        assertTrue(about.select("script, img").isEmpty(), text.html());
        assertTrue(text.select("a[href^=javascript]").isEmpty(), text.html());
        assertTrue(text.text().contains("<script>alert(1)</script>"), "raw HTML shown as text: " + text.text());
        assertEquals("Crosscheck extracts and never invents.",
                about.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void theFourArgumentRenderMakesNoOwnPages() {
        Path out = render(site(""), sample.articles(), sample.digests(), tmp.resolve("plain"));
        assertFalse(Files.exists(out.resolve("pages")));
        assertEquals(List.of("Home", "Archive"), page(out, "index.html").select("nav.site-nav a").eachText());
    }

    @Test
    void renderingWithPagesTwiceGivesTheSameBytes() {
        Page other = new Page("colophon", "Colophon", "Made with Crosscheck.");
        SortedMap<String, byte[]> first = snapshot(render(site(BASE), sample.articles(), sample.digests(),
                List.of(ABOUT, other), tmp.resolve("a")));
        SortedMap<String, byte[]> second = snapshot(render(site(BASE), sample.articles(), sample.digests(),
                List.of(other, ABOUT), tmp.resolve("b")));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
        assertTrue(first.containsKey("pages/colophon/index.html"));
    }

    // PagesReader

    @Test
    void pagesReaderReadsFrontMatterTitlesSortedByName() throws Exception {
        Path content = tmp.resolve("content");
        Path pages = Files.createDirectories(content.resolve("pages"));
        Files.writeString(pages.resolve("how-it-works.md"), "Text only.\n");
        Files.writeString(pages.resolve("about.md"), "---\ntitle: About this site\n---\nHello *world*.\r\n");
        Files.writeString(pages.resolve("notes.txt"), "not a page");
        assertEquals(List.of(new Page("about", "About this site", "Hello *world*.\n"),
                new Page("how-it-works", "How it works", "Text only.\n")), PagesReader.read(content));
        assertEquals(List.of(), PagesReader.read(tmp.resolve("no-such-content")));
    }

    @Test
    void pagesReaderErrorsNameTheFile() throws Exception {
        Path content = tmp.resolve("content");
        Path pages = Files.createDirectories(content.resolve("pages"));
        Path bad = pages.resolve("About Us.md");
        Files.writeString(bad, "Hello.");
        BuildException name = assertThrows(BuildException.class, () -> PagesReader.read(content));
        assertEquals("pages/About Us.md", name.file());
        Files.delete(bad);

        Files.writeString(pages.resolve("about.md"), "---\ntitle: [unclosed\n---\nHello.");
        BuildException yaml = assertThrows(BuildException.class, () -> PagesReader.read(content));
        assertEquals("pages/about.md", yaml.file());
        assertTrue(yaml.describe().contains("pages/about.md"), yaml.describe());

        Files.writeString(pages.resolve("about.md"), "---\ntitle: About\nauthor: Someone\n---\nHello.");
        assertEquals("pages/about.md", assertThrows(BuildException.class, () -> PagesReader.read(content)).file());

        Files.writeString(pages.resolve("about.md"), "---\ntitle: About\nHello.");
        assertEquals("pages/about.md", assertThrows(BuildException.class, () -> PagesReader.read(content)).file());

        Files.write(pages.resolve("about.md"), new byte[] {'H', 'i', (byte) 0xC3, (byte) 0x28});
        BuildException encoding = assertThrows(BuildException.class, () -> PagesReader.read(content));
        assertEquals("pages/about.md", encoding.file());
        assertTrue(encoding.getMessage().contains("UTF-8"), encoding.getMessage());
    }

    @Test
    void theSampleAboutPageReadsAndRenders() {
        List<Page> pages = PagesReader.read(SampleContent.FOLDER);
        Page about = pages.stream().filter(p -> p.name().equals("about")).findFirst().orElseThrow();
        assertEquals("About", about.title());
        Path out = render(site(""), List.of(), List.of(), pages, tmp.resolve("about"));
        String html = new String(snapshot(out).get("pages/about/index.html"), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select(".text h2").size() >= 3, html);
        assertTrue(doc.text().contains("content/articles"), doc.text());
    }
}
