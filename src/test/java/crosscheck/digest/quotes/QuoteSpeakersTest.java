package crosscheck.digest.quotes;

import static crosscheck.digest.InlineReports.event;
import static crosscheck.digest.InlineReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who said a quotation: in its sentence, in the one before, under the event's name for the person; titles are none. */
class QuoteSpeakersTest {
    private static String speaker(String... paragraphs) {
        List<Quote> quotes = Quotes.of(event(report("a", paragraphs)));
        assertEquals(1, quotes.size(), quotes.toString());
        return quotes.get(0).speaker();
    }

    @Test
    void aSpeakerSetOffByAnApposition() {
        assertEquals("Gallant", speaker("Gallant, the defence minister, said: “We will not stop until Hamas is gone.”"));
        assertEquals("Gallant", speaker("“We will not stop until Hamas is gone,” Gallant, the defence minister, said."));
        assertEquals("Makaeo Williams", speaker("“They didn’t have to kill him,” Makaeo Williams, 18, said as police "
                + "rode alongside him."));
        assertEquals("Gallant", speaker("Gallant, speaking at the Pentagon, warned that “this war will end with the "
                + "destruction of Hamas.”"));
        assertNull(speaker("But in a speech in Rochester, N.H., Biden was unequivocal, saying that “to preserve our "
                + "Constitution he should be impeached.”"));
    }

    @Test
    void saidToldAndAccordingTo() {
        assertEquals("Austin", speaker("Austin told reporters: “The United States is Israel’s closest friend.”"));
        assertEquals("Austin", speaker("“The United States is Israel’s closest friend,” Austin told reporters."));
        assertEquals("a State Department spokesman", speaker("“The talks were useful and will go on next week,” "
                + "according to a State Department spokesman."));
        assertEquals("James Zeszutek", speaker("“We deny that we engaged in any improper conduct,” said Biancardi’s "
                + "attorney, James Zeszutek."));
        assertEquals("Noah Greenwald", speaker("\"From our perspective the job is half done,\" said Noah Greenwald "
                + "of the Center for Biological Diversity, an advocacy group."));
        assertEquals("Ravi Singh", speaker("“We are really just shocked by all of it,” said her nephew, Ravi Singh, "
                + "32, of Coney Island."));
        assertEquals("a local barber", speaker("“They have a hard time because there is a lot of crime,” a local "
                + "barber told The New York Times."));
        assertEquals("Lawrence", speaker("“Anytime anybody is arrested for DUI, I get very disappointed,” said "
                + "Lawrence yesterday."));
        assertEquals("one man", speaker("“Oh man, she was really bad that night,” one man told Schuck."));
        assertEquals("The blog", speaker("The blog adds, \"There are only reports of a limited number of attacks.\""));
    }

    @Test
    void aQuotationGoingOnAfterItsSpeaker() {
        List<Quote> quotes = Quotes.of(event(report("a", "“She returned like a grim reaper,” says ADA Fairman, “and "
                + "she only shot the ones that she held responsible for her suspension.”")));
        assertEquals(List.of("ADA Fairman", "ADA Fairman"), quotes.stream().map(Quote::speaker).toList());
    }

    @Test
    void aQuotationThatIsItsWholeSentenceTakesTheSpeakerOfTheSentenceBefore() {
        assertEquals("Gallant", speaker("Gallant said the operation in Rafah would go ahead. “We will finish the job "
                + "whatever it takes.”"));
        assertNull(speaker("Netanyahu met Biden in Washington. “We will finish the job whatever it takes.”"));
        assertNull(speaker("Gallant said the operation would go ahead.", "## Other news",
                "“We will finish the job whatever it takes.”"));
    }

    @Test
    void speakersReadAsThePeoplesNames() {
        SpeakerNames people = new SpeakerNames(Map.of("Galante", "Yoav Gallant", "Yoav Galant", "Yoav Gallant",
                "Matthew Miller", "Matthew Miller"));
        List<Quote> quotes = Quotes.of(event(
                report("a", "“Our enemies need to know that this war will end with the destruction of Hamas,” "
                        + "Galante said."),
                report("b", "“We will keep talking with our partners in Washington,” said Israeli Defense Minister "
                        + "Yoav Galant.", "“The talks were frank and went on for hours,” according to U.S. State "
                        + "Department spokesman Matthew Miller.", "“Aid must reach Gaza by every route there is,” "
                        + "the minister’s office said.")), people);
        assertEquals(List.of("Yoav Gallant", "Yoav Gallant", "Matthew Miller", "the minister’s office"),
                quotes.stream().map(Quote::speaker).toList());
    }

    @Test
    void titlesInQuotationMarksAreNoQuotations() {
        List<Quote> quotes = Quotes.of(event(report("a",
                "The crowd sang the song “Hatikvah” and the national anthem “God Bless America Land That I Love” "
                        + "before the talks.",
                "The paper ran the story under the headline “Israel Strikes Back at Hezbollah Positions in the North” "
                        + "on Monday.",
                "He wrote a book titled “The Long Road to Peace in the Middle East” in 2019.",
                "Austin said: “The United States is Israel’s closest friend and that will not change.”")));
        assertEquals(List.of("The United States is Israel’s closest friend and that will not change."),
                quotes.stream().map(Quote::text).toList());
    }
}
