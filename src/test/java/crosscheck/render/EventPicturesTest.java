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

import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.digest.Digest;
import crosscheck.digest.figures.Figure;
import crosscheck.digest.summary.SummarySentence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event page's pictures: the timeline of reports and disputed figures drawn side by side. */
class EventPicturesTest {
    @TempDir
    Path tmp;

    private final Fixtures.Sample sample = new Fixtures.Sample();

    private Document page(Path out, String path) {
        return Jsoup.parse(read(out.resolve(path)), "");
    }

    private static Report report(String id, String outlet, LocalDate published) {
        return article(id, "Report " + id, outlet, null, published, List.of(Block.paragraph("Text of " + id + ".")),
                List.of());
    }

    /** Four reports over three days, listed out of date order, one of them undated and one without an outlet. */
    private Document strike() {
        Report late = report("010_late", "Late Daily", LocalDate.of(2024, 3, 28));
        Report undated = report("011_undated", "Undated Times", null);
        Report early = report("012_early", "Early Post", LocalDate.of(2024, 3, 25));
        Report anonymous = report("013_anonymous", null, LocalDate.of(2024, 3, 26));
        Digest digest = new Digest(event("strike", "A strike", late, undated, early, anonymous),
                List.of(Fixtures.sentence("A strike hit the port.", "010_late", List.of("010_late", "012_early"))),
                List.of(new Figure("killed", null, null, true, List.of(
                                new Figure.Claim("over 32,000", 32000, -1, "Over 32,000 were killed.", null,
                                        List.of("010_late")),
                                new Figure.Claim("almost 30,000", 27000, 30000, "Almost 30,000 were killed.", null,
                                        List.of("012_early", "013_anonymous")),
                                new Figure.Claim("25,000", 25000, 25000, "25,000 were killed.", null,
                                        List.of("011_undated")),
                                new Figure.Claim("dozens", 0, -1, "Dozens were killed.", null, List.of("010_late")))),
                        new Figure("injured", null, null, false, List.of(
                                new Figure.Claim("40", 40, 40, "40 were injured.", null, List.of("010_late", "012_early"))))),
                List.of(), List.of());
        Path out = render(site(""), List.of(late, undated, early, anonymous), List.of(digest), tmp.resolve("strike"));
        return page(out, "events/strike/index.html");
    }

    @Test
    void timelineHasOneRowPerReportAndDotsOnlyForDatedReportsInDateOrder() {
        Document event = strike();
        Element svg = event.selectFirst("figure.timeline svg");
        assertNotNull(svg);
        assertEquals("img", svg.attr("role"));
        Element title = svg.selectFirst("title");
        assertEquals(title.id(), svg.attr("aria-labelledby"));
        assertEquals("When each report was published, 25 March 2024 to 28 March 2024", title.text());
        assertEquals(List.of("Late Daily", "Undated Times", "Early Post", "Unnamed source 1"),
                svg.select("text.label").eachText(), "one row per report, in the order of the sources");
        Elements dots = svg.select("circle.dot");
        assertEquals(3, dots.size(), "no dot for the undated report");
        assertEquals(List.of("date unknown"), svg.select("text.unknown").eachText());
        double late = x(dots.get(0));
        double early = x(dots.get(1));
        double anonymous = x(dots.get(2));
        assertTrue(early < anonymous && anonymous < late, early + " < " + anonymous + " < " + late);
        assertEquals(List.of("25 Mar", "26 Mar", "27 Mar", "28 Mar"), svg.select("text.tick").eachText());
        assertEquals(early, Double.parseDouble(svg.select("line.grid").first().attr("x1")));
        assertEquals(late, Double.parseDouble(svg.select("line.grid").last().attr("x1")));
        List<String> asText = event.select("figure.timeline figcaption li").eachText();
        assertEquals(List.of("Late Daily: 28 March 2024", "Undated Times: date unknown",
                "Early Post: 25 March 2024", "Unnamed source 1: 26 March 2024"), asText);
    }

