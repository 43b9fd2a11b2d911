package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.LinearTime;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void keepsRanksAndTitlesInsideTheSentence() {
        assertEquals(List.of(
                "The Defense Department’s press secretary, Maj. Gen. Pat Ryder, stressed the meeting’s importance.",
                "Both sides agreed."),
                splitter.split("The Defense Department’s press secretary, Maj. Gen. Pat Ryder, stressed the "
                        + "meeting’s importance. Both sides agreed."));
    }

    @Test
    void keepsInitialsAndBracketedAbbreviations() {
        assertEquals(List.of("He is expected to meet with CIA Director William J. Burns on Tuesday.",
                "Gallant will be joined by Maj. Gen. (res.) Eyal Zamir and Brig. Gen. Benny Gal, among others."),
                splitter.split("He is expected to meet with CIA Director William J. Burns on Tuesday. Gallant "
                        + "will be joined by Maj. Gen. (res.) Eyal Zamir and Brig. Gen. Benny Gal, among others."));
    }

    @Test
    void keepsMonthAbbreviationsAndCountryAcronyms() {
        assertEquals(List.of("Referring to the incursion on Oct. 7, Austin said the U.S. shares Israel's goal.",
                "Israeli Defense Minister Yoav Galant met U.S. Defense Secretary Lloyd Austin."),
                splitter.split("Referring to the incursion on Oct. 7, Austin said the U.S. shares Israel's goal. "
                        + "Israeli Defense Minister Yoav Galant met U.S. Defense Secretary Lloyd Austin."));
    }

    @Test
    void splitsAfterAnAcronymWhenANewSentenceStarts() {
        assertEquals(List.of("The resolution passed with the abstention of the U.S.", "The vote was 14 to 0."),
                splitter.split("The resolution passed with the abstention of the U.S. The vote was 14 to 0."));
    }

    @Test
    void splitsOrdinarySentencesAndQuotes() {
        assertEquals(List.of("“The United States is Israel’s closest friend,” Austin said.", "Gallant agreed!",
                        "Was it enough?"),
                splitter.split("“The United States is Israel’s closest friend,” Austin said. Gallant agreed! "
                        + "Was it enough?"));
    }

    @Test
    void blankTextHasNoSentences() {
        assertEquals(List.of(), splitter.split("   "));
    }

    @Test
    void mendingALongRunOfInitialsTakesLinearTime() {
        // each "J. " is a piece that ends with an initial, so it is mended onto the growing sentence: only the end of
        // that sentence may be searched each time, and no pattern may retry at each letter of a long run
        for (String run : List.of("J. ", "J.) ", "U.S. ", "A.", "A", "Mr. ")) {
            double growth = LinearTime.growth(4000, n -> run.repeat(n / run.length()) + "x.", splitter::split);
            assertTrue(growth < LinearTime.MAX_GROWTH, () -> "\"" + run + "\" repeated: 8 times the length took "
                    + Math.round(growth) + " times as long");
        }
    }
}
