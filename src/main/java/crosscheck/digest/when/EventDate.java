package crosscheck.digest.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The day an event happened, and how that is known.
 *
 * @param day       the day
 * @param basis     whether the reports say so, or it is only the day the event was first reported
 * @param reportIds the reports that give the day (for {@link Basis#PUBLISHED}: those published on it), in the
 *                  order of the event's reports; never empty
 */
public record EventDate(LocalDate day, Basis basis, List<String> reportIds) {
    /** How the day of an event is known. */
    public enum Basis {
        /** The reports say the event happened on this day ("met on Tuesday", "March 26"). */
        REPORTED,
        /** No report says when it happened: this is the earliest day one of them was published. */
        PUBLISHED
    }

    public EventDate {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(basis, "basis");
        reportIds = List.copyOf(reportIds);
        if (reportIds.isEmpty()) throw new IllegalArgumentException("an event date needs the reports that give it");
    }
}
