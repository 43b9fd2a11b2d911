package crosscheck.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.dates.ReportedDay.How;
import crosscheck.dates.ReportedDay.Tense;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedDaysTest {
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 28);

    private static List<ReportedDay> days(String sentence, LocalDate published) {
        return ReportedDays.of(List.of(sentence), published);
    }

    /** The one day the sentence refers to. */
    private static ReportedDay only(String sentence, LocalDate published) {
        List<ReportedDay> days = days(sentence, published);
        assertEquals(1, days.size(), sentence + ": " + days);
        return days.get(0);
    }

    @ParameterizedTest(name = "{0}, published {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // news convention: a weekday is the latest such day on or before the day of publication
        "Austin met Gallant on Tuesday.                       | 2024-03-28 | 2024-03-26",
        "Austin met Gallant on Tuesday.                       | 2024-03-26 | 2024-03-26",
        "Tuesday's meeting was tense.                         | 2024-03-28 | 2024-03-26",
        "Defense Secretary Lloyd Austin on Tuesday urged Israel to stop. | 2024-03-31 | 2024-03-26",
        "They met last Tuesday.                               | 2024-03-26 | 2024-03-19",
        "They meet next Tuesday.                              | 2024-03-26 | 2024-04-02",
        "Gallant will meet Austin on Tuesday.                 | 2024-03-24 | 2024-03-26",
        "He is expected to meet Burns on Tuesday.             | 2024-03-25 | 2024-03-26",
        "Gallant is scheduled to fly out on Tuesday.          | 2024-03-26 | 2024-03-26",
        "Formal charges are expected Tuesday.                 | 2024-03-24 | 2024-03-26",
        "A ruling is due on Tuesday.                          | 2024-03-24 | 2024-03-26",
        "The ruling was expected on Tuesday.                  | 2024-03-28 | 2024-03-26",
    })
    void readsAWeekdayAgainstThePublicationDate(String sentence, LocalDate published, LocalDate day) {
        ReportedDay found = only(sentence, published);
        assertEquals(day, found.date());
        assertEquals(How.WEEKDAY, found.how());
        assertEquals(DayOfWeek.TUESDAY, found.weekday());
    }

    @Test
    void tellsWhatWasDoneFromWhatIsToCome() {
        List<ReportedDay> days = days("Gallant met Sullivan on Monday and will meet Burns on Tuesday.", THURSDAY);
        assertEquals(List.of(Tense.PAST, Tense.FUTURE), days.stream().map(ReportedDay::tense).toList());
        assertEquals(List.of(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 3, 28).plusDays(5)),
                days.stream().map(ReportedDay::date).toList(), "the Tuesday to come is after publication");
        assertEquals(Tense.PAST, only("On Monday, the visit was abruptly canceled.", THURSDAY).tense());
        assertEquals(Tense.UNMARKED, only("Monday: talks", THURSDAY).tense());
        assertEquals(Tense.FUTURE, only("The awards will be handed out on February 22.", THURSDAY).tense());
    }

    @ParameterizedTest(name = "{0}, published {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "The meeting on 26 March 2024 was short.     | 2024-04-30 | 2024-03-26",
        "The meeting on March 26, 2024 was short.    |            | 2024-03-26",
        "Officials met on March 26.                  | 2024-03-28 | 2024-03-26",
        "Officials met on December 30.               | 2024-01-03 | 2023-12-30",
        "Talks will resume on January 5.             | 2023-12-20 | 2024-01-05",
        "The 2024-03-26 meeting ended.               | 2025-01-01 | 2024-03-26",
    })
    void readsDates(String sentence, LocalDate published, LocalDate day) {
        ReportedDay found = only(sentence, published);
        assertEquals(day, found.date());
        assertEquals(How.EXPLICIT, found.how());
        assertEquals(MonthDay.from(day), found.monthDay());
    }

    @Test
    void aWeekdayWrittenWithItsDateIsOneDay() {
        String caption = "Gallant speaks during his meeting with Austin this Tuesday, March 26, 2024, at the Pentagon";
        ReportedDay found = only(caption, null);
        assertEquals(LocalDate.of(2024, 3, 26), found.date());
        assertEquals(DayOfWeek.TUESDAY, found.weekday());
        assertEquals("March 26, 2024", caption.substring(found.start(), found.end()));
    }

    @Test
    void withoutAPublicationDateWeekdaysAndDaysWithoutAYearStayUnresolved() {
        List<ReportedDay> days = ReportedDays.of(List.of("Austin met Gallant on Tuesday.",
                "Yesterday's talks, and those of March 26, went well."), null);
        assertEquals(2, days.size(), "'yesterday' means nothing without the day of publication: " + days);
        ReportedDay tuesday = days.get(0);
        assertFalse(tuesday.resolved());
        assertTrue(tuesday.couldBe(LocalDate.of(2024, 3, 26)));
        assertFalse(tuesday.couldBe(LocalDate.of(2024, 3, 27)));
        ReportedDay march26 = days.get(1);
        assertNull(march26.date());
        assertEquals(1, march26.sentence());
        assertTrue(march26.couldBe(LocalDate.of(2019, 3, 26)));
        assertFalse(march26.couldBe(LocalDate.of(2019, 3, 25)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The strike came yesterday.             | 2024-03-27",
        "Yesterday, rockets hit the town.       | 2024-03-27",
        "Officials met last night.              | 2024-03-27",
        "Talks resume today.                    | 2024-03-28",
        "He speaks tonight.                     | 2024-03-28",
        "The vote is tomorrow.                  | 2024-03-29",
    })
    void readsDaysCountedFromPublication(String sentence, LocalDate day) {
        ReportedDay found = only(sentence, THURSDAY);
        assertEquals(day, found.date());
        assertEquals(How.RELATIVE, found.how());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "He told USA Today about it.",
        "On Good Friday crowds gathered.",
        "The Sunday Times reported it.",
        "Super Tuesday decides a lot.",
        "They meet on Tuesdays.",
        "It was the worst Patch Tuesday in months.",
        "In May 2024 the war went on.",
    })
    void ignoresNamesThatAreNoDays(String sentence) {
        assertEquals(List.of(), days(sentence, THURSDAY));
    }

    @Test
    void keepsWhereEachDayWasFound() {
        List<String> sentences = List.of("Nothing here.", "On Friday, Netanyahu told Blinken; Gallant left on Sunday.");
        List<ReportedDay> days = ReportedDays.of(sentences, LocalDate.of(2024, 3, 24));
        assertEquals(2, days.size());
        assertEquals(List.of("On Friday", "on Sunday"), days.stream()
                .map(d -> sentences.get(d.sentence()).substring(d.start(), d.end())).toList());
        assertEquals(List.of(LocalDate.of(2024, 3, 22), LocalDate.of(2024, 3, 24)),
                days.stream().map(ReportedDay::date).toList());
    }

    @Test
    void findsTheDatelineOfATextScrape() {
        assertEquals(LocalDate.of(2013, 5, 3), ReportedDays.dateline(List.of(
                "http: / / articles. latimes. com / 2013 / may / 03 / local / la - me - 0504 - lohan - rehab",
                "Lindsay Lohan checks into Betty Ford Center", "May 03, 2013", "After skipping out ...")));
        assertEquals(LocalDate.of(2024, 3, 24), ReportedDays.dateline(List.of("Gallant heads to US",
                "JNS - Jewish News Syndicate 24.03.2024")));
        assertNull(ReportedDays.dateline(List.of("A long sentence of the report that happens to name a date, "
                + "March 26, 2024, among many other words.")), "a date inside prose is no dateline");
        assertNull(ReportedDays.dateline(List.of("Pinup icon Bettie Page died.", "Page was born on April 22, 1923.")),
                "a short sentence with a verb is no dateline");
        assertEquals(LocalDate.of(2013, 9, 9), ReportedDays.dateline(List.of("9 September 2013 Last updated at 14:39")));
        assertNull(ReportedDays.dateline(List.of()));
    }

    @Test
    void checksItsArguments() {
        assertThrows(NullPointerException.class, () -> ReportedDays.of(null, THURSDAY));
        assertThrows(NullPointerException.class, () -> ReportedDays.of(Arrays.asList("ok", null), THURSDAY));
        assertThrows(NullPointerException.class, () -> ReportedDays.dateline(null));
        assertThrows(IllegalArgumentException.class,
                () -> new ReportedDay(null, How.WEEKDAY, Tense.PAST, null, null, 0, 0, 1));
    }

    @Test
    void takesTimeLinearInTheText() {
        String clause = "Officials met on Tuesday and will meet on Friday, March 29, before talks resume today ";
        String sentence = clause.repeat(20_000); // 1.7 million characters, 60,000 days, no clause bounds
        List<ReportedDay> days = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> days(sentence, THURSDAY)); // a reading that compared every day with every other took minutes
        assertEquals(60_000, days.size(), "'Friday, March 29' is one day");
    }
}
