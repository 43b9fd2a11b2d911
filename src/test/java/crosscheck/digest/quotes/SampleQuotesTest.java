package crosscheck.digest.quotes;

import static crosscheck.digest.SampleEvent.R003;
import static crosscheck.digest.SampleEvent.R004;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.digest.SampleEvent;
import crosscheck.group.Event;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five sample reports ({@link SampleEvent}) as one event: who said what. */
class SampleQuotesTest {
    private static Event event;
    private static Map<String, String> texts;

    @BeforeAll
    static void readSamples() {
        event = SampleEvent.event();
        texts = SampleEvent.texts(event);
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
