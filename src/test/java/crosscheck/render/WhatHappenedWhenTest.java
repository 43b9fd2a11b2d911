package crosscheck.render;

import static crosscheck.render.Fixtures.article;
import static crosscheck.render.Fixtures.event;
import static crosscheck.render.Fixtures.read;
import static crosscheck.render.Fixtures.render;
import static crosscheck.render.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.digest.Digest;
import crosscheck.digest.when.Development;
import crosscheck.digest.when.DevelopmentDay;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event page's "what happened when": the developments day by day, the publication dates as a second row. */
class WhatHappenedWhenTest {
    @TempDir
    Path tmp;

    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 22);
    private static final LocalDate SUNDAY = LocalDate.of(2024, 3, 24);

    private static Report report(String id, String outlet, LocalDate published) {
        return article(id, "Report " + id, outlet, null, published, List.of(Block.paragraph("Text of " + id + ".")),
                List.of());
    }

    private static Development development(DevelopmentDay day, String text, String... sources) {
        return new Development(day, text, sources[0], List.of(sources),
                List.of(sources).stream().map(s -> new Development.Wording(s, text)).toList(), sources.length, false,
                false);
    }

    private Document page(List<Report> reports, List<Development> developments) {
        Digest digest = new Digest(event("talks", "Talks", reports.toArray(Report[]::new)),
                List.of(Fixtures.sentence("Talks were held.", reports.get(0).id(), List.of(reports.get(0).id()))),
                List.of(), List.of(), List.of(), null, developments);
        Path out = render(site(""), reports, List.of(digest), tmp.resolve("site"));
        return Jsoup.parse(read(out.resolve("events/talks/index.html")), "");
    }

    @Test
    void daysInOrderEachInATimeElementWithItsSentencesAndOutlets() throws IOException {
        Report jns = report("001_jns", "JNS", SUNDAY);
        Report undated = report("002_undated", null, null);
        Document page = page(List.of(jns, undated), List.of(
                development(DevelopmentDay.of(FRIDAY), "On Friday, Netanyahu told Blinken <b>no</b>.", "001_jns"),
                development(DevelopmentDay.of(SUNDAY), "Gallant departed for Washington on Sunday.", "001_jns",
                        "002_undated"),
                development(new DevelopmentDay(null, DayOfWeek.TUESDAY, null), "Austin met Gallant on Tuesday.",
                        "002_undated")));
        Element section = page.getElementById("timeline").parent();
        assertEquals("What happened when", page.getElementById("timeline").text());
        List<Element> days = section.select("ol.developments > li");
        assertEquals(3, days.size());
        assertEquals(List.of("2024-03-22", "2024-03-24"), section.select("ol.developments time").eachAttr("datetime"));
        assertEquals(List.of("Friday, 22 March 2024", "Sunday, 24 March 2024", "Tuesday"),
                section.select(".development-date").eachText());
        assertNull(days.get(2).selectFirst("time"), "a weekday alone is no date");
        assertTrue(days.get(2).hasClass("undated"));
        assertEquals("On Friday, Netanyahu told Blinken <b>no</b>.", days.get(0).selectFirst(".development-text").text(),
                "escaped, as written");
        assertEquals(List.of("JNS", "Unnamed source 1"), days.get(1).select(".stated-by a").eachText(),
                "named as the page names its sources");
        assertTrue(days.get(1).selectFirst(".stated-by").text().startsWith("2 independent sources"));
        assertEquals("Published: JNS, 24 March 2024; 1 other report gives no publication date.",
                section.selectFirst(".published-line").text());
        assertNotNull(section.selectFirst(".published-line time[datetime=2024-03-24]"));
        assertNull(section.selectFirst("svg"), "no chart of one date");

        JsonNode json = new ObjectMapper().readTree(Fixtures.wholeDigest(site(""), List.of(jns, undated),
                List.of(new Digest(event("talks", "Talks", jns, undated), List.of(), List.of(), List.of(), List.of(),
                        null, List.of(development(new DevelopmentDay(null, DayOfWeek.TUESDAY, null),
                        "Austin met Gallant on Tuesday.", "002_undated"))))));
        JsonNode first = json.get("events").get(0).get("developments").get(0);
        assertTrue(first.get("day").isNull());
        assertEquals("tuesday", first.get("weekday").asText());
        assertEquals("Austin met Gallant on Tuesday.", first.get("text").asText());
        assertEquals("002_undated", first.get("sources").get(0).asText());
    }

    @Test
    void twoDatedReportsKeepThePublicationChart() {
        Document page = page(List.of(report("001_a", "A", FRIDAY), report("002_b", "B", SUNDAY)), List.of());
        Element section = page.getElementById("timeline").parent();
        assertNull(section.selectFirst("ol.developments"), "no day in the text: no list");
        assertEquals(2, section.select("figure.timeline circle.dot").size());
        assertNull(section.selectFirst(".published-line"));
    }

    @Test
    void noSectionWhenNothingIsDated() {
        Document page = page(List.of(report("001_a", "A", null), report("002_b", null, null)), List.of());
        assertNull(page.getElementById("timeline"), "no empty timeline");
        assertNull(page.selectFirst("figure.timeline"));
        Document undatedButTold = page(List.of(report("001_a", "A", null)), List.of(development(
                new DevelopmentDay(null, DayOfWeek.MONDAY, null), "The visit was cancelled on Monday.", "001_a")));
        assertEquals("No report gives its publication date.",
                undatedButTold.selectFirst("#timeline ~ .published-line").text());
    }
}
