package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.group.EventGrouper.Settings;
import crosscheck.ingest.Curation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingMemoTest {
    private static final String QUAKE = "A magnitude 6.1 earthquake struck the town of Tolmezzo on March 4, 2024, "
            + "killing 14 people. Rescuers searched the rubble of the old town through the night.";
    private static final String STRIKE = "Dock workers in the port of Varna went on strike on Friday, May 3, 2024, "
            + "over pay. The union said 3,000 members joined and demanded a raise of 12 percent.";

    private static AnalysedReport report(String id, String text) {
        Report article = new Report(id, "articles/" + id + ".txt", null, null, null, LocalDate.of(2024, 5, 3),
                null, null, null, List.of(Block.paragraph(text)), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    private static List<AnalysedReport> reports() {
        return new ArrayList<>(List.of(report("q1", QUAKE), report("q2", QUAKE), report("q3", "Rescuers say " + QUAKE),
                report("s1", STRIKE), report("s2", STRIKE + " Managers called it illegal.")));
    }

    @Test
    void aRegroupingWithTheMemoGivesTheSameEventsAsOneWithout() {
        GroupingMemo memo = new GroupingMemo();
        List<AnalysedReport> reports = reports();
        EventGrouper remembering = new EventGrouper(Settings.DEFAULT, memo);
        List<Event> first = remembering.group(reports, Curation.none());
        assertEquals(new EventGrouper(Settings.DEFAULT).group(reports, Curation.none()), first);
        assertEquals(0, memo.reused(), "nothing to reuse the first time");

        List<Event> again = remembering.group(reports, Curation.none());
        assertEquals(first, again);
        long shared = first.stream().filter(e -> e.reports().size() >= 2).count();
        assertEquals(2, shared, "the quake's and the strike's reports");
        // for each report: its dates, stems, phrases, names and the words it writes them in
        int perReport = 5;
        assertEquals(perReport * reports.size() + first.size() + shared, memo.reused(),
                "what each report mentions, each event's copies and what the reports of each event of two write in "
                        + "common");

        reports.set(3, report("s1", STRIKE.replace("3,000", "4,000"))); // a changed report is a new object
        List<Event> changed = remembering.group(reports, Curation.none());
        assertEquals(new EventGrouper(Settings.DEFAULT).group(reports, Curation.none()), changed);
        assertTrue(memo.reused() < perReport * reports.size() + first.size() + shared,
                "the changed report and its event are worked out");
        assertTrue(memo.reused() >= perReport * (reports.size() - 1),
                "the other reports are reused: " + memo.reused());
    }

    @Test
    void theNoneMemoRemembersNothing() {
        List<AnalysedReport> reports = reports();
        EventGrouper grouper = new EventGrouper(Settings.DEFAULT, GroupingMemo.none());
        grouper.group(reports, Curation.none());
        grouper.group(reports, Curation.none());
        assertEquals(0, GroupingMemo.none().reused());
    }
}
