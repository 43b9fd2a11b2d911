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
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.digest.Digest;
import crosscheck.digest.names.Entity;
import crosscheck.ingest.ArticleText;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search index (SearchIndex), the search page and the search form in every page's header. */
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

    private Path renderSample(ArticleText text, String name) {
        return render(site("").withArticles(text), sample.articles(), sample.digests(), List.of(ABOUT),
                tmp.resolve(name));
    }

    @Test
    void theIndexListsEveryEventReportEntityAndOutletPageWithUrlsThatResolve() {
        Path out = renderSample("");
        List<JsonNode> documents = new SearchIndexFiles(out).documents();
        Set<String> urls = new TreeSet<>();
        for (JsonNode document : documents) {
            String url = document.get("url").asText();
            assertTrue(urls.add(url), "listed once: " + url);
            assertFalse(url.startsWith("/") || url.contains(".."), url);
            assertTrue(url.endsWith("/"), url);
            assertTrue(resolves(out, "index.html", url), "resolves from the root: " + url);
            assertTrue(resolves(out, "search/index.html", "../" + url), "resolves from the search page: " + url);
            assertFalse(document.get("title").asText().isBlank(), url);
            assertTrue(Set.of("event", "report", "person", "place", "organisation", "outlet")
                    .contains(document.get("type").asText()), url);
            assertFalse(document.has("draft"), "no drafts in a built site: " + url);
        }
        Set<String> pages = new TreeSet<>();
        for (String file : snapshot(out).keySet()) {
            if (file.matches("(events|articles|people|places|organisations|outlets)/[^/]+/index\\.html")) {
                pages.add(file.substring(0, file.length() - "index.html".length()));
            }
        }
        assertTrue(pages.containsAll(List.of("events/cairo-talks/", "articles/001_reuters/", "places/cairo/")), pages::toString);
        assertEquals(pages, urls, "every event, report, entity and outlet page, nothing else");

        JsonNode cairo = documents.get(0);
        assertEquals("event", cairo.get("type").asText());
        assertEquals("Ceasefire talks in Cairo", cairo.get("title").asText());
        assertEquals("events/cairo-talks/", cairo.get("url").asText());
        assertEquals(List.of("Negotiators met in Cairo on Tuesday.", "Talks continue on Wednesday.",
                "“We are close to an agreement” (the mediator)"), texts(cairo.get("passages")));
        assertEquals(List.of("event", "event", "report", "report", "report", "report", "place", "outlet", "outlet",
                "outlet"), documents.stream().map(i -> i.get("type").asText()).toList(), "events, reports, entities, outlets");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theIndexFindsSummariesQuotationsSpeakersArticleTextOutletsAndTitles() {
        SearchIndexFiles index = new SearchIndexFiles(renderSample(ArticleText.FULL, "full"));
        assertEquals(List.of("events/cairo-talks/", "articles/001_reuters/", "articles/002_aj/"),
                index.search("negotiators"), "a summary sentence, then the reports that say it");
        assertEquals(List.of("events/cairo-talks/"), index.search("agreement"), "a quotation");
        assertEquals(List.of("events/cairo-talks/"), index.search("MEDIATOR"), "who said it, any case");
        assertEquals(List.of("articles/001_reuters/"), index.search("hopeful"), "a block quote of the text");
        assertEquals(List.of("articles/001_reuters/"), index.search("background second point"), "heading, list");
        assertEquals(List.of("outlets/reuters/", "articles/001_reuters/"), index.search("reuters"),
                "the outlet's page (its title) first, then its report");
        assertEquals(List.of("events/cairo-talks/", "articles/001_reuters/", "articles/002_aj/", "places/cairo/"),
                index.search("cairo"), "titles and text");
        assertEquals(List.of("events/border-shelling/", "articles/003_unknown/"), index.search("shell"),
                "the last word finds the words it begins");
        assertEquals(List.of(), index.search("shell border cairo"), "every word must match");
        assertEquals(List.of(), index.search("negotiat cairo"), "only the last word is a prefix");
        assertEquals(List.of("articles/001_reuters/"), index.search("ceasefire talks resume"));
    }

    @Test
    void nothingTheSiteDoesNotPublishIsIndexed() {
        SearchIndexFiles excerpt = new SearchIndexFiles(renderSample(ArticleText.EXCERPT, "excerpt"));
        assertEquals(List.of(), excerpt.search("hopeful"), "past the excerpt's opening");
        assertEquals(List.of(), excerpt.search("background"), "a heading the excerpt leaves out");
        assertEquals(List.of("events/cairo-talks/", "articles/001_reuters/"), excerpt.search("wednesday"),
                "a sentence the digest quotes is in the excerpt");
        SearchIndexFiles none = new SearchIndexFiles(renderSample(ArticleText.NONE, "none"));
        assertEquals(List.of("events/cairo-talks/"), none.search("negotiators"), "the summary, not the reports");
        assertEquals(List.of(), none.search("hopeful"));
        assertEquals(List.of("outlets/reuters/", "articles/001_reuters/"), none.search("reuters"),
                "the outlet of a report is published");
        for (JsonNode document : none.documents()) {
            if (!document.get("type").asText().equals("report")) continue;
            for (String passage : texts(document.path("passages"))) {
                assertTrue(passage.equals("Reuters") || passage.equals("Al Jazeera") || passage.equals("Al-Jazeera"),
                        passage);
            }
        }
        for (String term : none.terms().keySet()) {
            assertFalse(Set.of("hopeful", "background", "point", "else", "happened").contains(term), term);
        }
    }

    @Test
    void everySpellingOfAnEntityFindsItsPageAndTheReportThatSpellsItSo() {
        Report report = Fixtures.article("010_galant", "Über den Gipfel", "Le Monde", null, LocalDate.of(2024, 4, 1),
                List.of(Block.paragraph("Le ministre Yoav Galánt est arrivé à Zürich.")), List.of());
        Digest digest = new Digest(Fixtures.event("summit", "Summit in Zürich", report),
                List.of(Fixtures.sentence("The minister arrived in Zurich.", "010_galant", List.of("010_galant"))),
                List.of(), List.of(),
                List.of(new Entity("Yoav Gallant", Entity.Kind.PERSON, List.of("Yoav Gallant", "Galánt"),
                        List.of("010_galant"), 2)));
        Path out = render(site("").withArticles(ArticleText.FULL), List.of(report), List.of(digest),
                tmp.resolve("galant"));
        SearchIndexFiles index = new SearchIndexFiles(out);
        assertEquals(List.of("articles/010_galant/", "people/yoav-gallant/"), index.search("Galant"));
        assertEquals(List.of("people/yoav-gallant/"), index.search("gallant"));
        assertEquals(List.of("events/summit/", "articles/010_galant/"), index.search("zurich"), "accents folded");
        assertEquals(List.of("articles/010_galant/"), index.search("uber GIPFEL"));
        JsonNode person = index.documents().get(2);
        assertEquals("person", person.get("type").asText());
        assertEquals(List.of("Also written Galánt"), texts(person.get("passages")));
    }

    @Test
    void theIndexIsCompactOneEntryALineAndTheSameWhateverTheInputOrder() {
        Path out = renderSample(BASE);
        Map<String, String> files = indexFiles(out);
        assertTrue(files.keySet().containsAll(List.of(SearchIndex.MANIFEST, SearchIndex.TERMS + "0.json",
                SearchIndex.DOCUMENTS + "0.json")), files.keySet()::toString);
        for (var file : files.entrySet()) {
            String text = file.getValue();
            assertTrue(text.endsWith("\n") && !text.contains("\r") && !text.contains("  "), file.getKey());
        }
        String chunk = files.get(SearchIndex.DOCUMENTS + "0.json");
        assertEquals(new SearchIndexFiles(out).documents().size() + 2, chunk.split("\n").length, "one a line");
        List<Report> articles = new ArrayList<>(sample.articles());
        List<Digest> digests = new ArrayList<>(sample.digests());
        Collections.reverse(articles);
        Collections.reverse(digests);
        Path other = render(site(BASE), articles, digests, List.of(ABOUT), tmp.resolve("other"));
        assertEquals(files, indexFiles(other), "byte for byte");
    }

    /** The index's files of a site, by path, as text. */
    private static Map<String, String> indexFiles(Path out) {
        Map<String, String> files = new TreeMap<>();
        snapshot(out).forEach((path, bytes) -> {
            if (path.startsWith(SearchIndex.FOLDER) && path.endsWith(".json")) {
                files.put(path, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return files;
    }

    @Test
    void anEmptySiteHasAnEmptyIndex() {
        Path out = render(site(""), List.of(), List.of(), tmp.resolve("empty"));
        assertEquals("{\"format\":1,\"documents\":0,\"shards\":[],\"chunks\":[]}\n",
                read(out.resolve(SearchIndex.MANIFEST)));
        assertFalse(Files.exists(out.resolve(SearchIndex.TERMS)));
        assertTrue(Files.isRegularFile(out.resolve("search/index.html")));
    }

    @Test
    void aSearchJsonLeftByAnOlderBuildIsGone() throws Exception {
        Path out = renderSample("");
        Files.writeString(out.resolve("search.json"), "{\"items\":[]}\n");
        render(site(""), sample.articles(), sample.digests(), List.of(ABOUT), out);
        assertFalse(Files.exists(out.resolve("search.json")));
        assertTrue(Files.isRegularFile(out.resolve(SearchIndex.MANIFEST)));
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
        assertEquals("../search/manifest.json", results.attr("data-index"));
        assertEquals("../", results.attr("data-root"));
        assertTrue(doc.selectFirst("button#search-more[hidden]") != null, "shown by the script when there are more");
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
                "PAGE = 10", "\"q\"", "manifest.json", "terms/", "documents/",
                "createElement(\"mark\")")) {
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
