package crosscheck.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

    private static LocalDate first(String text) {
        return DateFinder.first(text, DateFinder.Form.ALL, DateFinder::isPageYear).map(DateFinder.Found::date)
                .orElse(null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "date 2024-03-24 MAR 26, 2024 | 2024-03-24",
        "JNS - Jewish News Syndicate 24.03.2024 | 2024-03-24",
        "MAR 26, 2024 JLM 64°F | 2024-03-26",
        "Posted on March 3rd, 2012 by Jane | 2012-03-03",
        "Monday 5 August 2012 | 2012-08-05",
        "10/07/2012 02:44:00 PM | 2012-10-07",
        "2024-03-26T09:12:00Z | 2024-03-26",
        "Fri., May. 3, 2013 11: 45 AM PDT | 2013-05-03",
        "the 26th of Sept., 2024 | 2024-09-26",
        "26/03/24 | 2024-03-26",
    })
    void findsTheFirstDate(String text, LocalDate date) {
        assertEquals(date, first(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"32.13.2024", "page 12 of 300", "version 2.5.1", "March 5", "1/1/1800"})
    void ignoresWhatIsNoDate(String text) {
        assertNull(first(text), text);
    }

    @Test
    void givesEveryDateOfTheFormsAskedForWhereItIs() {
        String text = "On March 4, 2024 and 6 March 1776, not 24.03.2024, and on 2024-03-07.";
        List<DateFinder.Found> all = DateFinder.all(text, EnumSet.of(DateFinder.Form.ISO,
                DateFinder.Form.MONTH_DAY_YEAR, DateFinder.Form.DAY_MONTH_YEAR));
        assertEquals(List.of(new DateFinder.Found(LocalDate.of(2024, 3, 7), 58, 68),
                new DateFinder.Found(LocalDate.of(2024, 3, 4), 3, 16),
                new DateFinder.Found(LocalDate.of(1776, 3, 6), 21, 33)), all);
        assertEquals(LocalDate.of(2024, 3, 4), first(text), "the first, of a year a page's date may have");
    }

    @ParameterizedTest
    @CsvSource({"20240324, 2024-03-24", "2024-03-24T10:00:00+02:00, 2024-03-24", "18000101, "})
    void parsesMachineDates(String value, LocalDate date) {
        assertEquals(date, DateFinder.parse(value));
        assertNull(DateFinder.parse(null));
    }

    @Test
    void daysAreNamedTheSameWayWhateverWayTheTextWroteThem() {
        List<DateFinder.Day> days = DateFinder.days("On Oct. 7th, 2023 and 8 October, and on the 9th of October; "
                + "they may 12 times; March 45 is none, nor is MARCH 5.");
        assertEquals(List.of("October 7", "October 8", "October 9"), days.stream().map(DateFinder.Day::name).toList());
        assertEquals(3, days.get(0).start());
        assertEquals(17, days.get(0).end(), "the year is part of the day as written");
        assertEquals(List.of("March 6"), DateFinder.days("5 March 6, 2024").stream().map(DateFinder.Day::name).toList(),
                "month first wins where both readings overlap");
        assertEquals(12, DateFinder.days("on 7 October.").get(0).end(), "a sentence's full stop is no abbreviation's dot");
        assertEquals(List.of("May 3"), DateFinder.days("Fri., May. 3, 2013").stream().map(DateFinder.Day::name).toList());
    }

    @Test
    void yearsStandAloneNotInFigures() {
        assertEquals(List.of(2008, 1999), DateFinder.years("It cost $2,013 million or 2013.5 units, the 2008 report "
                + "said, up 2000% since 1999."));
    }

    @Test
    void namesTimesAndAgo() {
        assertTrue(DateFinder.isCalendarWord("Mon,"));
        assertTrue(DateFinder.isCalendarWord("SEPT.:"));
        assertTrue(DateFinder.isCalendarWord("thursday"));
        assertFalse(DateFinder.isCalendarWord("Marc"));
        assertTrue(DateFinder.saysHowLongAgo("reader262 2 days ago"));
        assertTrue(DateFinder.hasAmPmTime("July 5, 2012 at 3:15 pm"));
        assertFalse(DateFinder.hasAmPmTime("23:47"));
        assertTrue(DateFinder.hasClockTime("23:47"));
    }
}
