package crosscheck.digest.wording;

import static crosscheck.digest.wording.ScanTexts.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scans of {@link WordCase} find exactly what their regular expressions find ({@link ScanTexts}). */
class WordCaseTest {
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}+(?![\\p{L}'’])");
    private static final Pattern CAPITALISED_INSIDE =
            Pattern.compile("(?<=[\\p{Ll}\\d,] )(\\p{Lu}\\p{Ll}+) (?=\\p{Ll})");
    private static final Pattern STARTER_INSIDE = Pattern.compile("[\\p{L}\\d’'”\"]\\s+(?:He|She|It|They|We|The|A"
            + "|An|This|That|These|Those|There|His|Her|Their|Its)\\s+\\p{Ll}");

    @Test
    void scansFindWhatTheirExpressionsFind() {
        for (String text : ScanTexts.all()) {
            Set<String> lower = new HashSet<>();
            WordCase.addLowerCaseWords(text, lower);
            assertEquals(Set.copyOf(found(LOWER_WORD, text, 0)), lower, text);
            assertEquals(found(CAPITALISED_INSIDE, text, 1), WordCase.capitalisedInside(text), text);
            assertEquals(STARTER_INSIDE.matcher(text).find(), WordCase.starterInside(text), text);
        }
    }
}
