package crosscheck.render;

import static crosscheck.render.Fixtures.read;
import static crosscheck.render.Fixtures.render;
import static crosscheck.render.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.clean.Block;
import crosscheck.clean.Removed;
import crosscheck.clean.Report;
import crosscheck.clean.language.LanguageSource;
import crosscheck.clean.metadata.Credit;
import crosscheck.ingest.ArticleText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report's wire origin and credits, on its page and in digest.json. */
class ArticleCreditsTest {
    private static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    Path tmp;

    private static Report credited(String id, String origin, List<Credit> credits) {
        return new Report(id, "articles/" + id + ".txt", "Gallant meets Austin", "Times of Somewhere", null,
                LocalDate.of(2024, 3, 26), "Tom Davies", origin, credits, "en", LanguageSource.PAGE, null,
                List.of(Block.paragraph("Gallant met Austin at the Pentagon on Tuesday.")),
                List.of(new Removed("(AP)", "wire credit")), List.of(), false);
    }

    private final Report wire = credited("001_wire", "Associated Press", List.of(
            new Credit("Associated Press", "wire service"), new Credit("Dan Lamothe", "contributed"),
            new Credit("Alex Horton", "contributed"), new Credit(SCRIPT, "editing")));
    private final Report plain = credited("002_plain", null, List.of());

    @Test
    void theArticlePageShowsTheOriginAndCreditsEscaped() {
        Path out = render(site(""), List.of(wire, plain), List.of(), tmp.resolve("site"));
        Document page = Jsoup.parse(read(out.resolve("articles/001_wire/index.html")), "");
        Element credits = page.selectFirst(".credits");
        assertEquals("Wire copy from Associated Press · Dan Lamothe and Alex Horton contributed · Editing by " + SCRIPT,
                credits.text());
        assertTrue(page.select("script").isEmpty(), "nothing from the report runs");
        assertNull(Jsoup.parse(read(out.resolve("articles/002_plain/index.html")), "").selectFirst(".credits"));
    }

    @Test
    void aReportWithoutAnOutletGoesByTheDomainOfItsAddressElseAsUnknown() {
        Report addressed = Fixtures.article("003_addressed", "Shelling near the border", null,
                "https://www.example.org/news/1", null, List.of(Block.paragraph("Shelling was reported.")), List.of());
        Report unknown = Fixtures.article("004_unknown", "Shelling near the border", null, null, null,
                List.of(Block.paragraph("Shelling was reported.")), List.of());
        Path out = render(site(""), List.of(addressed, unknown), List.of(), tmp.resolve("site"));
        assertTrue(Jsoup.parse(read(out.resolve("articles/003_addressed/index.html")), "").selectFirst(".meta")
                .text().startsWith("example.org"));
        assertTrue(Jsoup.parse(read(out.resolve("articles/004_unknown/index.html")), "").selectFirst(".meta")
                .text().startsWith("Unknown outlet"));
    }

    @Test
    void digestJsonCarriesTheOriginAndCredits() throws Exception {
        Path out = render(site("").withArticles(ArticleText.FULL), List.of(wire, plain), List.of(),
                tmp.resolve("site"));
        JsonNode articles = new ObjectMapper().readTree(read(out.resolve("digest.json"))).get("articles");
        JsonNode first = articles.get(0);
        assertEquals("Associated Press", first.get("origin").asText());
        assertEquals(4, first.get("credits").size());
        assertEquals("Dan Lamothe", first.get("credits").get(1).get("name").asText());
        assertEquals("contributed", first.get("credits").get(1).get("role").asText());
        JsonNode data = new ObjectMapper().readTree(read(out.resolve(first.get("data").asText())));
        assertEquals(first.get("credits"), data.get("credits"));
        assertEquals("Associated Press", data.get("origin").asText());
        JsonNode second = articles.get(1);
        assertTrue(second.get("origin").isNull(), "no origin is null");
        assertEquals(0, second.get("credits").size());
    }
}
