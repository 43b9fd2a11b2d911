package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PairEvidenceTest {
    private static AnalysedReport report(String id, String text, LocalDate date) {
        Report article = new Report(id, "articles/" + id + ".txt", null, null, null, date, null, null, null,
                List.of(Block.paragraph(text)), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    @Test
    void everyPairOfASmallSiteIsWeighedAndTheSameStoryWeighsMost() {
        List<AnalysedReport> reports = List.of(
                report("quake-1", "A magnitude 6.1 earthquake struck Tolmezzo on Monday, killing 14 people. Mayor "
                        + "Franco Bassi said 300 residents had lost their homes.", LocalDate.of(2024, 3, 4)),
                report("quake-2", "Mayor Franco Bassi said 300 people in Tolmezzo were homeless after the 6.1 "
                        + "earthquake killed 14 on Monday.", LocalDate.of(2024, 3, 5)),
                report("strike", "Dock workers in the port of Varna went on strike over pay on Friday, halting "
                        + "container traffic.", null));
        Map<String, PairEvidence> pairs = PairEvidence.of(reports, EventGrouper.Settings.DEFAULT).stream()
                .collect(Collectors.toMap(p -> p.a() + " " + p.b(), Function.identity()));
        assertEquals(3, pairs.size());
        PairEvidence story = pairs.get("quake-1 quake-2");
        assertEquals(1, story.daysApart());
        assertEquals(-1, pairs.get("quake-1 strike").daysApart());
        assertTrue(story.weight() > pairs.get("quake-1 strike").weight());
        assertTrue(story.weight() > pairs.get("quake-2 strike").weight());
        assertTrue(story.words() > 0 && story.similarity() > 0);
    }
}
