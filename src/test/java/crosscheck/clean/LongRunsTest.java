package crosscheck.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.LinearTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hostile page with one long run (of capitals, initials, dots, quotes, spaces...) is cleaned in time linear in its
 * length: a run of 100,000 capitals once kept the cleaner in one boilerplate rule for minutes. Each pattern is also
 * checked alone in {@code crosscheck.LinearPatternsTest}; this checks them where the cleaner runs them.
 */
class LongRunsTest {
    private static final List<String> RUNS = List.of("A", "A.", "A. ", ".", "\"", "1", "-", "Aa ", "Photo: ",
            "(Photo: ", "By A ", "a.", "J.) ");

    @Test
    void aParagraphOfOneLongRunIsCleanedInLinearTime() {
        for (String run : RUNS) {
            for (boolean html : new boolean[] {true, false}) {
                double growth = LinearTime.growth(2000, n -> run.repeat(n / run.length()),
                        text -> {
                            if (html) Reports.html("<html><body><article><p>" + text + "</p></article></body></html>");
                            else Reports.text(text + "\n\nA short sentence closes the report.\n");
                        });
                assertTrue(growth < LinearTime.MAX_GROWTH, () -> (html ? "page" : "scrape") + " of \"" + run
                        + "\" repeated: 8 times the length took " + Math.round(growth) + " times as long");
            }
        }
    }
}
