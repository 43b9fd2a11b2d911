package crosscheck.analyse;

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
    void splitsAfterAnAcronymWithoutDotsThatEndsASentence() {
        assertEquals(List.of("The strike was confirmed by the IDF.", "Hamas denied it.", "He is the company's CEO.",
                        "He said so.", "Aid went through NATO.", "The talks ended."),
                splitter.split("The strike was confirmed by the IDF. Hamas denied it. He is the company's CEO. He said "
                        + "so. Aid went through NATO. The talks ended."));
    }

    @Test
    void keepsWhatGoesOnAfterAFullStopOrAnExclamationOnTheSentence() {
        assertEquals(List.of("The U.K.'s biggest operator, EE, said no.",
                        "Harry Winston Diamond Corp.'s store was robbed."),
                splitter.split("The U.K.'s biggest operator, EE, said no. Harry Winston Diamond Corp.'s store was "
                        + "robbed."));
        assertEquals(List.of("He shouted \"Enough!\", and left.", "Was it over (was it?), or not?"),
                splitter.split("He shouted \"Enough!\", and left. Was it over (was it?), or not?"));
        assertEquals(List.of("Calls came at 3 p.m. (1500 GMT) from the Calif.-based firm.", "Then they stopped."),
                splitter.split("Calls came at 3 p.m. (1500 GMT) from the Calif.-based firm. Then they stopped."));
    }

    @Test
    void splitsAfterAClosingQuotationMarkThatACapitalFollowsWithoutASpace() {
        assertEquals(List.of("Austin called it “a moral necessity.”", "Local authorities disagreed."),
                splitter.split("Austin called it “a moral necessity.”Local authorities disagreed."));
    }

    @Test
    void keepsTheClosingFullStopAndQuotationMarkOfTokenisedText() {
        assertEquals(List.of("\"She was a beautiful person, too . \""),
                splitter.split("\"She was a beautiful person, too . \""));
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
        // runs of 16,000 and 128,000 characters: at a few thousand, warm-up and collection make the ratio noise
        // each "J. " is a piece that ends with an initial, so it is mended onto the growing sentence (as is each ", "
        // or stray "." that cannot open a sentence): only the end of that sentence may be searched each time, and no
        // pattern may retry at each letter of a long run
        for (String run : List.of("J. ", "J.) ", "U.S. ", "A.", "A", "Mr. ", "No!, ", "x . \" ", "Go. (a) ", "A.”",
                "Mr . ", "U.S . ", "a 5 p.m . Meeting ")) {
            double growth = LinearTime.growth(16_000, n -> run.repeat(n / run.length()) + "x.", splitter::split);
            assertTrue(growth < LinearTime.MAX_GROWTH, () -> "\"" + run + "\" repeated: 8 times the length took "
                    + Math.round(growth) + " times as long");
        }
    }
}
