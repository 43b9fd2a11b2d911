package crosscheck.render;

import static crosscheck.render.Fixtures.article;
import static crosscheck.render.Fixtures.read;
import static crosscheck.render.Fixtures.render;
import static crosscheck.render.Fixtures.sentence;
import static crosscheck.render.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.digest.Digest;
import crosscheck.digest.names.Entity;
import crosscheck.digest.names.Role;
import crosscheck.digest.quotes.Quote;
import crosscheck.group.Event;
import crosscheck.ingest.ArticleText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityPageTest {
    @TempDir
    Path tmp;

    private static final String QUOTED = "“We will not stop,” Gallant said.";

    private final Report reuters = article("001_reuters", "Gallant meets Austin", "Reuters", null,
            LocalDate.of(2024, 3, 26), List.of(Block.paragraph("Israeli Defense Minister Yoav Gallant met Lloyd "
                    + "Austin on Tuesday. The weather was fine. Gallant said the talks went well. " + QUOTED
                    + " Gallant flew home on Wednesday.")), List.of());
    private final Report jns = article("002_jns", "Gallant in Washington", null, "https://www.jns.org/gallant",
            LocalDate.of(2024, 3, 26), List.of(Block.paragraph("Yoav Gallant, the defense minister of Israel, "
                    + "arrived on Sunday.")), List.of());
    private final Report unnamed = article("003_unnamed", "Talks in March", null, null, LocalDate.of(2024, 3, 2),
            List.of(Block.paragraph("Defense Minister Yoav Galant spoke to <b>troops</b>. Nobody else spoke.")), List.of());

    private static Event event(String id, String title, Report... reports) {
        try (Analyser analyser = new Analyser()) {
            List<AnalysedReport> analysed = Stream.of(reports).map(analyser::analyse).toList();
            LocalDate day = reports[0].published();
            return new Event(id, title, analysed, day, day);
        }
    }

    private List<Digest> digests() {
        Event visit = event("visit", "Gallant visits Washington", reuters, jns);
        Digest newer = new Digest(visit,
                List.of(sentence("Gallant said the talks went well.", "001_reuters", List.of("001_reuters"))),
                List.of(),
                List.of(new Quote("We will not stop", "Yoav Gallant", List.of("001_reuters"),
                                List.of(new Quote.Wording("001_reuters", QUOTED))),
                        new Quote("Fine weather", "the forecaster", List.of("001_reuters"),
                                List.of(new Quote.Wording("001_reuters", "The weather was fine.")))),
                List.of(new Entity("Yoav Gallant", Entity.Kind.PERSON, List.of("Gallant", "Yoav Gallant"),
                        List.of("001_reuters", "002_jns"), 6, List.of(
                                new Role("Israeli Defense Minister", List.of("001_reuters")),
                                new Role("defense minister of Israel", List.of("002_jns"))))));
        Event march = event("march", "Talks in March", unnamed);
        Digest older = new Digest(march, List.of(), List.of(), List.of(),
                List.of(new Entity("Yoav Gallant", Entity.Kind.PERSON, List.of("Yoav Galant"),
                        List.of("003_unnamed"), 1, List.of(new Role("Defense Minister", List.of("003_unnamed"))))));
        return List.of(older, newer);
    }

    private Document gallant(ArticleText text) {
        Path out = render(site("").withArticles(text), List.of(reuters, jns, unnamed), digests(), tmp.resolve("site"));
        return Jsoup.parse(read(out.resolve("people/yoav-gallant/index.html")), "");
    }

    private static List<String> texts(Document page, String selector) {
        return page.select(selector).stream().map(Element::text).toList();
    }

    @Test
    void rolesShowWithTheOutletsThatGiveThem() {
        Document page = gallant(ArticleText.FULL);
        assertEquals(List.of("Israeli Defense Minister — Reuters", "defense minister of Israel — jns.org",
                "Defense Minister — an unnamed source in “Talks in March”"), texts(page, "ul.roles li"));
        assertEquals("../../articles/001_reuters/", page.selectFirst("ul.roles li a").attr("href"));
    }

    @Test
    void quotesAreThoseTheDigestGivesToTheEntity() {
        Document page = gallant(ArticleText.FULL);
        assertEquals(List.of("“We will not stop”"), texts(page, "#quotes ~ figure blockquote"));
        assertEquals("In Gallant visits Washington, as reported by Reuters",
                page.selectFirst("#quotes ~ figure figcaption").text());
    }

    @Test
    void eventsAndWhatTheirReportsSayComeNewestFirst() {
        Document page = gallant(ArticleText.FULL);
        assertEquals(List.of("Gallant visits Washington", "Talks in March"), texts(page, "#said ~ h3"));
        assertEquals(List.of("Gallant visits Washington", "Talks in March"), texts(page, "ol.events h3, ol.events h2"),
                page.select("ol.events").html());
    }

    @Test
    void aFewSentencesAnEventEachWithItsOutletSummaryAndRolesFirst() {
        Document page = gallant(ArticleText.FULL);
        List<String> sentences = texts(page, "figure.extract");
        assertEquals(List.of(
                "Gallant said the talks went well. — Reuters, in the event’s summary",
                "Yoav Gallant, the defense minister of Israel, arrived on Sunday. — jns.org",
                "Israeli Defense Minister Yoav Gallant met Lloyd Austin on Tuesday. — Reuters",
                "Defense Minister Yoav Galant spoke to <b>troops</b>. — an unnamed source"), sentences);
        assertFalse(sentences.stream().anyMatch(s -> s.contains("We will not stop")),
                "the quotation's sentence shows with the quote, not again");
    }

    @Test
    void reportTextIsEscaped() {
        Document page = gallant(ArticleText.FULL);
        assertTrue(page.select("figure.extract b").isEmpty(), "the reports' own words stay text, whatever they hold");
        assertTrue(page.select("figure.extract").text().contains("<b>troops</b>"));
    }

    @Test
    void withNoArticleTextOnlyWhatTheDigestPublishesIsShown() {
        Document page = gallant(ArticleText.NONE);
        assertEquals(List.of("Gallant said the talks went well. — Reuters, in the event’s summary"),
                texts(page, "figure.extract"));
        assertEquals(List.of("“We will not stop”"), texts(page, "#quotes ~ figure blockquote"));
        assertEquals(3, page.select("ul.roles li").size());
    }

    @Test
    void withExcerptsAReportGivesAtMostOneSentenceBeyondTheDigests() {
        Document page = gallant(ArticleText.EXCERPT);
        assertEquals(List.of(
                "Gallant said the talks went well. — Reuters, in the event’s summary",
                "Yoav Gallant, the defense minister of Israel, arrived on Sunday. — jns.org",
                "Israeli Defense Minister Yoav Gallant met Lloyd Austin on Tuesday. — Reuters",
                "Defense Minister Yoav Galant spoke to <b>troops</b>. — an unnamed source"), texts(page, "figure.extract"));
    }
}
