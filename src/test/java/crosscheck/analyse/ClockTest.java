package crosscheck.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence breaks after "a.m." and "p.m.", acronyms, initials, and full stops set off by a space. */
class ClockTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void aTimeUsedAsAModifierGoesOn() {
        assertEquals(List.of("Officials gathered ahead of a planned 12 p.m. Cabinet meeting.", "Nothing came of it."),
                splitter.split("Officials gathered ahead of a planned 12 p.m. Cabinet meeting. Nothing came of it."));
    }

    @Test
    void zonesDaysAndPlacesTimeGoOn() {
        for (String sentence : List.of("It starts at 3 p.m. EST on Monday.", "He was killed at 4 a.m. Sunday, "
                + "officials said.", "The vote closes at 7 p.m. Kyiv time.", "At 10 a.m. Eastern Standard Time it "
                + "began.", "Calls came at 3 p.m. GMT from the north.")) {
            assertEquals(List.of(sentence), splitter.split(sentence));
        }
    }

    @Test
    void aCapitalisedSentenceAfterATimeStartsANewOne() {
        assertEquals(List.of("The meeting ended at 5 p.m.", "The next day, talks resumed."),
                splitter.split("The meeting ended at 5 p.m. The next day, talks resumed."));
        assertEquals(List.of("It ended at 5 p.m.", "Nothing."), splitter.split("It ended at 5 p.m. Nothing."));
        assertEquals(List.of("The quake struck at 10:30 a.m.", "Local officials said five died."),
                splitter.split("The quake struck at 10:30 a.m. Local officials said five died."));
    }

    @Test
    void acronymsAndInitialsGoOn() {
        assertEquals(List.of("J. R. Smith met U.S. Defense Secretary Lloyd Austin.", "He left."),
                splitter.split("J. R. Smith met U.S. Defense Secretary Lloyd Austin. He left."));
    }

    @Test
    void brokenStopsOfMachineTranslation() {
        assertEquals(List.of("The blast came at 22. 34 BST on Monday .", "Police arrived soon after ."),
                splitter.split("The blast came at 22. 34 BST on Monday . Police arrived soon after ."));
        assertEquals(List.of("The U.S . Army and Mr . Smith said so at 5 p.m . on Monday."),
                splitter.split("The U.S . Army and Mr . Smith said so at 5 p.m . on Monday."));
        assertEquals(List.of("Then came I .", "The end."), splitter.split("Then came I . The end."));
    }
}
