package crosscheck.render;

import crosscheck.digest.when.EventDate;
import crosscheck.render.Parts.Day;
import crosscheck.render.Parts.EventDay;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates for pages: ISO for machines, "26 March 2024" for readers, in a fixed locale. */
final class Days {
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Days() {
    }

    /** The day, or null for an unknown date. */
    static Day of(LocalDate date) {
        return date == null ? null : new Day(date.toString(), TEXT.format(date));
    }

    /** The day an event happened, or null when nothing dates it. */
    static EventDay of(EventDate date) {
        if (date == null) return null;
        LocalDate day = date.day();
        return new EventDay(day.toString(), TEXT.format(day),
                day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                date.basis() == EventDate.Basis.REPORTED);
    }
}
