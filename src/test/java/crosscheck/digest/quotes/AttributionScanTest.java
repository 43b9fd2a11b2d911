package crosscheck.digest.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.digest.wording.ScanTexts;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Attribution#endsClause}, written by hand, answers as its regular expression does ({@link ScanTexts}). */
class AttributionScanTest {
    private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[,;:!?]+[”\"’)]*$");

    @Test
    void endsClauseIsWhatItsExpressionMatches() {
        for (String text : ScanTexts.all()) {
            for (String word : text.split("\\s+")) {
                assertEquals(ENDS_CLAUSE.matcher(word).matches(), Attribution.endsClause(word), word);
            }
        }
    }
}
