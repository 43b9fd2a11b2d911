package crosscheck.digest.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.digest.wording.ScanTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link Quantities#numbers}, which tries its pattern only where a number may start, finds exactly what the pattern
 * finds with {@code find()} ({@link ScanTexts}).
 */
class QuantitiesScanTest {
    @Test
    void numbersAreWhatFindFinds() {
        for (String text : ScanTexts.all()) {
            List<String> numbers = new ArrayList<>();
            Matcher m = Quantities.NUMBER.matcher(text);
            while (m.find()) numbers.add(ScanTexts.describe(m));
            assertEquals(numbers, Quantities.numbers(text).stream().map(ScanTexts::describe).toList(), text);
        }
    }
}
