package crosscheck.digest.when;

import crosscheck.dates.ReportedDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;

/**
 * The day of a development as the reports give it: a date, or, when the report that gives it has no date to read it
 * against, only the weekday ("Tuesday") or the day of a month ("26 March") it names. An unknown date is never
 * guessed.
 *
 * @param date     the day, or null when it cannot be known
 * @param weekday  its weekday: the date's, else the one the text names; null when neither is known
 * @param monthDay its month and day: the date's, else the ones the text names; null when neither is known
 */
public record DevelopmentDay(LocalDate date, DayOfWeek weekday, MonthDay monthDay) {
    /**
     * Dated days first, in order; then the undated, by the day of the month they name, then by weekday, Monday first
     * (one order among the many they may really have: nothing places an undated Tuesday before or after a date).
     */
    public static final Comparator<DevelopmentDay> ORDER = Comparator
            .comparing(DevelopmentDay::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DevelopmentDay::monthDay, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DevelopmentDay::weekday, Comparator.nullsLast(Comparator.naturalOrder()));

    public DevelopmentDay {
        if (date != null) {
            weekday = date.getDayOfWeek();
            monthDay = MonthDay.from(date);
        }
        if (weekday == null && monthDay == null) {
            throw new IllegalArgumentException("a development's day needs a date, a weekday or a day of a month");
        }
    }

    /** A known date. */
    public static DevelopmentDay of(LocalDate date) {
        return new DevelopmentDay(date, null, null);
    }

    /** The day a sentence refers to, as far as it is known. */
    static DevelopmentDay of(ReportedDay day) {
        return new DevelopmentDay(day.date(), day.weekday(), day.monthDay());
    }

    /** Whether the date is known. */
    public boolean resolved() {
        return date != null;
    }

    /**
     * Whether the two may be the same day: equal dates; a date and an undated day that names its weekday or its day
     * of the month; two undated days that name the same.
     */
    boolean mayBe(DevelopmentDay other) {
        if (resolved() && other.resolved()) return date.equals(other.date);
        if (resolved() != other.resolved()) {
            DevelopmentDay known = resolved() ? this : other;
            DevelopmentDay named = resolved() ? other : this;
            return (named.weekday == null || named.weekday == known.weekday)
                    && (named.monthDay == null || named.monthDay.equals(known.monthDay));
        }
        return java.util.Objects.equals(weekday, other.weekday) && java.util.Objects.equals(monthDay, other.monthDay);
    }

    /** Of the two, the one that says more: the date when one is known. */
    DevelopmentDay better(DevelopmentDay other) {
        if (resolved() || !other.resolved()) return this;
        return other;
    }
}
