package crosscheck.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.clean.language.LanguageSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysed report exposes the cleaned report's language, for grouping to compare with the site's. */
class AnalysedLanguageTest {
    @Test
    void theLanguageAndItsSourceCarryThroughAnalysisAndPinning() {
        Report report = new Report("a", "articles/a.html", null, null, null, null, null, "pt-BR",
                LanguageSource.TEXT_OVER_PAGE, null, List.of(Block.paragraph("O ministro chegou.")), List.of(),
                List.of(), false);
        try (Analyser analyser = new Analyser()) {
            AnalysedReport analysed = analyser.analyse(report);
            assertEquals("pt", analysed.primaryLanguage());
            AnalysedReport pinned = analysed.pinnedTo("some-event");
            assertEquals("pt-BR", pinned.report().language());
            assertEquals(LanguageSource.TEXT_OVER_PAGE, pinned.report().languageSource());
            assertEquals("some-event", pinned.report().event());
        }
    }

    @Test
    void anUnknownLanguageIsNull() {
        Report report = new Report("a", "articles/a.txt", null, null, null, null, null, null, null,
                List.of(Block.paragraph("Short.")), List.of());
        try (Analyser analyser = new Analyser()) {
            assertNull(analyser.analyse(report).primaryLanguage());
        }
    }
}
