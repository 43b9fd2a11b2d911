package crosscheck.digest.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.digest.wording.ScanTexts;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link WhiteSpace} splits every {@link ScanTexts} text as {@code \s+} does. */
class WhiteSpaceTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void wordsAreWhatTheExpressionSplits() {
        for (String text : ScanTexts.all()) {
            String stripped = text.strip();
            String[] expected = stripped.isEmpty() ? new String[0] : SPACES.split(stripped);
            assertArrayEquals(expected, WhiteSpace.words(stripped), text);
        }
    }

    @Test
    void firstTwoAreWhatTheExpressionSplitsWithALimitOfThree() {
        for (String text : ScanTexts.all()) {
            for (String t : new String[] {text, text.strip(), " " + text}) {
                String[] pieces = SPACES.split(t, 3);
                assertEquals(Arrays.asList(pieces).subList(0, Math.min(2, pieces.length)), WhiteSpace.firstTwo(t), t);
            }
        }
    }
}
