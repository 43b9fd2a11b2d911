package crosscheck.render;

import static crosscheck.render.Fixtures.ABOUT;
import static crosscheck.render.Fixtures.read;
import static crosscheck.render.Fixtures.render;
import static crosscheck.render.Fixtures.site;
import static crosscheck.Trees.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.digest.Digest;
import crosscheck.digest.names.Entity;
import crosscheck.digest.summary.SummarySentence;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** search.json, the search page and the search form in every page's header. */
class SearchTest {
    private static final String BASE = "https://user.github.io/repo/";

    @TempDir
    Path tmp;

    private final Fixtures.Sample sample = new Fixtures.Sample();

    private Path renderSample(String baseUrl) {
        return render(site(baseUrl), sample.articles(), sample.digests(), List.of(ABOUT), tmp.resolve("site"));
    }

    private static Document page(Path out, String path) {
        return Jsoup.parse(read(out.resolve(path)), "");
    }

    private static List<JsonNode> items(Path out) throws Exception {
        JsonNode root = new ObjectMapper().readTree(read(out.resolve("search.json")));
        List<JsonNode> items = new ArrayList<>();
        root.get("items").forEach(items::add);
        return items;
    }

    @Test
    void searchJsonListsEveryEventReportEntityAndOutletPageWithUrlsThatResolve() throws Exception {
        Path out = renderSample("");
        List<JsonNode> items = items(out);
        Set<String> urls = new TreeSet<>();
        for (JsonNode item : items) {
            String url = item.get("url").asText();
            assertTrue(urls.add(url), "listed once: " + url);
            assertFalse(url.startsWith("/") || url.contains(".."), url);
            assertTrue(url.endsWith("/"), url);
            assertTrue(resolves(out, "index.html", url), "resolves from the root: " + url);
            assertTrue(resolves(out, "search/index.html", "../" + url), "resolves from the search page: " + url);
            assertFalse(item.get("title").asText().isBlank(), url);
            assertTrue(Set.of("event", "report", "person", "place", "organisation", "outlet")
                    .contains(item.get("type").asText()), url);
            assertTrue(!item.has("text") || item.get("text").asText().length() <= SearchIndex.TEXT_LIMIT + 2, url);
            assertEquals(item.has("text") ? 4 : 3, item.size(), "type, title, url and text only: " + url);
        }
        Set<String> pages = new TreeSet<>();
        for (String file : snapshot(out).keySet()) {
            if (file.matches("(events|articles|people|places|organisations|outlets)/[^/]+/index\\.html")) {
                pages.add(file.substring(0, file.length() - "index.html".length()));
            }
        }
        assertTrue(pages.containsAll(List.of("events/cairo-talks/", "articles/001_reuters/", "places/cairo/")), pages::toString);
        assertEquals(pages, urls, "every event, report, entity and outlet page, nothing else");

        JsonNode cairo = items.get(0);
        assertEquals("event", cairo.get("type").asText());
        assertEquals("Ceasefire talks in Cairo", cairo.get("title").asText());
        assertEquals("events/cairo-talks/", cairo.get("url").asText());
        assertEquals("Negotiators met in Cairo on Tuesday. Talks continue on Wednesday.", cairo.get("text").asText());
        JsonNode reuters = items.stream().filter(i -> i.get("url").asText().equals("articles/001_reuters/"))
                .findFirst().orElseThrow();
        assertEquals("report", reuters.get("type").asText());
        assertEquals("Reuters: Negotiators met in Cairo on Tuesday.", reuters.get("text").asText());
        assertEquals(List.of("event", "event", "report", "report", "report", "report", "place", "outlet", "outlet",
                "outlet"), items.stream().map(i -> i.get("type").asText()).toList(), "events, reports, entities, outlets");
    }

    @Test
    void searchJsonIsCompactOneItemALineAndTheSameWhateverTheInputOrder() throws Exception {
        Path out = renderSample(BASE);
        String json = read(out.resolve("search.json"));
        String[] lines = json.split("\n", -1);
        assertEquals("{\"items\":[", lines[0]);
        assertEquals("]}", lines[lines.length - 2]);
        assertEquals("", lines[lines.length - 1], "ends with a newline");
        assertEquals(items(out).size() + 3, lines.length, "one item a line");
        assertFalse(json.contains("\r") || json.contains("  "));
        List<Report> articles = new ArrayList<>(sample.articles());
        List<Digest> digests = new ArrayList<>(sample.digests());
        Collections.reverse(articles);
        Collections.reverse(digests);
        Path other = render(site(BASE), articles, digests, List.of(ABOUT), tmp.resolve("other"));
        assertEquals(json, read(other.resolve("search.json")));
    }

