package crosscheck.render;

import static crosscheck.render.Fixtures.read;
import static crosscheck.render.Fixtures.render;
import static crosscheck.render.Fixtures.site;
import static crosscheck.Trees.snapshot;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.clean.Block;
import crosscheck.clean.Removed;
import crosscheck.clean.Report;
import crosscheck.digest.Digest;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.group.Event;
import crosscheck.group.GroupingEvidence;
import crosscheck.ingest.ArticleText;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteRendererTest {
    @TempDir
    Path tmp;

    private final Fixtures.Sample sample = new Fixtures.Sample();

    /** The sample, publishing the reports' whole text (articles: full), as the tests of that text need. */
    private Path renderSample(String baseUrl) {
        return render(site(baseUrl).withArticles(ArticleText.FULL), sample.articles(), sample.digests(),
                tmp.resolve("site"));
    }

    private static Document page(Path out, String path) {
        return Jsoup.parse(read(out.resolve(path)), "");
    }

    @Test
    void writesEveryPage() throws Exception {
        Path out = renderSample("");
        assertAll(List.of("index.html", "events/cairo-talks/index.html", "events/border-shelling/index.html",
                        "articles/001_reuters/index.html", "articles/002_aj/index.html",
                        "articles/003_unknown/index.html", "articles/004_loose/index.html",
                        "outlets/reuters/index.html", "outlets/al-jazeera/index.html",
                        "outlets/al-jazeera-2/index.html", "assets/style.css", ".nojekyll", "digest.json",
                        "archive/index.html", "404.html", "feed.xml", "feed.json", "robots.txt")
                .stream().map(p -> () -> assertTrue(Files.isRegularFile(out.resolve(p)), p)));
        assertEquals(0, Files.size(out.resolve(".nojekyll")));
        assertFalse(Files.exists(out.resolve("outlets/unknown-outlet")));
        assertEquals(3, snapshot(out.resolve("outlets")).size(), "one page per named outlet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://user.github.io/repo/"})
    void everyInternalLinkResolvesToAFile(String baseUrl) {
        Path out = render(site(baseUrl), sample.articles(), sample.digests(), List.of(Fixtures.ABOUT),
                tmp.resolve("site"));
        String sitePath = baseUrl.isEmpty() ? "/" : URI.create(baseUrl).getPath();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        List<String> pages = snapshot(out).keySet().stream().filter(p -> p.endsWith(".html")).toList();
        assertTrue(pages.containsAll(List.of("404.html", "archive/index.html", "pages/about/index.html")), pages::toString);
        for (String path : pages) {
            Document doc = page(out, path);
            for (Element element : doc.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (element.is("link[rel=canonical]")) continue;
                if (URI.create(link).getScheme() != null) continue;
                checked++;
                if (link.startsWith("#")) {
                    if (doc.getElementById(link.substring(1)) == null) broken.add(path + ": " + link);
                    continue;
                }
                if (path.equals("404.html")) {
                    // served at any missing address: every link starts at the site's path on its host
                    if (!link.startsWith(sitePath)) broken.add(path + ": " + link);
                    else if (!resolves(out, path, link.substring(sitePath.length()))) broken.add(path + ": " + link);
                    continue;
                }
                if (!resolves(out, path, link)) broken.add(path + ": " + link);
            }
        }
        assertTrue(checked > 50, "links checked: " + checked);
        assertEquals(List.of(), broken);
    }

    /** Resolves a relative link the way a browser would from the page; "dir/" means "dir/index.html". */
    private static boolean resolves(Path out, String pagePath, String link) {
        URI resolved = URI.create("https://example.invalid/" + pagePath).resolve(link);
        String path = resolved.getRawPath();
        if (path == null || !path.startsWith("/") || path.startsWith("/..") || path.contains("/../")) return false;
        String file = URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8);
        if (file.isEmpty() || file.endsWith("/")) file += "index.html";
        return Files.isRegularFile(out.resolve(file));
    }

    @Test
    void linksAreRelativeAndCanonicalOnlyWithBaseUrl() {
        Path plain = renderSample("");
        assertTrue(page(plain, "events/cairo-talks/index.html").select("link[rel=canonical]").isEmpty());
        Document event = page(plain, "events/cairo-talks/index.html");
        assertEquals("../../assets/style.css", event.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("./assets/style.css", page(plain, "index.html").selectFirst("link[rel=stylesheet]").attr("href"));

        Path published = render(site("https://user.github.io/repo/"), sample.articles(), sample.digests(),
                tmp.resolve("published"));
        for (String path : snapshot(published).keySet()) {
            if (!path.endsWith(".html")) continue;
            if (path.equals("404.html")) {
                assertNull(page(published, path).selectFirst("link[rel=canonical]"), "404 has no address of its own");
                continue;
            }
            Element canonical = page(published, path).selectFirst("link[rel=canonical]");
            assertNotNull(canonical, path);
            assertEquals("https://user.github.io/repo/" + path.replaceFirst("index\\.html$", ""),
                    canonical.attr("href"));
            for (Element a : page(published, path).select("a[href]")) {
                assertFalse(a.attr("href").startsWith("/"), "root-relative link in " + path + ": " + a);
                assertFalse(a.attr("href").startsWith("https://user.github.io"), "absolute link in " + path);
            }
        }
    }

    @Test
    void headHasTheBasics() {
        Document home = page(renderSample(""), "index.html");
        assertEquals("en", home.selectFirst("html").attr("lang"));
        assertNotNull(home.selectFirst("meta[charset=utf-8]"));
        assertNotNull(home.selectFirst("meta[name=viewport]"));
        assertEquals("Crosscheck", home.title());
        assertEquals("Conflict news, cross-checked.", home.selectFirst("meta[name=description]").attr("content"));
        assertTrue(home.select("script").isEmpty());
    }

    @Test
    void homeListsEventsNewestFirstWithTheirGist() {
        Document home = page(renderSample(""), "index.html");
        List<Element> events = home.select("ol.events > li");
        assertEquals(2, events.size());
        Element cairo = events.get(0);
        assertEquals("Ceasefire talks in Cairo", cairo.selectFirst("a").text());
        assertEquals("./events/cairo-talks/", cairo.selectFirst("a").attr("href"));
        assertTrue(cairo.text().contains("26 March 2024 – 27 March 2024"), cairo.text());
        assertTrue(cairo.text().contains("2 reports from 2 outlets"), cairo.text());
        assertEquals("Negotiators met in Cairo on Tuesday.", cairo.selectFirst(".gist").text());
        Element border = events.get(1);
        assertEquals("Shelling near the border", border.selectFirst("a").text(), "undated events come last");
        assertTrue(border.select("time").isEmpty());
        assertTrue(border.text().contains("1 report"), border.text());
        assertTrue(home.text().contains("A report outside any event"), "reports outside events are listed");
    }

    @Test
    void eventPageCitesOutletsOfEachSentenceOwnReportFirst() {
        Document event = page(renderSample(""), "events/cairo-talks/index.html");
        assertEquals("Ceasefire talks in Cairo", event.selectFirst("h1").text());
        List<Element> sentences = event.select(".summary .sentence");
        assertEquals(2, sentences.size());
        List<Element> cites = sentences.get(0).select(".cites a");
        assertEquals(List.of("Reuters", "Al Jazeera"), cites.stream().map(Element::text).toList());
        assertEquals(List.of(sentences.get(0).selectFirst("p").text()),
                sentences.get(0).select(".cites blockquote").eachText(),
                "each cited report shows its own wording where the digest has it, and only then");
        assertEquals(List.of("../../articles/001_reuters/", "../../articles/002_aj/"),
                cites.stream().map(a -> a.attr("href")).toList());
        List<Element> sources = event.select("ol.articles > li");
        assertEquals(2, sources.size());
        Element first = sources.get(0);
        assertEquals("Ceasefire talks resume in Cairo", first.selectFirst(".article-title").text());
        assertEquals("../../outlets/reuters/", first.selectFirst("a:contains(Reuters)").attr("href"));
        Element original = first.selectFirst("a.original");
        assertEquals("https://www.reuters.com/world/ceasefire-talks", original.attr("href"));
        assertEquals("nofollow noopener", original.attr("rel"));
    }

    @Test
    void articlePageShowsTextByKindAndWhatCleaningRemoved() {
        Document article = page(renderSample(""), "articles/001_reuters/index.html");
        assertEquals("Ceasefire talks resume in Cairo", article.selectFirst("h1").text());
        Element text = article.selectFirst(".text");
        assertEquals(List.of("p", "h2", "blockquote", "ul", "p"), text.children().stream().map(Element::tagName).toList());
        assertEquals(List.of("First point", "Second point"), text.select("li").eachText());
        Element removed = article.selectFirst("details.removed");
        assertNotNull(removed);
        assertFalse(removed.hasAttr("open"), "collapsed");
        assertTrue(removed.selectFirst("summary").text().startsWith("What cleaning removed"));
        assertEquals(List.of("advertising Subscribe to our newsletter", "navigation Home | World | Politics"),
                removed.select("li").eachText());
        assertEquals("../../events/cairo-talks/", article.selectFirst(".kicker a").attr("href"));
        Element original = article.selectFirst(".original a");
        assertEquals("https://www.reuters.com/world/ceasefire-talks", original.attr("href"));
        assertEquals("nofollow noopener", original.attr("rel"));
        assertNotNull(article.selectFirst("time[datetime=2024-03-26]"));
    }

    @Test
    void byDefaultAnArticlePageShowsTheOpeningAndTheQuotedSentencesNotTheWholeText() {
        Path out = render(site(""), sample.articles(), sample.digests(), tmp.resolve("site"));
        Document article = page(out, "articles/001_reuters/index.html");
        assertNull(article.selectFirst(".text"), "no whole text");
        assertFalse(article.text().contains("First point"), "a list item after the opening is not published");
        assertTrue(article.selectFirst(".excerpt .opening").text().startsWith("Negotiators met in Cairo on Tuesday."));
        assertEquals(List.of("Negotiators met in Cairo on Tuesday.", "Talks continue on Wednesday.",
                "“We are close to an agreement,” the mediator said."), article.select(".excerpt .cited li").eachText());
        assertEquals("https://www.reuters.com/world/ceasefire-talks",
                article.selectFirst("p.note a").attr("href"));
        assertEquals(List.of("advertising 1", "navigation 1"), article.select("details.removed li").eachText(),
                "what cleaning removed, counted by reason rather than republished piece by piece");
    }

    @Test
    void anOpeningIsCutShortAtASentenceEnd() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) text.append("Sentence number ").append(i).append(" has six words. ");
        Report longer = Fixtures.article("009_long", "Long", "Reuters", null, null,
                List.of(Block.paragraph(text.toString().strip())), List.of());
        String opening = ArticleExcerpt.opening(longer);
        assertTrue(opening.endsWith("words."), opening);
        assertTrue(opening.split(" ").length <= ArticleExcerpt.OPENING_WORDS, opening);
        assertTrue(opening.split(" ").length >= ArticleExcerpt.OPENING_WORDS - 6, opening);
    }

    @Test
    void articlesNonePublishesNoTextOfTheReportsAnywhere() throws Exception {
        Path out = render(site("").withArticles(ArticleText.NONE), sample.articles(), sample.digests(),
                tmp.resolve("site"));
        Document article = page(out, "articles/001_reuters/index.html");
        assertNull(article.selectFirst(".text"));
        assertNull(article.selectFirst(".excerpt"));
        assertFalse(article.text().contains("Talks continue on Wednesday"));
        JsonNode reuters = new ObjectMapper().readTree(Fixtures.wholeDigest(site("").withArticles(ArticleText.NONE),
                sample.articles(), sample.digests())).get("articles").get(0);
        assertTrue(reuters.get("text").isNull());
        assertEquals(0, reuters.get("removed").size());
        JsonNode indexed = new ObjectMapper().readTree(read(out.resolve("digest.json"))).get("articles").get(0);
        assertNull(indexed.get("data"), "no data file");
        assertFalse(Files.exists(out.resolve("data/articles")));
        for (JsonNode document : new SearchIndexFiles(out).documents()) {
            if (document.get("type").asText().equals("report")) {
                assertFalse(document.path("passages").toString().contains("Negotiators met"), document.toString());
            }
        }
    }

    @Test
    void digestJsonCarriesTheExcerptWhenTheSitePublishesExcerpts() throws Exception {
        Path out = render(site(""), sample.articles(), sample.digests(), tmp.resolve("site"));
        JsonNode reuters = new ObjectMapper().readTree(read(out.resolve("data/articles/001_reuters.json")));
        assertEquals(ArticleExcerpt.opening(sample.reuters), reuters.get("text").asText());
        assertFalse(reuters.get("text").asText().contains("Second point"));
    }

    @Test
    void anEventWithoutASummarySaysWhyAndStillListsItsReports() {
        Digest fragments = Fixtures.digest(Fixtures.event("fragments", "Only fragments", sample.unknown), List.of());
        Path out = render(site(""), sample.articles(), List.of(fragments), tmp.resolve("site"));
        Document event = page(out, "events/fragments/index.html");
        assertTrue(event.selectFirst("p.empty").text().contains("fragments"), event.selectFirst("p.empty").text());
        assertFalse(event.select("a[href*=003_unknown]").isEmpty());
    }

    @Test
    void eachSummarySentenceSaysWhetherIndependentSourcesCorroborateIt() {
        Document event = page(renderSample(""), "events/cairo-talks/index.html");
        assertEquals(List.of("2 independent sources", "1 source"), event.select(".cites .standing").eachText());
    }

    @Test
    void unknownMetadataIsShownAsUnknownNeverInvented() {
        Path out = renderSample("");
        Document article = page(out, "articles/003_unknown/index.html");
        assertTrue(article.selectFirst(".meta").text().contains("Unknown outlet"));
        assertTrue(article.select("time").isEmpty());
        assertTrue(article.select(".original").isEmpty());
        assertNull(article.selectFirst("details.removed"));
        assertEquals("Shelling was reported near the border overnight.", article.selectFirst("h1").text());
        Document event = page(out, "events/border-shelling/index.html");
        assertEquals(List.of("Unnamed source 1"), event.select(".cites a").eachText(),
                "a report of unknown outlet and address is cited as an unnamed source");
        assertEquals("1 source · stated by Unnamed source 1", event.selectFirst(".cites summary").text(),
                "one report is no corroboration, and says so");
        assertTrue(event.selectFirst(".page-header .meta").text().endsWith("1 report, no named outlet"),
                () -> event.selectFirst(".page-header .meta").text());
        for (String path : snapshot(out).keySet()) {
            if (path.endsWith(".html")) assertFalse(page(out, path).text().contains("null"), path);
        }
    }

    @Test
    void outletPagesListReportsAndEventsAndCollidingSlugsStayApart() {
        Path out = renderSample("");
        Document aj = page(out, "outlets/al-jazeera/index.html");
        assertEquals("Al Jazeera", aj.selectFirst("h1").text());
        assertEquals(List.of("Delegations arrive for Cairo talks"), aj.select(".article-title").eachText());
        assertEquals(List.of("Ceasefire talks in Cairo"), aj.select(".event-title").eachText());
        Document other = page(out, "outlets/al-jazeera-2/index.html");
        assertEquals("Al-Jazeera", other.selectFirst("h1").text());
        assertEquals(List.of("A report outside any event"), other.select(".article-title").eachText());
    }

    @Test
    void hostileTextIsEscapedEverywhere() {
        for (ArticleText shown : ArticleText.values()) {
            Path out = render(site("").withArticles(shown), List.of(HOSTILE), List.of(HOSTILE_DIGEST),
                    tmp.resolve("site-" + shown.word()));
            for (String path : snapshot(out).keySet()) {
                if (!path.endsWith(".html")) continue;
                Document doc = page(out, path);
                assertTrue(doc.select("img").isEmpty(), path);
                for (Element tag : doc.select("script")) { // only the search page's own script, from assets/
                    assertTrue(path.equals("search/index.html") && tag.attr("src").equals("../assets/search.js")
                            && tag.data().isEmpty(), path + ": " + tag);
                }
                for (Element element : doc.getAllElements()) {
                    for (Attribute attribute : element.attributes()) {
                        assertFalse(attribute.getKey().toLowerCase().startsWith("on"), path + ": " + element);
                        assertFalse(attribute.getValue().toLowerCase().startsWith("javascript:"),
                                path + ": " + element);
                    }
                }
            }
            Document article = page(out, "articles/005_hostile/index.html");
            assertEquals(SCRIPT + ATTR, article.selectFirst("h1").text(), "shown as text");
            if (shown == ArticleText.FULL) assertTrue(article.selectFirst(".text p").text().startsWith(SCRIPT));
            if (shown == ArticleText.EXCERPT) {
                assertTrue(article.selectFirst(".excerpt .opening").text().startsWith(SCRIPT), "shown as text");
            }
            assertTrue(article.select(".original").isEmpty(), "javascript: address is not linked");
            assertFalse(article.selectFirst("h1").hasAttr("lang"), "malformed language is dropped");
            assertTrue(read(out.resolve("index.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        }
    }

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTR = "\" onmouseover=\"x";
    /** A report whose every field a page shows is hostile markup, in an event of its own. */
    private static final Report HOSTILE = new Report("005_hostile", "articles/005_hostile.html", SCRIPT + ATTR, ATTR,
            "javascript:alert(1)", LocalDate.of(2024, 4, 1), "<img src=x onerror=alert(1)>", ATTR,
            null, List.of(Block.paragraph(SCRIPT + " " + SCRIPT + " " + SCRIPT), Block.heading(ATTR),
            new Block(Block.Kind.QUOTE, SCRIPT), new Block(Block.Kind.ITEM, ATTR)), List.of(new Removed(SCRIPT, ATTR)));
    private static final Digest HOSTILE_DIGEST = Fixtures.digest(Fixtures.event("hostile", SCRIPT + ATTR, HOSTILE),
            List.of(Fixtures.sentence(SCRIPT + ATTR, HOSTILE.id(), List.of(HOSTILE.id()))));

    @Test
    void digestJsonIsAnIndexOfEventsAndArticlesEachWithItsDataFile() throws Exception {
        Path out = renderSample("");
        JsonNode index = new ObjectMapper().readTree(read(out.resolve("digest.json")));
        JsonNode whole = new ObjectMapper().readTree(Fixtures.wholeDigest(site("").withArticles(ArticleText.FULL),
                sample.articles(), sample.digests()));
        JsonNode cairo = index.get("events").get(0);
        assertEquals(List.of("id", "title", "url", "first", "last", "date", "dateBasis", "dateSources", "note",
                "articles", "data"), fieldNames(cairo));
        assertEquals("data/events/cairo-talks.json", cairo.get("data").asText());
        assertEquals(whole.get("events").get(0), new ObjectMapper().readTree(read(out.resolve(cairo.get("data")
                .asText()))));
        JsonNode reuters = index.get("articles").get(0);
        assertEquals(List.of("id", "file", "title", "source", "url", "published", "author", "origin", "credits",
                "language", "event", "page", "data"), fieldNames(reuters));
        assertEquals(whole.get("articles").get(0), new ObjectMapper().readTree(read(out.resolve(reuters.get("data")
                .asText()))));
        assertEquals(whole.get("redirects"), index.get("redirects"));
    }

    @Test
    void theWholeDigestHasTheDocumentedShape() throws Exception {
        String json = Fixtures.wholeDigest(site("").withArticles(ArticleText.FULL), sample.articles(),
                sample.digests());
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        JsonNode root = new ObjectMapper().readTree(json);

        JsonNode events = root.get("events");
        assertEquals(2, events.size());
        JsonNode cairo = events.get(0);
        assertEquals("cairo-talks", cairo.get("id").asText());
        assertEquals("Ceasefire talks in Cairo", cairo.get("title").asText());
        assertEquals("events/cairo-talks/", cairo.get("url").asText());
        assertEquals(List.of("001_reuters", "002_aj"), texts(cairo.get("articles")));
        JsonNode sentence = cairo.get("summary").get(0);
        assertEquals("Negotiators met in Cairo on Tuesday.", sentence.get("text").asText());
        assertEquals(List.of("001_reuters", "002_aj"), texts(sentence.get("sources")));
        assertEquals("border-shelling", events.get(1).get("id").asText());

        JsonNode articles = root.get("articles");
        assertEquals(List.of("001_reuters", "002_aj", "003_unknown", "004_loose"),
                articles.findValuesAsText("id").subList(0, 4));
        JsonNode reuters = articles.get(0);
        assertEquals(List.of("id", "file", "title", "source", "url", "published", "author", "origin", "credits",
                "language", "event", "page", "text", "removed"), fieldNames(reuters));
        assertEquals("articles/001_reuters.txt", reuters.get("file").asText());
        assertEquals("Reuters", reuters.get("source").asText());
        assertEquals("2024-03-26", reuters.get("published").asText());
        assertEquals("cairo-talks", reuters.get("event").asText());
        assertEquals(sample.reuters.text(), reuters.get("text").asText());
        assertEquals("navigation", reuters.get("removed").get(1).get("reason").asText());
        JsonNode unknown = articles.get(2);
        assertTrue(unknown.get("source").isNull());
        assertTrue(unknown.get("published").isNull());
        assertTrue(unknown.get("title").isNull());
        assertTrue(articles.get(3).get("event").isNull(), "report outside any event");
        assertEquals(List.of("id", "title", "url", "first", "last", "date", "dateBasis", "dateSources", "note",
                "articles", "origins", "summary", "figures", "quotes", "entities", "developments"), fieldNames(cairo));
        assertEquals("[[\"001_reuters\"],[\"002_aj\"]]", cairo.get("origins").toString());
        JsonNode figure = cairo.get("figures").get(0);
        assertTrue(figure.get("disputed").asBoolean());
        assertEquals(List.of("12", "about 15"), figure.get("values").findValuesAsText("value"));
        assertEquals("the mediator", cairo.get("quotes").get(0).get("speaker").asText());
        assertEquals(List.of("Cairo", "Talks Committee"), cairo.get("entities").findValuesAsText("name"));
    }

    @Test
    void eventPageShowsDifferingFiguresSideBySideQuotesAndPlaces() {
        Path out = renderSample("");
        Document event = page(out, "events/cairo-talks/index.html");
        Element figure = event.selectFirst(".figure.disputed");
        assertTrue(figure.text().contains("reports differ"), figure.text());
        assertEquals(List.of("12", "about 15"), figure.select("td.value").eachText());
        assertEquals(List.of("Reuters", "Al Jazeera"), figure.select("td a").eachText());
        Element quote = event.selectFirst("figure.quote");
        assertTrue(quote.text().contains("We are close to an agreement"), quote.text());
        assertTrue(quote.text().contains("the mediator"), quote.text());
        assertEquals(List.of("Reuters", "Al Jazeera"), quote.select("figcaption a").eachText());
        assertEquals(List.of(true, false), event.select("table.coverage tbody tr").get(1).select("td").stream()
                .map(td -> td.selectFirst(".yes") != null).toList(), "who states what: Reuters only");
        Element cairo = event.selectFirst("ul.entities a");
        assertEquals("Cairo", cairo.text());
        assertEquals("../../places/cairo/", cairo.attr("href"));
        assertTrue(event.selectFirst("ul.entities").text().contains("Talks Committee"), "names of other kinds listed");
        Document place = page(out, "places/cairo/index.html");
        assertEquals("Cairo", place.selectFirst("h1").text());
        assertEquals(List.of("Ceasefire talks in Cairo"), place.select(".event-title").eachText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        Path first = render(site("https://user.github.io/repo/"), sample.articles(), sample.digests(),
                tmp.resolve("a"));
        SortedMap<String, byte[]> before = snapshot(first);
        Path second = render(site("https://user.github.io/repo/"), reversed(sample.articles()),
                reversed(sample.digests()), tmp.resolve("b"));
        SortedMap<String, byte[]> after = snapshot(second);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        render(site("https://user.github.io/repo/"), sample.articles(), sample.digests(), first);
        SortedMap<String, byte[]> again = snapshot(first);
        assertEquals(before.keySet(), again.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
        for (var entry : before.entrySet()) {
            assertFalse(new String(entry.getValue(), StandardCharsets.UTF_8).contains("\r"), entry.getKey());
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocaleOrTimeZone() {
        SortedMap<String, byte[]> expected = snapshot(renderSample(""));
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab"));
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            SortedMap<String, byte[]> other = snapshot(render(site("").withArticles(ArticleText.FULL),
                    sample.articles(), sample.digests(),
                    tmp.resolve("other")));
            assertEquals(expected.keySet(), other.keySet());
            expected.forEach((path, bytes) -> assertArrayEquals(bytes, other.get(path), path));
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void awkwardIdsGetSafeUniquePages() throws Exception {
        Report spaced = Fixtures.article("Report #1 (copy)", "Spaced", "Reuters", null, null,
                List.of(Block.paragraph("One.")), List.of());
        Report upper = Fixtures.article("report-1-copy", "Hyphenated", "Reuters", null, null,
                List.of(Block.paragraph("Two.")), List.of());
        Digest digest = Fixtures.digest(Fixtures.event("e", "E", spaced, upper), List.of());
        Path out = render(site(""), List.of(spaced, upper), List.of(digest), tmp.resolve("site"));
        assertTrue(Files.isRegularFile(out.resolve("articles/report-1-copy/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("articles/report-1-copy-2/index.html")));
        JsonNode articles = new ObjectMapper().readTree(read(out.resolve("digest.json"))).get("articles");
        assertEquals("Report #1 (copy)", articles.get(0).get("id").asText());
        assertEquals("articles/report-1-copy-2/", articles.get(0).get("page").asText());
        assertEquals("articles/report-1-copy/", articles.get(1).get("page").asText());
        assertEquals(List.of("../../articles/report-1-copy-2/", "../../articles/report-1-copy/"),
                page(out, "events/e/index.html").select(".article-title").eachAttr("href"));
    }

    @Test
    void anEmptySiteStillRenders() {
        Path out = render(site(""), List.of(), List.of(), tmp.resolve("site"));
        assertTrue(page(out, "index.html").text().contains("No events yet."));
        assertEquals("{\n  \"events\": [],\n  \"articles\": [],\n  \"redirects\": []\n}\n",
                read(out.resolve("digest.json")));
    }

    @Test
    void curatedEventShowsTheEditorsNoteSafelyAndCountsCopiesOnce() {
        Event plain = Fixtures.event("cairo-talks", "Ceasefire talks in Cairo", sample.reuters, sample.aj);
        Event curated = new Event(plain.id(), "Cairo talks, day one", plain.reports(), plain.first(), plain.last(),
                new GroupingEvidence(List.of("Cairo"), List.of("40 delegates"), List.of(), List.of()),
                List.of(List.of("001_reuters", "002_aj")),
                "Reports *differ* on the number of delegates. <script>alert(1)</script> [more](javascript:alert(1))");
        Digest digest = Fixtures.digest(curated, sample.cairo.summary());
        Path out = render(site(""), sample.articles(), List.of(digest), tmp.resolve("curated"));
        Document event = page(out, "events/cairo-talks/index.html");
        assertEquals("Cairo talks, day one", event.selectFirst("h1").text());
        Element note = event.selectFirst(".editors-note");
        assertEquals("differ", note.selectFirst("em").text());
        assertTrue(event.select("script").isEmpty());
        assertTrue(note.select("a[href^=javascript]").isEmpty(), note.html());
        assertTrue(event.selectFirst(".page-header .meta").text().contains("2 reports, 1 independent"));
        assertTrue(event.selectFirst("details.why").text().contains("Cairo"), event.selectFirst("details.why").text());
        assertTrue(event.selectFirst("details.why").text().contains("40 delegates"));
        Document home = page(out, "index.html");
        assertTrue(home.text().contains("2 reports, 1 independent"), home.text());
    }
}
