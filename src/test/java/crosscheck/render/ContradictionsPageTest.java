package crosscheck.render;

import static crosscheck.render.Fixtures.read;
import static crosscheck.render.Fixtures.render;
import static crosscheck.render.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.digest.Digest;
import crosscheck.digest.summary.SummarySentence;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event page and digest.json say which reports contradict a summary sentence, and what they say instead. */
class ContradictionsPageTest {
    @TempDir
    Path tmp;

    private final Fixtures.Sample sample = new Fixtures.Sample();

    /** The sample's Cairo event, its first sentence stated by Reuters alone and contradicted by Al Jazeera. */
    private Path renderContradicted() {
        Digest cairo = sample.cairo;
        SummarySentence met = new SummarySentence("Negotiators met in Cairo on Tuesday.", "001_reuters",
                List.of("001_reuters"), List.of(new SummarySentence.Wording("001_reuters",
                "Negotiators met in Cairo on Tuesday.")), 1, List.of(new SummarySentence.Contradiction("002_aj",
                "Negotiators met in Cairo on Monday, officials said.", "day")));
        Digest contradicted = new Digest(cairo.event(), List.of(met, cairo.summary().get(1)), cairo.figures(),
                cairo.quotes(), cairo.entities());
        return render(site(""), sample.articles(), List.of(sample.border, contradicted), tmp.resolve("site"));
    }

    @Test
    void theSentenceSaysReportsContradictWithWhoAndTheirWording() {
        Document event = Jsoup.parse(read(renderContradicted().resolve("events/cairo-talks/index.html")), "");
        assertEquals(List.of("Reports contradict", "1 source"), event.select(".cites .standing").eachText());
        Element cites = event.selectFirst(".cites");
        assertEquals("Reports contradict · stated by Reuters · contradicted by Al Jazeera",
                cites.selectFirst("summary").text());
        Element against = cites.selectFirst("ul.contradicts li");
        assertEquals("Al Jazeera", against.selectFirst("a").text());
        assertTrue(against.text().contains("(another day)"), against.text());
        assertEquals("Negotiators met in Cairo on Monday, officials said.", against.selectFirst("blockquote").text());
    }

    @Test
    void theClaimByReportTableMarksTheContradictingReportInWords() {
        Document event = Jsoup.parse(read(renderContradicted().resolve("events/cairo-talks/index.html")), "");
        assertTrue(event.selectFirst("table.coverage caption").text().contains("contradict it (✕)"));
        List<Element> rows = event.select("table.coverage tbody tr");
        assertEquals(List.of("states it", "contradicts it"),
                rows.get(0).select("td span").eachAttr("aria-label"));
        assertEquals(List.of("states it", "does not state it"),
                rows.get(1).select("td span").eachAttr("aria-label"));
    }

    /** On a phone the table gives way to a list: each claim, the outlets that state it and those that contradict it. */
    @Test
    void theClaimByReportListNamesWhoStatesAndWhoContradictsEachClaim() {
        Document event = Jsoup.parse(read(renderContradicted().resolve("events/cairo-talks/index.html")), "");
        List<Element> items = event.select("ol.coverage-list > li");
        assertEquals(event.select("table.coverage tbody tr").size(), items.size());
        assertEquals("● Stated by Reuters", items.get(0).selectFirst(".stated-by").text());
        assertEquals("✕ Contradicted by Al Jazeera", items.get(0).selectFirst(".contradicted-by").text());
        assertNull(items.get(1).selectFirst(".contradicted-by"));
    }

    @Test
    void digestJsonListsTheContradictingReports() throws Exception {
        JsonNode cairo = new ObjectMapper().readTree(read(renderContradicted()
                .resolve("data/events/cairo-talks.json")));
        JsonNode summary = cairo.get("summary");
        assertEquals("[{\"article\":\"002_aj\",\"text\":\"Negotiators met in Cairo on Monday, officials said.\","
                + "\"kind\":\"day\"}]", summary.get(0).get("contradicts").toString());
        assertEquals("[]", summary.get(1).get("contradicts").toString());
    }
}
