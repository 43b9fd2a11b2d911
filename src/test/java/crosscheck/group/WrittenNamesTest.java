package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A report's names are read once, over all the grouping's name words, and split for fewer name words. */
class WrittenNamesTest {
    private static AnalysedReport report(String text) {
        Report article = new Report("r", "articles/r.txt", null, null, null, null, null, null, null,
                List.of(Block.paragraph(text)), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    @Test
    void runsOfNameWordsAreSplitAtWordsThatAreNotAmongThem() {
        AnalysedReport report = report("Defence Minister Yoav Gallant met Lloyd Austin in Washington on Tuesday.");
        WrittenNames names = WrittenNames.of(report, List.of(),
                Set.of("Defence", "Minister", "Yoav", "Gallant", "Lloyd", "Austin", "Washington"));
        assertEquals(Set.of("Yoav Gallant", "Lloyd Austin", "Washington"), names.names(),
                "titles before a name of two words are left out");
        assertEquals(Set.of("Yoav", "Austin", "Washington"), names.names(Set.of("Yoav", "Austin", "Washington")),
                "the same runs, broken at the words left out");
    }

    @Test
    void nameWordsAreCapitalisedSurfacesWithoutMonthsOrWeekdays() {
        AnalysedReport report = report("On Tuesday, Lloyd Austin met Yoav Gallant. In March, Austin spoke again.");
        List<String> words = WrittenNames.nameWords(report);
        assertEquals(List.of(), words.stream().filter(w -> w.equals("Tuesday") || w.equals("March")).toList());
        assertEquals(true, words.contains("Austin"), words.toString());
    }

    @Test
    void wordsAreRunsOfLettersAndMarksWithHyphensInside() {
        AnalysedReport report = report("Jean-Luc Picard flew from São Paulo to Zoe\u0308 Ελλάδα; -Kirk stayed, Spock  Uhura.");
        WrittenNames names = WrittenNames.of(report, List.of(), Set.of("Jean-Luc", "Picard", "São", "Paulo",
                "Zoe\u0308", "Ελλάδα", "Kirk", "Spock", "Uhura"));
        assertEquals(List.of(List.of("Jean-Luc", "Picard"), List.of("São", "Paulo"), List.of("Zoe\u0308", "Ελλάδα"),
                List.of("Kirk"), List.of("Spock"), List.of("Uhura")), names.runs(),
                "a hyphen inside a word is part of it, one before it is not; two spaces break a run");
    }
}
