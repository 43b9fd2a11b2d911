package crosscheck.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.clean.Block;
import crosscheck.clean.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    @Test
    void splitsParagraphsIntoSentencesAndKeepsHeadingsWhole() {
        Report article = new Report("a", "articles/a.txt", "Chiefs confer", null, null, null, null, null, null,
                List.of(Block.paragraph("Austin met Gallant. They spoke for an hour."),
                        Block.heading("Relations at all-time low"),
                        Block.paragraph("The vote passed.")),
                List.of());
        try (Analyser analyser = new Analyser()) {
            AnalysedReport analyzed = analyser.analyse(article);
            List<Sentence> sentences = analyzed.sentences();
            assertEquals(List.of("Austin met Gallant.", "They spoke for an hour.", "Relations at all-time low",
                    "The vote passed."), sentences.stream().map(Sentence::text).toList());
            assertEquals(List.of(0, 0, 1, 2), sentences.stream().map(Sentence::block).toList());
            assertTrue(sentences.get(2).heading());
            assertFalse(sentences.get(0).heading());
            assertEquals(List.of("chief", "confer"), analyzed.titleStems());
            assertEquals(1, analyzed.termCounts().get("gallant"));
        }
    }
}
