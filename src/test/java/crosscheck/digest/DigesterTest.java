package crosscheck.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.analyse.Words;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.group.Event;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DigesterTest {
    private static final List<AnalysedReport> REPORTS = List.of(
            report("a", "Defense Secretary Lloyd Austin met Israeli Defense Minister Yoav Gallant at the Pentagon on "
                    + "Tuesday. Austin said civilian casualties in Gaza were far too high and aid far too low. "
                    + "The ministers discussed the planned offensive in Rafah. He left for Israel later."),
            report("b", "Israeli Defense Minister Yoav Gallant met Defense Secretary Lloyd Austin at the Pentagon on "
                    + "Tuesday. The two discussed the planned Rafah offensive and the hostages held by Hamas. "
                    + "Officials said 253 hostages were taken on October 7."),
            report("c", "Lloyd Austin hosted Yoav Gallant at the Pentagon on Tuesday for talks on Gaza. Austin "
                    + "warned that civilian casualties in Gaza are too high and humanitarian aid too low. "
                    + "Reports said 240 people were taken prisoner on October 7."));

    private static AnalysedReport report(String id, String text) {
        Report article = new Report(id, "articles/" + id + ".txt", "Report " + id, null, null, null, null, null,
                null, List.of(Block.paragraph(text)), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    private static Digest digest(int words) {
        Event event = new Event("meeting", "Meeting", REPORTS, null, null);
        return new Digester(words).digest(event);
    }

    private static final Map<String, String> TEXT = REPORTS.stream()
            .collect(Collectors.toMap(AnalysedReport::id, a -> a.report().text()));

    @Test
    void everySummarySentenceIsWordForWordFromTheReportItCites() {
        Digest digest = digest(100);
        assertFalse(digest.summary().isEmpty());
        for (SummarySentence sentence : digest.summary()) {
            assertTrue(TEXT.get(sentence.from()).contains(sentence.text()), sentence.text());
            for (SummarySentence.Wording wording : sentence.wordings()) {
                assertTrue(TEXT.get(wording.article()).contains(wording.text()), wording.text());
            }
        }
    }

    @Test
    void aSentenceCitesEveryReportThatStatesTheSameThing() {
        SummarySentence meeting = digest(100).summary().stream()
                .filter(s -> s.text().contains("Pentagon on Tuesday") && s.text().contains("met")).findFirst()
                .orElseThrow();
        assertEquals(3, meeting.sources().size(), meeting.toString());
        assertEquals(meeting.from(), meeting.sources().get(0));
    }

    @Test
    void copiesOfOneOriginCountOnceAsIndependentSources() {
        SummarySentence apart = digest(100).summary().stream()
                .filter(s -> s.text().contains("Pentagon on Tuesday") && s.text().contains("met")).findFirst()
                .orElseThrow();
        assertEquals(3, apart.origins(), "three outlets of their own");
        Event copies = new Event("meeting", "Meeting", REPORTS, null, null, crosscheck.group.GroupingEvidence.NONE,
                List.of(List.of("a", "b"), List.of("c")), null);
        SummarySentence relayed = new Digester(100).digest(copies).summary().stream()
                .filter(s -> s.text().equals(apart.text())).findFirst().orElseThrow();
        assertEquals(apart.sources(), relayed.sources(), "every report that states it is still cited");
        assertEquals(2, relayed.origins(), "a and b are one origin: one corroboration, not two");
    }

    @Test
    void differingFiguresAreNotCountedAsSupport() {
        for (SummarySentence sentence : digest(200).summary()) {
            if (sentence.text().contains("253") || sentence.text().contains("240")) {
                assertEquals(1, sentence.sources().size(), sentence.toString());
            }
        }
    }

    @Test
    void staysWithinTheWordBudgetWithoutRepeatingItself() {
        Digest digest = digest(40);
        int words = digest.summary().stream().map(SummarySentence::text).mapToInt(Words::count).sum();
        assertTrue(words <= 40, words + " words");
        long meetings = digest.summary().stream().filter(s -> s.text().contains("Pentagon on Tuesday")).count();
        assertTrue(meetings <= 1, digest.summary().toString());
    }

    @Test
    void leavesOutSentencesThatNeedTheSentenceBefore() {
        assertTrue(digest(300).summary().stream().noneMatch(s -> s.text().startsWith("He ")));
    }

    @Test
    void reportsOfSentencesThatAllLeanOnContextStillGetASummaryCitingBoth() {
        List<AnalysedReport> reports = List.of(
                report("x", "He said Qantas would also cut capital spending by retiring some aircraft and deferring "
                        + "delivery of some new planes."),
                report("y", "He said Qantas would also reduce capital spending by retiring some aircraft and delaying "
                        + "the delivery of new planes."));
        List<SummarySentence> summary = new Digester(100).digest(new Event("qantas", "Qantas", reports, null, null))
                .summary();
        assertEquals(1, summary.size(), summary.toString());
        assertEquals(List.of("x", "y"), summary.get(0).sources().stream().sorted().toList());
    }

    @Test
    void reportsOfFragmentsOnlyGetNoSummary() {
        List<AnalysedReport> reports = List.of(report("x", "Photo: Reuters."), report("y", "Read more: our live blog"));
        assertTrue(new Digester(100).digest(new Event("bits", "Bits", reports, null, null)).summary().isEmpty());
    }

    @Test
    void summaryFollowsTheOrderOfTheReports() {
        List<SummarySentence> summary = digest(100).summary();
        Map<String, AnalysedReport> byId = REPORTS.stream()
                .collect(Collectors.toMap(AnalysedReport::id, Function.identity()));
        double previous = -1;
        for (SummarySentence sentence : summary) {
            AnalysedReport report = byId.get(sentence.from());
            int index = report.sentences().stream().filter(s -> s.text().equals(sentence.text())).findFirst()
                    .orElseThrow().index();
            double position = (double) index / (report.sentences().size() - 1);
            assertTrue(position >= previous, summary.toString());
            previous = position;
        }
    }
}
