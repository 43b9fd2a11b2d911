package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.group.EventGrouper.Settings;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "why grouped" evidence names what the reports share as a reader would write it, not stems. */
class GroupingEvidenceTest {
    /** A Wednesday: "on Tuesday" in reports of that day is 26 March 2024. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 27);
    private static final String MEETING_1 = "Israeli Defence Minister Yoav Gallant met Lloyd Austin at the Pentagon "
            + "on Tuesday to discuss the planned offensive in Rafah. The health ministry in Gaza counts 32,000 killed "
            + "since the war began. Gallant told reporters the talks were frank.";
    private static final String MEETING_2 = "Defence Minister Yoav Gallant and Lloyd Austin held talks at the Pentagon on Tuesday about "
            + "Rafah, where more than a million people shelter. Officials in Gaza say 32,000 killed so far. Lloyd "
            + "Austin called the meeting useful.";
    private static final String HARVEST = "Farmers near Ruse lost their wheat harvest to floods on Monday, and the "
            + "regional governor asked the army for 200 boats and sandbags.";

    private static AnalysedReport report(String id, String title, String text, LocalDate date) {
        Report article = new Report(id, "articles/" + id + ".txt", title, null, null, date, null, null, null,
                List.of(Block.paragraph(text)), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    private static Event meeting() {
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(List.of(
                report("m1", "Gallant meets Austin at the Pentagon", MEETING_1, WEDNESDAY),
                report("m2", "Austin and Gallant talk Rafah", MEETING_2, WEDNESDAY),
                report("h1", "Floods ruin the Ruse harvest", HARVEST, WEDNESDAY)));
        return events.stream().filter(e -> e.reports().size() == 2).findFirst()
                .orElseThrow(() -> new AssertionError("the two meeting reports are one event: " + events));
    }

    @Test
    void namesAreSharedAsTheReportsWriteThemWholeNotAsStems() {
        GroupingEvidence evidence = meeting().evidence();
        assertTrue(evidence.names().contains("Yoav Gallant"), evidence.names().toString());
        assertTrue(evidence.names().contains("Lloyd Austin"), evidence.names().toString());
        assertTrue(evidence.names().contains("Rafah"), evidence.names().toString());
        assertFalse(evidence.names().contains("Gallant"), "a name inside a longer shared one is not repeated");
        assertTrue(evidence.names().stream().noneMatch(n -> n.contains("Minister")), "titles before a name are "
                + "left out, so that 'Israeli Defence Minister Yoav Gallant' and 'Defence Minister Yoav Gallant' "
                + "are one name: " + evidence.names());
        assertTrue(evidence.names().stream().noneMatch(n -> n.equals(n.toLowerCase())), "no stems: "
                + evidence.names());
        assertFalse(evidence.names().contains("Ruse"), "only what the event's reports share");
    }

    @Test
    void figuresKeepTheirWordAndDaysAreReadAgainstPublication() {
        GroupingEvidence evidence = meeting().evidence();
        assertEquals("32,000 killed", evidence.figures().get(0), evidence.figures().toString());
        assertEquals(List.of(LocalDate.of(2024, 3, 26)), evidence.days(), "both say 'on Tuesday', a day before");
    }

    @Test
    void eachReportIsTiedToTheOthersByRareNamesPhrasesAndSimilarity() {
        Event event = meeting();
        List<GroupingEvidence.Tie> ties = event.evidence().ties();
        assertEquals(List.of("m1", "m2"), ties.stream().map(GroupingEvidence.Tie::report).sorted().toList());
        for (GroupingEvidence.Tie tie : ties) {
            assertTrue(tie.rareNames() >= 2, tie.toString());
            assertTrue(tie.phrases() >= 1, tie.toString());
            assertTrue(tie.similarity() >= Settings.DEFAULT.threshold(), tie.toString());
        }
    }

    @Test
    void aReportOnItsOwnHasNoEvidence() {
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(List.of(
                report("h1", "Floods ruin the Ruse harvest", HARVEST, WEDNESDAY)));
        assertTrue(events.get(0).evidence().isEmpty());
    }
}
