package crosscheck.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A day one sentence of a report refers to, found by {@link ReportedDays#of}.
 *
 * @param date     the day, or null when it cannot be known: a weekday, a day without a year or "yesterday" in a
 *                 report whose publication date is unknown
 * @param how      how the text gives it
 * @param tense    whether the words nearest to it tell of something done or of something to come
 * @param weekday  the weekday the text names ("Tuesday", also in "Tuesday, March 26"), or null
 * @param monthDay the month and day the text names ("March 26"), or null for a weekday or a relative day
 * @param sentence the index of the sentence in the list given, from 0
 * @param start    where in the sentence the words that give the day begin
 * @param end      where they end (exclusive)
 */
public record ReportedDay(LocalDate date, How how, Tense tense, DayOfWeek weekday, MonthDay monthDay, int sentence,
                          int start, int end) {
    /** How a sentence gives a day. */
    public enum How {
        /** A month and a day, with or without a year: "26 March 2024", "March 26", "2024-03-26". */
        EXPLICIT,
        /** A weekday: "on Tuesday", "Tuesday's meeting", "last Tuesday", "next Tuesday". */
        WEEKDAY,
        /** A day counted from the day of publication: "yesterday", "today", "tonight", "last night", "tomorrow". */
        RELATIVE
    }

    /** What the verb nearest to the day tells: in its clause, the closest one before it, else the first after. */
    public enum Tense {
        /** Something done: "met on Tuesday", "On Monday, the visit was cancelled". */
        PAST,
        /** Something to come: "will meet on Tuesday", "is expected to meet on Tuesday", "next Tuesday". */
        FUTURE,
        /** Neither can be told. */
        UNMARKED
    }

    public ReportedDay {
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(tense, "tense");
        if (date == null && weekday == null && monthDay == null) {
            throw new IllegalArgumentException("a reported day needs a date, a weekday or a day of a month");
        }
        if (sentence < 0) throw new IllegalArgumentException("sentence index is negative: " + sentence);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** Whether the day is known. */
    public boolean resolved() {
        return date != null;
    }

    /**
     * Whether the text may mean this day: the day itself when known, else any day of the weekday or of the month
     * and day it names ("Tuesday" may be 26 March 2024; "March 26" may be 26 March of any year).
     */
    public boolean couldBe(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (date != null) return date.equals(day);
        if (monthDay != null && !monthDay.equals(MonthDay.from(day))) return false;
        return weekday == null || weekday == day.getDayOfWeek();
    }
}
