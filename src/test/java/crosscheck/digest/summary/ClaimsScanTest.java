package crosscheck.digest.summary;

import static crosscheck.digest.wording.ScanTexts.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.digest.wording.ScanTexts;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Claims#anchors}, which tries its patterns only where a number or a name may start, finds exactly what the
 * patterns find with {@code find()} ({@link ScanTexts}).
 */
class ClaimsScanTest {
    @Test
    void anchorsAreWhatFindFinds() {
        for (String text : ScanTexts.all()) assertEquals(anchorsByFind(text), Claims.anchors(text), text);
    }

    /** The anchors of a sentence, found with {@code find()}. */
    private static Claims.Anchors anchorsByFind(String sentence) {
        Set<String> numbers = new HashSet<>();
        for (String number : found(Claims.NUMBER, sentence, 0)) numbers.add(number.replace(",", ""));
        Set<String> names = new HashSet<>();
        for (String name : found(Claims.NAME, sentence, 0)) {
            for (String word : name.split("\\s+")) {
                names.add(word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word);
            }
        }
        return new Claims.Anchors(numbers, names);
    }
}
