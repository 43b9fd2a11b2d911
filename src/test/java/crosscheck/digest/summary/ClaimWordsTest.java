package crosscheck.digest.summary;

import static crosscheck.digest.wording.ScanTexts.describe;
import static crosscheck.digest.wording.ScanTexts.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.digest.wording.Scan;
import crosscheck.digest.wording.ScanTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written word scan of {@link ClaimWords}, and the patterns {@link NumberValues} and {@link ClaimText} try
 * only where a match may start, find exactly what their regular expressions find with {@code find()}.
 */
class ClaimWordsTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    /** Texts with plan markers and number words in every case, beside {@link ScanTexts}. */
    private static final List<String> MORE = List.of("He is scheduled to meet; they WILL not go, she'll see.",
            "Talks are due to resume. It won’t. We were set to win", "TWENTY-FIVE people, one of them, 2.5bn",
            "Planning to go, plans to, intends to, expects to.", "x’ll willing; bewill; a\uD835\uDC1Atwo 3k");

    @Test
    void wordsAreWhatTheExpressionFinds() {
        for (String text : texts()) {
            List<String> words = new ArrayList<>();
            for (int start = ClaimWords.start(text, 0); start >= 0; ) {
                int end = ClaimWords.end(text, start);
                words.add(text.substring(start, end));
                start = ClaimWords.start(text, end);
            }
            List<String> expected = found(WORD, text, 0);
            assertEquals(expected, words, text);
            assertEquals(expected.isEmpty() ? null : expected.get(expected.size() - 1), ClaimWords.last(text), text);
        }
    }

    @Test
    void numbersAndPlansAreWhatTheExpressionsFind() {
        for (String text : texts()) {
            assertEquals(everyMatch(NumberValues.NUMBER, text),
                    Scan.matches(NumberValues.NUMBER, text, at -> NumberValues.mayStart(text, at)).stream()
                            .map(ScanTexts::describe).toList(), text);
            assertEquals(everyMatch(ClaimText.PLAN, text),
                    Scan.matches(ClaimText.PLAN, text, at -> ClaimText.mayPlan(text, at)).stream()
                            .map(ScanTexts::describe).toList(), text);
        }
    }

    private static List<String> everyMatch(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(describe(m));
        return out;
    }

    private static List<String> texts() {
        return Stream.concat(ScanTexts.all().stream(), MORE.stream()).toList();
    }
}
