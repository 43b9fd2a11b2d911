package crosscheck.digest.when;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.digest.InlineReports;
import crosscheck.digest.SampleEvent;
import crosscheck.group.Event;
import crosscheck.group.GroupingEvidence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DevelopmentsTest {
    private static final LocalDate SUNDAY = LocalDate.of(2024, 3, 24);
    private static final LocalDate TUESDAY = LocalDate.of(2024, 3, 26);
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 28);

    /** A report published on the day given (null: undated), of the given paragraphs. */
    private static AnalysedReport report(String id, LocalDate published, String... paragraphs) {
        return InlineReports.published(id, published, paragraphs);
    }

    private static List<Development> developments(AnalysedReport... reports) {
        return EventTimeline.of(InlineReports.event(reports), List.of()).developments();
    }

    @Test
    void aWeekdayIsResolvedAgainstThePublicationDate() {
        List<Development> found = developments(report("a", SUNDAY,
                "Israeli Defense Minister Yoav Gallant departed for Washington on Sunday at the invitation of Austin.",
                "On Friday, Prime Minister Benjamin Netanyahu told Blinken in Tel Aviv that Israel would go into Rafah."));
        assertEquals(List.of(LocalDate.of(2024, 3, 22), SUNDAY), found.stream().map(d -> d.day().date()).toList(),
                "ordered by day, not by the order of the sentences");
        assertTrue(found.get(0).text().startsWith("On Friday, Prime Minister"));
        assertEquals(List.of("a"), found.get(1).sources());
    }

    @Test
    void aWeekdayIsResolvedAgainstTheDatelineOfAReportWithoutAPublicationDate() {
        Development found = developments(report("scrape", null, "May 03, 2013",
                "Lindsay Lohan checked into the Betty Ford Center in California on Thursday, her lawyer said."))
                .get(0);
        assertEquals(LocalDate.of(2013, 5, 2), found.day().date(), "the Thursday before the dateline's Friday");
    }

    @Test
    void anUndatedReportsWeekdayStaysAWeekday() {
        List<Development> found = developments(report("undated", null,
                "US Defense Secretary Lloyd Austin met his Israeli counterpart Yoav Gallant on Tuesday at the Pentagon."));
        assertEquals(1, found.size());
        DevelopmentDay day = found.get(0).day();
        assertNull(day.date(), "no date to read it against: never guessed");
        assertEquals(DayOfWeek.TUESDAY, day.weekday());
        assertNull(day.monthDay());
        assertFalse(day.resolved());
    }

    @Test
    void twoReportsStatingTheSameDevelopmentAreOneWithBothReports() {
        List<Development> found = developments(
                report("wire", THURSDAY, "The defense ministers met at the Pentagon on Tuesday to discuss the Rafah offensive."),
                report("paper", THURSDAY, "The defense ministers met on Tuesday at the Pentagon to discuss the offensive in Rafah."),
                report("other", THURSDAY, "Protesters gathered outside the White House on Tuesday to demand a ceasefire."));
        assertEquals(2, found.size(), "the meeting once, the protest apart: " + found);
        Development meeting = found.get(0);
        assertEquals(TUESDAY, meeting.day().date());
        assertEquals(List.of("wire", "paper"), meeting.sources());
        assertEquals(2, meeting.origins());
        assertEquals(List.of("wire", "paper"), meeting.wordings().stream().map(Development.Wording::report).toList());
        assertEquals(List.of("other"), found.get(1).sources());
    }

    @Test
    void theSummarysClaimMergesDifferentWordingsAndItsSentenceIsShown() {
        String own = "Austin met Gallant at the Pentagon on Tuesday for talks about the war in Gaza.";
        String other = "On Tuesday the two defense chiefs sat down in Washington and discussed the fighting.";
        AnalysedReport a = report("a", THURSDAY, own);
        AnalysedReport b = report("b", null, other);
        Event event = InlineReports.event(b, a);
        List<Development> apart = EventTimeline.of(event, List.of()).developments();
        assertEquals(2, apart.size(), "without the summary the two wordings share too few words");
        SummaryClaim claim = new SummaryClaim(own, Map.of("a", own, "b", other));
        List<Development> merged = EventTimeline.of(event, List.of(claim)).developments();
        assertEquals(1, merged.size());
        Development meeting = merged.get(0);
        assertEquals(own, meeting.text(), "the summary's sentence");
        assertEquals(List.of("a", "b"), meeting.sources(), "its own report first");
        assertEquals(TUESDAY, meeting.day().date(), "the dated report dates the undated one's Tuesday");
        assertTrue(meeting.summary());
    }

    @Test
    void copiesOfOneOriginCountOnce() {
        String text = "The ministers met at the Pentagon on Monday to discuss aid deliveries to Gaza.";
        List<AnalysedReport> reports = List.of(report("wire", THURSDAY, text), report("copy", THURSDAY, text));
        Event event = new Event("e", "E", reports, THURSDAY, THURSDAY, GroupingEvidence.NONE,
                List.of(List.of("wire", "copy")), null);
        Development found = EventTimeline.of(event, List.of()).developments().get(0);
        assertEquals(List.of("wire", "copy"), found.sources());
        assertEquals(1, found.origins());
    }

    @Test
    void nothingIsInvented() {
        AnalysedReport a = report("a", THURSDAY,
                "Austin recalled the attack of October 7, 2023, which killed about 1,200 people in Israel.",
                "The ministers will meet again on Monday to review the aid corridor by sea.",
                "“Today we stand together with our ally,” Austin told reporters at the Pentagon.",
                "Talks went on late into the night.",
                "Yoav Gallant met Lloyd Austin at the Pentagon on Tuesday and discussed the hostages.");
        List<Development> found = developments(a);
        Set<String> sentences = new HashSet<>(a.sentences().stream().map(Sentence::text).toList());
        for (Development development : found) {
            assertTrue(sentences.contains(development.text()), "word for word: " + development.text());
            development.wordings().forEach(w -> assertTrue(sentences.contains(w.text())));
        }
        assertEquals(List.of(TUESDAY, LocalDate.of(2024, 4, 1)), found.stream().map(d -> d.day().date()).toList(),
                "no background (October 7), no speaker's 'today', no day a sentence does not give");
        assertTrue(found.get(1).toCome(), "a meeting announced is marked as to come");
        assertFalse(found.get(0).toCome());
        assertEquals(List.of(), developments(report("none", THURSDAY, "Talks went on late into the night in Cairo.")));
        assertEquals(List.of(), developments(report("undated", null, "Talks went on late into the night in Cairo.")));
    }

    @Test
    void aFewDevelopmentsADay() {
        String[] sentences = {"Soldiers crossed the northern border into the valley on Tuesday morning.",
            "Aid trucks reached the southern crossing point near Rafah on Tuesday afternoon.",
            "The foreign ministers spoke by telephone about prisoners on Tuesday evening.",
            "Hospitals in the city reported power cuts across three districts on Tuesday."};
        List<Development> found = developments(report("a", THURSDAY, sentences));
        assertEquals(Developments.PER_DAY, found.size());
        assertEquals(List.of(sentences[0], sentences[1], sentences[2]),
                found.stream().map(Development::text).toList(), "the first the report gives");
    }

    @Test
    void theSampleEventTellsWhatHappenedBeforeTheMeeting() {
        List<Development> found = EventTimeline.of(SampleEvent.event(), List.of()).developments();
        Development friday = found.get(0);
        assertEquals(LocalDate.of(2024, 3, 22), friday.day().date());
        assertEquals(List.of(SampleEvent.R004), friday.sources());
        assertTrue(found.stream().anyMatch(d -> SUNDAY.equals(d.day().date()) && d.text().contains("departed")));
        assertTrue(found.stream().anyMatch(d -> !d.day().resolved() && d.day().weekday() == DayOfWeek.TUESDAY
                && d.text().contains("met with his Israeli counterpart")), "the undated reports' Tuesday: " + found);
    }

    @Test
    void checksItsArguments() {
        assertThrows(NullPointerException.class, () -> EventTimeline.of(null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new DevelopmentDay(null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Development(DevelopmentDay.of(TUESDAY), "x", "a",
                List.of("b"), List.of(new Development.Wording("b", "x")), 1, false, false));
    }
}
