package crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.digest.Digest;
import crosscheck.digest.when.EventDate;
import crosscheck.digest.when.EventDate.Basis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day an event happened is on its page, in event lists and in digest.json, saying how it is known. */
class EventDatesTest {
    @TempDir
    Path dir;

    private static Digest dated(Digest digest, EventDate date) {
        return new Digest(digest.event(), digest.summary(), digest.figures(), digest.quotes(), digest.entities(), date);
    }

    private static Document page(Path site, String path) {
        return Jsoup.parse(Fixtures.read(site.resolve(path)));
    }

    private Path site(EventDate cairo, EventDate border) {
        Fixtures.Sample s = new Fixtures.Sample();
        return Fixtures.render(Fixtures.site(""), s.articles(), List.of(dated(s.border, border), dated(s.cairo, cairo)),
                dir.resolve("site"));
    }

    @Test
    void aReportedDayIsShownWithItsWeekdayAndAPublicationDateAsSuch() throws IOException {
        Path site = site(new EventDate(LocalDate.of(2024, 3, 26), Basis.REPORTED, List.of("001_reuters", "002_aj")),
                new EventDate(LocalDate.of(2024, 3, 24), Basis.PUBLISHED, List.of("003_unknown")));

        Document cairo = page(site, "events/cairo-talks/index.html");
        assertEquals("When: Tuesday 26 March 2024", cairo.selectFirst(".page-header .when").text());
        assertEquals("2024-03-26", cairo.selectFirst(".when time").attr("datetime"));
        assertEquals("When: first reported 24 March 2024",
                page(site, "events/border-shelling/index.html").selectFirst(".page-header .when").text());

        Document home = page(site, "index.html");
        String cairoItem = home.select(".event-item").stream().filter(e -> e.text().contains("Cairo")).findFirst()
                .orElseThrow().selectFirst(".meta").text();
        assertTrue(cairoItem.startsWith("Tuesday 26 March 2024 · 2 reports"), cairoItem);

        JsonNode events = new ObjectMapper().readTree(Fixtures.read(site.resolve("digest.json"))).get("events");
        JsonNode json = events.get(0).get("id").asText().equals("cairo-talks") ? events.get(0) : events.get(1);
        assertEquals("2024-03-26", json.get("date").asText());
        assertEquals("reported", json.get("dateBasis").asText());
        assertEquals(List.of("001_reuters", "002_aj"),
                List.of(json.get("dateSources").get(0).asText(), json.get("dateSources").get(1).asText()));
        assertEquals("2024-03-26", json.get("first").asText(), "the dates of the reports stay as they were");
    }

    @Test
    void anEventNothingDatesShowsNoDate() throws IOException {
        Path site = site(null, null);
        assertNull(page(site, "events/border-shelling/index.html").selectFirst(".when"));
        JsonNode border = new ObjectMapper().readTree(Fixtures.read(site.resolve("digest.json"))).get("events")
                .findParents("id").stream().filter(e -> e.get("id").asText().equals("border-shelling"))
                .findFirst().orElseThrow();
        assertTrue(border.get("date").isNull() && border.get("dateBasis").isNull(), border.toString());
    }
}