    @Test
    void aSingleDateDrawsOneColumnAndNoDateDrawsNoTimeline() {
        Path out = render(site(""), sample.articles(), sample.digests(), tmp.resolve("site"));
        assertNull(page(out, "events/border-shelling/index.html").selectFirst("svg"),
                "the only report is undated: nothing to draw");
        Element cairo = page(out, "events/cairo-talks/index.html").selectFirst("figure.timeline svg");
        assertEquals(2, cairo.select("circle.dot").size());

        Report one = report("020_one", "One Outlet", LocalDate.of(2024, 5, 1));
        Report other = report("021_other", "Other Outlet", LocalDate.of(2024, 5, 1));
        Digest digest = Fixtures.digest(event("one-day", "One day", one, other),
                List.of(Fixtures.sentence("It happened.", "020_one", List.of("020_one", "021_other"))));
        Element svg = page(render(site(""), List.of(one, other), List.of(digest), tmp.resolve("one")),
                "events/one-day/index.html").selectFirst("figure.timeline svg");
        Elements dots = svg.select("circle.dot");
        assertEquals(2, dots.size());
        assertEquals(x(dots.get(0)), x(dots.get(1)), "one date, one column");
        assertEquals(List.of("1 May 2024"), svg.select("text.tick").eachText());
    }

    @Test
    void disputedFigureGetsOneBarPerValueWithItsLabel() {
        Document event = strike();
        Elements charts = event.select(".figure svg.figure-chart");
        assertEquals(1, charts.size(), "only the disputed figure is drawn");
        Element chart = charts.first();
        assertEquals("img", chart.attr("role"));
        assertEquals(chart.selectFirst("title").id(), chart.attr("aria-labelledby"));
        assertEquals(List.of("over 32,000 — Late Daily", "almost 30,000 — Early Post, Unnamed source 1",
                "25,000 — Undated Times"), chart.select("text.label").eachText(), "values never merged; no bar for "
                + "a value without a number");
        Elements solid = chart.select("rect.bar");
        assertEquals(3, solid.size());
        double over = width(solid.get(0));
        double almost = width(solid.get(1));
        double exact = width(solid.get(2));
        assertEquals(32000.0 / 25000, over / exact, 0.01, "lengths proportional to the numbers");
        assertEquals(27000.0 / 25000, almost / exact, 0.01);
        Elements ranges = chart.select("rect.range");
        assertEquals(1, ranges.size(), "almost 30,000 is a range");
        assertEquals(almost, Double.parseDouble(ranges.first().attr("x")), 0.01);
        assertEquals(3000.0 / 25000, width(ranges.first()) / exact, 0.01);
        assertEquals(1, chart.select("polygon.arrow").size(), "over 32,000 is open");
        assertEquals(over, Double.parseDouble(chart.selectFirst("line.open").attr("x1")), 0.01);
    }

    @Test
    void noChartWhenFewerThanTwoValuesHaveANumber() {
        Report a = report("030_a", "A", LocalDate.of(2024, 6, 1));
        Report b = report("031_b", "B", LocalDate.of(2024, 6, 2));
        Digest digest = new Digest(event("vague", "Vague", a, b),
                List.of(Fixtures.sentence("Something happened.", "030_a", List.of("030_a", "031_b"))),
                List.of(new Figure("killed", null, null, true, List.of(
                        new Figure.Claim("12", 12, 12, "12 were killed.", null, List.of("030_a")),
                        new Figure.Claim("dozens", 0, -1, "Dozens were killed.", null, List.of("031_b"))))),
                List.of(), List.of());
        Document event = page(render(site(""), List.of(a, b), List.of(digest), tmp.resolve("vague")),
                "events/vague/index.html");
        assertNotNull(event.selectFirst(".figure.disputed"));
        assertNull(event.selectFirst("svg.figure-chart"));
    }

    @Test
    void sampleEventDrawsItsDisputedFigure() {
        Path out = render(site(""), sample.articles(), sample.digests(), tmp.resolve("site"));
        Element chart = page(out, "events/cairo-talks/index.html").selectFirst(".figure.disputed svg.figure-chart");
        assertEquals(List.of("12 — Reuters", "about 15 — Al Jazeera"), chart.select("text.label").eachText());
        assertEquals(2, chart.select("rect.bar").size());
        assertEquals(1, chart.select("rect.range").size());
    }

    private static double x(Element dot) {
        return Double.parseDouble(dot.attr("cx"));
    }

    private static double width(Element rect) {
        return Double.parseDouble(rect.attr("width"));
    }
}
