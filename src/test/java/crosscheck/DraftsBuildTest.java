package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts ({@code draft: true}) and reports {@code events.yml} excludes: a published site has nothing of either; a
 * site built with its drafts has the drafts, each marked as a draft, and still nothing of the excluded report.
 */
class DraftsBuildTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String SITE = "title: Test digest\nbaseUrl: https://example.org/digest/\n";
    private static final String STORY = "Dock workers in the port of Varna walked out on Friday in a strike over pay, "
            + "halting the loading of grain ships for the second time this month.\n\n"
            + "The union said the strike would go on until the port authority agreed to talks, while the authority "
            + "said it had already offered a raise of eight percent.\n";
    /** What only the draft says: none of it may reach a published site. */
    private static final List<String> DRAFT = List.of("zz-draft-notes", "Walrus Gazette", "Unfinished notes on Varna",
            "A purple walrus watched the pickets from the harbour wall");
    /** What only the excluded report says: none of it may reach any site. */
    private static final List<String> EXCLUDED = List.of("yy-opinion", "Heron Review", "Why the strike is wrong",
            "The crimson heron column argues that the strikers ask too much");

    @TempDir
    Path dir;

    private void write(Path content, String name, String text) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Three reports of one event; with {@code extras}, also a draft of it and an excluded opinion piece. */
    private Path content(String name, boolean extras) throws IOException {
        Path content = dir.resolve(name);
        write(content, "site.yml", SITE);
        String[][] reports = {{"a-port-herald", "Port Herald", "Varna dock workers strike over pay"},
                {"b-sea-news", "Sea News", "Strike halts grain loading at Varna"},
                {"c-daily", "Daily Courier", "Varna port strike enters second day"}};
        for (String[] r : reports) {
            write(content, "articles/" + r[0] + ".md", "---\ntitle: " + r[2] + "\nsource: " + r[1]
                    + "\npublished: 2024-03-2" + r[0].charAt(0) % 5 + "\nevent: varna-strike\n---\n" + STORY);
        }
        if (extras) {
            write(content, "articles/zz-draft-notes.md", "---\ntitle: " + DRAFT.get(2) + "\nsource: " + DRAFT.get(1)
                    + "\npublished: 2024-03-24\nevent: varna-strike\ndraft: true\n---\n" + STORY + "\n" + DRAFT.get(3)
                    + ".\n");
            write(content, "articles/yy-opinion.md", "---\ntitle: " + EXCLUDED.get(2) + "\nsource: "
                    + EXCLUDED.get(1) + "\nevent: varna-strike\n---\n" + STORY + "\n" + EXCLUDED.get(3) + ".\n");
            write(content, "events.yml", "exclude: [yy-opinion]\n");
        }
        return content;
    }

    private static void assertNowhere(Path site, List<String> texts) {
        for (Map.Entry<String, byte[]> file : Trees.snapshot(site).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            for (String t : texts) assertFalse(text.contains(t), "'" + t + "' is in " + file.getKey());
        }
    }

    @Test
    void aPublishedSiteIsTheSiteOfTheContentWithoutTheDraftAndTheExcludedReport() throws IOException {
        Path site = dir.resolve("site");
        Build.Result result = new Build(content("content", true), TEMPLATES, site, null).run();
        assertEquals(3, result.reports());
        assertEquals(1, result.events());
        assertEquals(new Selection(0, 1, 1), result.selection());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());

        assertNowhere(site, DRAFT);
        assertNowhere(site, EXCLUDED);
        assertFalse(Files.exists(site.resolve("articles/zz-draft-notes")), "no page for the draft");
        assertFalse(Files.exists(site.resolve("articles/yy-opinion")), "no page for the excluded report");
        assertTrue(Files.exists(site.resolve("sitemap.xml")));
        // the strongest form: byte for byte the site of the same content without the two files
        Path without = dir.resolve("without");
        new Build(content("plain", false), TEMPLATES, without, null).run();
        assertEquals(List.of(), Trees.differences(site, without));
    }

    @Test
    void withDraftsTheDraftIsPublishedAndMarkedWhereverItIsShown() throws IOException {
        Path site = dir.resolve("site");
        Build.Result result = new Build(content("content", true), TEMPLATES, site, null).withDrafts(true).run();
        assertEquals(4, result.reports());
        assertEquals(new Selection(1, 0, 1), result.selection());
        assertNowhere(site, EXCLUDED); // exclusion is the curator's decision: drafts or not

        Document article = Jsoup.parse(site.resolve("articles/zz-draft-notes/index.html").toFile(), "UTF-8");
        assertTrue(article.text().contains(DRAFT.get(3)), "the draft's text is on its page");
        assertTrue(article.selectFirst(".draft-notice .draft-mark") != null, "the page says it is a draft");
        Document published = Jsoup.parse(site.resolve("articles/a-port-herald/index.html").toFile(), "UTF-8");
        assertTrue(published.select(".draft-notice, .page-header .draft-mark").isEmpty(),
                "a published report is not marked");
        assertEquals("1 draft", published.selectFirst(".event-box .draft-mark").text(), "its event has a draft");

        Document event = Jsoup.parse(site.resolve("events/varna-strike/index.html").toFile(), "UTF-8");
        var items = event.select("#sources ~ ol .article-item");
        assertEquals(4, items.size(), items.toString());
        for (var item : items) {
            boolean draft = item.selectFirst("a.article-title").attr("href").contains("zz-draft-notes");
            assertEquals(draft, item.selectFirst(".draft-mark") != null, item.toString());
        }
        assertTrue(event.selectFirst(".page-header .draft-mark").text().equals("1 draft"), "the event says so");
        Document outlet = Jsoup.parse(site.resolve("outlets/walrus-gazette/index.html").toFile(), "UTF-8");
        assertTrue(outlet.selectFirst(".article-item .draft-mark") != null, "listed as a draft on its outlet page");
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals("1 draft", home.selectFirst(".event-item .draft-mark").text());

        JsonNode digest = new ObjectMapper().readTree(site.resolve("digest.json").toFile());
        for (JsonNode a : digest.get("articles")) {
            boolean draft = a.get("id").asText().equals("zz-draft-notes");
            assertEquals(draft, a.has("draft"), a.get("id").asText());
            if (draft) assertTrue(a.get("draft").asBoolean());
        }
        String search = Files.readString(site.resolve("search/documents/0.json"));
        assertTrue(search.lines().anyMatch(line -> line.contains("\"url\":\"articles/zz-draft-notes/\"")
                && line.endsWith("\"draft\":true},") || line.endsWith("\"draft\":true}")), search);
        assertEquals(1, search.split("\"draft\":true", -1).length - 1, "the one draft: " + search);
    }
}
