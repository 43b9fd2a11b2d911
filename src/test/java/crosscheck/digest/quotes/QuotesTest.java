package crosscheck.digest.quotes;

import static crosscheck.digest.InlineReports.event;
import static crosscheck.digest.InlineReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.group.Event;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuotesTest {

    private static Quote quote(List<Quote> quotes, String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation " + start + " in " + quotes));
    }

    /** Every wording is its report's, word for word, and every quotation is in one of its wordings. */
    private static void assertVerbatim(Event event, List<Quote> quotes) {
        Map<String, String> texts = event.reports().stream()
                .collect(Collectors.toMap(AnalysedReport::id, a -> a.report().text()));
        for (Quote quote : quotes) {
            assertTrue(quote.wordings().stream().anyMatch(w -> w.sentence().contains(quote.text())), quote.toString());
            for (int i = 0; i < quote.sources().size(); i++) {
                Quote.Wording wording = quote.wordings().get(i);
                assertEquals(quote.sources().get(i), wording.article());
                assertTrue(texts.get(wording.article()).contains(wording.sentence()), wording.toString());
            }
        }
    }

    @Test
    void aQuotationInSeveralReportsIsOneQuoteWithEveryReportCarryingIt() {
        Event event = event(
                report("a", "“The United States is Israel’s closest friend and that will not change,” Austin said."),
                report("b", "Defense Secretary Lloyd Austin said: \"The United States is Israel's closest friend and "
                        + "that will not change.\""),
                report("c", "“The United States is Israel’s closest friend,” Austin told reporters."),
                report("d", "“Our enemies need to know that this war will end with the destruction of Hamas,” "
                        + "Gallant said."));
        List<Quote> quotes = Quotes.of(event);
        assertEquals(2, quotes.size(), quotes.toString());
        Quote friend = quotes.get(0);
        assertEquals("The United States is Israel’s closest friend and that will not change", friend.text());
        assertEquals("Austin", friend.speaker());
        assertEquals(List.of("a", "b", "c"), friend.sources());
        assertEquals("Gallant", quotes.get(1).speaker());
        assertEquals(List.of("d"), quotes.get(1).sources());
        assertVerbatim(event, quotes);
    }

    @Test
    void theSpeakerIsTakenAsWrittenBeforeOrAfterTheQuotation() {
        Event event = event(report("a",
                "Netanyahu said: “I told him that I hope we would do this with U.S. support.”",
                "“We will not rest until every hostage is home,” said Defense Secretary Lloyd Austin.",
                "Blinken “discussed efforts to reach an agreement for a ceasefire of at least six weeks,” "
                        + "according to U.S. State Department spokesman Matthew Miller.",
                "A senior defense official told reporters that “finding alternative ways to protect civilians” "
                        + "is a priority."));
        List<Quote> quotes = Quotes.of(event);
        assertEquals("Netanyahu", quote(quotes, "I told him").speaker());
        assertEquals("Defense Secretary Lloyd Austin", quote(quotes, "We will not rest").speaker());
        assertEquals("U.S. State Department spokesman Matthew Miller", quote(quotes, "discussed efforts").speaker());
        assertEquals("A senior defense official", quote(quotes, "finding alternative").speaker());
        assertVerbatim(event, quotes);
    }

    @Test
    void aPronounTakesTheSpeakerOfTheSentencesBefore() {
        Event event = event(report("a",
                "Galante said it was important to deter common adversaries. “Our enemies need to know that this "
                        + "war will end with the destruction of Hamas,” he told reporters.",
                "“The parties will discuss developments in the war against Hamas,” the minister’s office said in a "
                        + "statement.",
                "“Gallant will also raise the importance of the cooperation between both countries,” it added."));
        List<Quote> quotes = Quotes.of(event);
        assertEquals("Galante", quote(quotes, "Our enemies").speaker());
        assertEquals("the minister’s office", quote(quotes, "The parties").speaker());
        assertEquals("the minister’s office", quote(quotes, "Gallant will").speaker());
    }

    @Test
    void noSpeakerIsInventedWhenTheTextDoesNotSayWho() {
        Event event = event(
                report("a", "“Our enemies need to know that this war will end with the destruction of Hamas,” he "
                        + "told reporters."),
                report("b", "Austin said aid must reach Gaza. Prime Minister Benjamin Netanyahu met Biden in "
                        + "Washington. “We will go into Rafah with or without American support,” he said."),
                report("c", "The top American diplomat also “emphasized the need to protect civilians in Gaza and "
                        + "increase humanitarian assistance.”"),
                report("d", "Austin said aid must reach Gaza. Netanyahu met Biden in Washington. “We will finish "
                        + "the job in Rafah whatever it takes,” he said."));
        List<Quote> quotes = Quotes.of(event);
        assertEquals(4, quotes.size(), quotes.toString());
        for (Quote quote : quotes) assertNull(quote.speaker(), quote.toString());
    }

    @Test
    void scareQuotesAreNotQuotations() {
        Event event = event(report("a", "Austin described civilian casualties in Gaza as “too high” and aid as "
                + "\"too low\", and called it the \"worst day in Israel's history.\""));
        assertEquals(List.of(), Quotes.of(event));
    }
}
