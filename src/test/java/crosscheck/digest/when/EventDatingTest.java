package crosscheck.digest.when;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.digest.InlineReports;
import crosscheck.digest.SampleEvent;
import crosscheck.digest.when.EventDate.Basis;
import crosscheck.group.Event;
import crosscheck.group.GroupingEvidence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDatingTest {
    private static final LocalDate SUNDAY = LocalDate.of(2024, 3, 24);
    private static final LocalDate TUESDAY = LocalDate.of(2024, 3, 26);
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 28);

    /** A report published on the day given (null: undated), of the given paragraphs. */
    private static AnalysedReport report(String id, LocalDate published, String... paragraphs) {
        return InlineReports.published(id, published, paragraphs);
    }

    /**
     * The sample reports: one, published Sunday 24 March 2024, says Gallant left for Washington that day and is to
     * meet Austin; one, undated, says they met "this Tuesday" and its photo caption (dropped by the cleaner) dates
     * the meeting "this Tuesday, March 26, 2024"; two others, undated, say Austin met him "on Tuesday". The event
     * is the meeting, on the Tuesday, not the day the trip was announced.
     */
    @Test
    void theSampleMeetingHappenedOnTuesday26March() {
        EventDate date = EventDating.of(SampleEvent.event());
        assertEquals(TUESDAY, date.day());
        assertEquals(Basis.REPORTED, date.basis());
        assertTrue(date.reportIds().containsAll(List.of(SampleEvent.R000, SampleEvent.R001, SampleEvent.R003)),
                "the reports that date the meeting: " + date.reportIds());
        assertTrue(!date.reportIds().contains(SampleEvent.R004), "the report of Sunday tells of no Tuesday");
    }

    @Test
    void aDatedReportDatesTheEventByItsWeekdays() {
        EventDate date = EventDating.of(InlineReports.event(report("a", SUNDAY,
                "Israeli Defense Minister Yoav Gallant departed for Washington on Sunday.")));
        assertEquals(new EventDate(SUNDAY, Basis.REPORTED, List.of("a")), date);
    }

    @Test
    void withoutADayInTheTextTheEventIsDatedByItsFirstReport() {
        Event event = InlineReports.event(report("late", THURSDAY, "Talks went on."),
                report("early", SUNDAY, "Talks began."), report("undated", null, "Talks, talks."));
        assertEquals(new EventDate(SUNDAY, Basis.PUBLISHED, List.of("early")), EventDating.of(event));
        assertNull(EventDating.of(InlineReports.event(report("undated", null, "Talks began."))));
    }

    @Test
    void daysLongBeforePublicationAreBackgroundNotTheEvent() {
        Event event = InlineReports.event(report("a", THURSDAY,
                "Austin recalled the attack of October 7, 2023, and the talks on March 1."));
        assertEquals(new EventDate(THURSDAY, Basis.PUBLISHED, List.of("a")), EventDating.of(event));
    }

    @Test
    void aDayToComeCountsOnceAReportTellsItHappened() {
        AnalysedReport announced = report("announced", SUNDAY, "Gallant will meet Austin on Tuesday.");
        assertEquals(Basis.PUBLISHED, EventDating.of(InlineReports.event(announced)).basis(),
                "a meeting announced may not take place");
        EventDate date = EventDating.of(InlineReports.event(announced,
                report("held", null, "Austin met Gallant on Tuesday at the Pentagon.")));
        assertEquals(new EventDate(TUESDAY, Basis.REPORTED, List.of("announced", "held")), date);
    }

    @Test
    void copiesOfOneReportVoteOnce() {
        AnalysedReport wire = report("wire", THURSDAY, "The ministers met on Monday.");
        AnalysedReport copy = report("copy", THURSDAY, "The ministers met on Monday.");
        AnalysedReport other = report("other", THURSDAY, "The ministers met on Tuesday.");
        AnalysedReport third = report("third", THURSDAY, "Tuesday's talks at the Pentagon: a summary.");
        List<AnalysedReport> reports = List.of(wire, copy, other, third);
        Event asIndependent = new Event("e", "E", reports, THURSDAY, THURSDAY);
        assertEquals(TUESDAY.minusDays(1), EventDating.of(asIndependent).day(), "two reports say Monday");
        Event withCopies = new Event("e", "E", reports, THURSDAY, THURSDAY, GroupingEvidence.NONE,
                List.of(List.of("wire", "copy"), List.of("other"), List.of("third")), null);
        assertEquals(TUESDAY, EventDating.of(withCopies).day(), "one origin says Monday, two say Tuesday");
    }

    @Test
    void aTextScrapeIsReadAgainstItsDateline() {
        EventDate date = EventDating.of(InlineReports.event(report("scrape", null,
                "Lohan checks into rehab", "May 03, 2013", "Lindsay Lohan checked into the Betty Ford Center on Thursday.")));
        assertEquals(new EventDate(LocalDate.of(2013, 5, 2), Basis.REPORTED, List.of("scrape")), date,
                "the Thursday before Friday 3 May, the dateline itself no vote");
    }

    @Test
    void withoutAnyPublicationDateADayNeedsTwoReports() {
        AnalysedReport one = report("one", null, "Felt died on Thursday.",
                "Woodward wrote about him in the Post on June 2, 2005.");
        assertNull(EventDating.of(InlineReports.event(one)), "one report's date, backed by a weekday only");
        AnalysedReport two = report("two", null, "Felt, who died on June 2, 2005, was 91.");
        assertEquals(new EventDate(LocalDate.of(2005, 6, 2), Basis.REPORTED, List.of("one", "two")),
                EventDating.of(InlineReports.event(one, two)));
        assertNull(EventDating.of(InlineReports.event(report("a", null, "Page was born on April 22, 1923."),
                report("b", null, "Page, born on April 22, 1923, died on Thursday."))), "a birthday is background");
    }

    @Test
    void checksItsArguments() {
        assertThrows(NullPointerException.class, () -> EventDating.of(null));
        assertThrows(IllegalArgumentException.class, () -> new EventDate(TUESDAY, Basis.REPORTED, List.of()));
    }
}
