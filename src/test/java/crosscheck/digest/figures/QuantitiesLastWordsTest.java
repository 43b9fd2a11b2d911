package crosscheck.digest.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.digest.wording.ScanTexts;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The patterns read before a number find a match in {@link Quantities#lastWords} exactly when they find one in the
 * whole text before it, at every place of every {@link ScanTexts} text.
 */
class QuantitiesLastWordsTest {
    @Test
    void patternsBeforeANumberFindTheSameInTheLastTwoWords() {
        for (String text : ScanTexts.all()) {
            for (int end = 0; end <= text.length(); end++) {
                String tail = Quantities.lastWords(text, end);
                for (Pattern pattern : Quantities.NO_COUNT_BEFORE) {
                    assertEquals(pattern.matcher(text.substring(0, end)).find(), pattern.matcher(tail).find(),
                            pattern + " before " + end + " of " + text);
                }
            }
        }
    }
}