    @Test
    void longTextIsCutAtAWordAndSpellingsAndAccentsAreKept() throws Exception {
        String longText = "Négociateurs " + "word ".repeat(100) + "end.";
        Report report = Fixtures.article("010_long", "Über den Gipfel", "Le Monde", null, LocalDate.of(2024, 4, 1),
                List.of(Block.heading("Not this"), Block.paragraph(longText)), List.of());
        Digest digest = new Digest(Fixtures.event("summit", "Summit in Zürich", report),
                List.of(Fixtures.sentence(longText, "010_long", List.of("010_long"))), List.of(), List.of(),
                List.of(new Entity("Yoav Gallant", Entity.Kind.PERSON, List.of("Yoav Gallant", "Galant", "Galante"),
                        List.of("010_long"), 2)));
        Path out = render(site(""), List.of(report), List.of(digest), tmp.resolve("long"));
        List<JsonNode> items = items(out);
        JsonNode event = items.get(0);
        assertEquals("Summit in Zürich", event.get("title").asText());
        String text = event.get("text").asText();
        assertTrue(text.startsWith("Négociateurs word") && text.endsWith("word …"), text);
        assertTrue(text.length() <= SearchIndex.TEXT_LIMIT + 2, text);
        JsonNode article = items.get(1);
        assertTrue(article.get("text").asText().startsWith("Le Monde: Négociateurs"), "first paragraph, not heading");
        JsonNode person = items.get(2);
        assertEquals("person", person.get("type").asText());
        assertEquals("Yoav Gallant", person.get("title").asText());
        assertEquals("Galant, Galante", person.get("text").asText());
        assertTrue(resolves(out, "index.html", person.get("url").asText()));
    }

    @Test
    void anEmptySiteHasAnEmptyIndex() throws Exception {
        Path out = render(site(""), List.of(), List.of(), tmp.resolve("empty"));
        assertEquals("{\"items\":[]}\n", read(out.resolve("search.json")));
        assertTrue(Files.isRegularFile(out.resolve("search/index.html")));
    }

    @Test
    void searchPageHasTheFormResultsListNoscriptNoteAndScript() {
        Path out = renderSample("");
        Document doc = page(out, "search/index.html");
        assertEquals("Search · Crosscheck", doc.title());
        Element form = doc.selectFirst("main form[role=search]");
        assertNotNull(form);
        Element input = form.selectFirst("input#search");
        assertNotNull(input);
        assertEquals("search", input.attr("type"));
        assertEquals("q", input.attr("name"));
        assertNotNull(doc.selectFirst("label[for=search]"), "the input has a label");
        assertEquals(1, doc.select("#search").size());
        Element results = doc.selectFirst("ol#search-results");
        assertNotNull(results);
        assertTrue(results.children().isEmpty(), "filled by the script");
        assertEquals("../search.json", results.attr("data-index"));
        assertTrue(resolves(out, "search/index.html", results.attr("data-index")));
        assertNotNull(doc.selectFirst("#search-status[role=status]"));
        assertTrue(doc.selectFirst("noscript").html().contains("JavaScript"));
        Element script = doc.selectFirst("script[src]");
        assertEquals("../assets/search.js", script.attr("src"));
        assertTrue(resolves(out, "search/index.html", script.attr("src")));
        assertEquals(1, doc.select("script").size(), "no inline script");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", BASE})
    void everyPageHeaderHasALabelledSearchFormThatLeadsToTheSearchPage(String baseUrl) {
        Path out = renderSample(baseUrl);
        String sitePath = baseUrl.isEmpty() ? "/" : URI.create(baseUrl).getPath();
        List<String> pages = snapshot(out).keySet().stream().filter(p -> p.endsWith(".html")).toList();
        assertTrue(pages.size() > 10, pages::toString);
        for (String path : pages) {
            Document doc = page(out, path);
            Element form = doc.selectFirst("header.site-header form[role=search]");
            assertNotNull(form, path);
            assertEquals("get", form.attr("method"), path);
            String action = form.attr("action");
            if (path.equals("404.html")) {
                assertTrue(action.startsWith(sitePath), path + ": " + action);
                assertEquals(sitePath + "search/", action);
            } else {
                assertTrue(resolves(out, path, action), path + ": " + action);
                assertTrue(URI.create("https://example.invalid/" + path).resolve(action).getPath().equals("/search/"),
                        path + ": " + action);
            }
            Element input = form.selectFirst("input[type=search][name=q]");
            assertNotNull(input, path);
            Element label = doc.selectFirst("label[for=" + input.id() + "]");
            assertNotNull(label, path);
            assertFalse(label.text().isBlank(), path);
            assertTrue(form.select("button[type=submit]").size() == 1, path);
        }
    }

    @Test
    void theScriptBuildsResultsWithoutInnerHtmlOrEval() {
        Path out = renderSample("");
        String js = read(out.resolve("assets/search.js"));
        for (String banned : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "new Function",
                "document.write")) {
            assertFalse(js.contains(banned), banned);
        }
        for (String needed : List.of("textContent", "createElement", "search-results", "\"search\"", "normalize",
                "LIMIT = 50", "\"q\"")) {
            assertTrue(js.contains(needed), needed);
        }
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
}
