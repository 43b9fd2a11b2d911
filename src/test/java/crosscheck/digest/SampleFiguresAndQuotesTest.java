package crosscheck.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.SampleContent;
import crosscheck.clean.Cleaner;
import crosscheck.group.Event;
import crosscheck.ingest.ContentReader;
import crosscheck.text.AnalyzedArticle;
import crosscheck.text.TextAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five sample reports ({@link SampleContent}), as one event: where they differ, who said what. */
class SampleFiguresAndQuotesTest {
    private static final String R000 = "000_e4f0e796efdce198";
    private static final String R001 = "001_5b45645508210cee";
    private static final String R002 = "002_5833acd523314701";
    private static final String R003 = "003_329f9bd5a427a3aa";
    private static final String R004 = "004_b1353c906ad0d7c1";
    private static Event event;
    private static Map<String, String> texts;

    @BeforeAll
    static void readSamples() {
        Cleaner cleaner = new Cleaner();
        try (TextAnalyzer analyzer = new TextAnalyzer()) {
            List<AnalyzedArticle> articles = ContentReader.read(SampleContent.FOLDER).reports().stream()
                    .map(cleaner::clean).map(analyzer::analyze).toList();
            event = new Event("sample", "Sample", articles, null, null, List.of());
        }
        texts = event.articles().stream().collect(Collectors.toMap(AnalyzedArticle::id, a -> a.article().text()));
    }

    private static Figure figure(String measure, String occasion) {
        return Figures.of(event).stream()
                .filter(f -> f.measure().equals(measure) && Objects.equals(f.occasion(), occasion)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + measure + " @" + occasion));
    }

    private static Map<String, List<String>> values(Figure figure) {
        return figure.claims().stream().collect(Collectors.toMap(Figure.Claim::value, Figure.Claim::sources));
    }

    @Test
    void hostagesTakenOnOctober7DifferBetweenReports() {
        Figure hostages = figure("taken hostage", "October 7");
        assertTrue(hostages.disputed());
        assertEquals(Map.of("240", List.of(R000), "253", List.of(R003)), values(hostages));
    }

    @Test
    void deathsInGazaDifferBetweenReports() {
        Figure killed = figure("killed in all", null);
        assertTrue(killed.disputed());
        assertEquals(Map.of("over 32,000", List.of(R000), "more than 30,000", List.of(R003)), values(killed));
    }

    @Test
    void deathsOnOctober7AgreeWithinTheirRanges() {
        Figure killed = figure("killed", "October 7");
        assertFalse(killed.disputed());
        assertEquals(Map.of("almost 1,200", List.of(R000), "at least 1,200", List.of(R003)), values(killed));
    }

    @Test
    void disputedFiguresComeFirstAndEveryClaimIsWordForWord() {
        List<Figure> figures = Figures.of(event);
        assertTrue(figures.get(0).disputed() && figures.get(1).disputed(), figures.toString());
        assertEquals(2, figures.stream().filter(Figure::disputed).count(), figures.toString());
        for (Figure figure : figures) {
            for (Figure.Claim claim : figure.claims()) {
                assertTrue(texts.get(claim.sources().get(0)).contains(claim.sentence()), claim.toString());
                assertTrue(claim.sentence().contains(claim.value()), claim.toString());
            }
        }
    }

    @Test
    void quotationsHaveTheirSpeakersAndReports() {
        Map<String, Quote> quotes = Quotes.of(event).stream()
                .collect(Collectors.toMap(q -> q.text().split(" ", 4)[0] + " " + q.text().split(" ", 4)[1], q -> q));
        assertQuote(quotes.get("The United"), "Austin", R003,
                "The United States is Israel’s closest friend and that will not change");
        assertQuote(quotes.get("Our enemies"), "Galante", R003,
                "Our enemies need to know that this war will end with the destruction of Hamas");
        assertQuote(quotes.get("I told"), "Netanyahu", R004,
                "I told him that I hope we would do this with U.S. support but if necessary, we will do it alone");
        assertQuote(quotes.get("Today in"), "Austin", R003, "Today in Gaza, the number of civilian casualties is too "
                + "high and the amount of humanitarian aid is too low");
        assertQuote(quotes.get("The parties"), "the minister’s office", R004, "The parties will discuss developments "
                + "in the war against the Hamas terrorist organization in Gaza, efforts undertaken to return the "
                + "hostages held by Hamas in Gaza, humanitarian efforts and measures required to ensure regional "
                + "stability");
        assertEquals(null, quotes.get("emphasized the").speaker(), "no speaker where the report names none");
        assertTrue(quotes.keySet().stream().noneMatch(k -> k.startsWith("too ")), "scare quotes are no quotations");
        for (Quote quote : quotes.values()) {
            for (Quote.Wording wording : quote.wordings()) {
                assertTrue(texts.get(wording.article()).contains(wording.sentence()), wording.toString());
            }
        }
    }

    private static void assertQuote(Quote quote, String speaker, String source, String text) {
        assertEquals(text, quote.text());
        assertEquals(speaker, quote.speaker());
        assertEquals(List.of(source), quote.sources());
    }
}
