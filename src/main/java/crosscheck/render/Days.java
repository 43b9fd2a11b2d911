package crosscheck.render;

import crosscheck.render.Parts.Day;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
}
