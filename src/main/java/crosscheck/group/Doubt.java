package crosscheck.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A join the grouping is least sure of, for the curator to check ({@link Doubts}). Events are named by a report in
 * them, since their addresses are given later (by the address stage).
 *
 * @param kind       what is in doubt
 * @param report     the report in doubt; for {@link Kind#LONG_SPAN}, the event's earliest report
 * @param other      a report of the other event the report fits almost as well ({@link Kind#TWO_EVENTS}), else null
 * @param own        the report's mean similarity to the other reports of its event (0 for {@link Kind#LONG_SPAN})
 * @param closest    its mean similarity to the reports of the other event it fits best, 0 when none
 * @param threshold  the least mean similarity for a merge ({@link EventGrouper.Settings#threshold})
 * @param sharedOwn  names the report shares with the other reports of its event, as written
 * @param sharedOther names it shares with the reports of the other event, as written
 * @param first      for {@link Kind#LONG_SPAN}: the earliest publication date of the event's reports, else null
 * @param last       for {@link Kind#LONG_SPAN}: the latest, else null
 * @param window     most days between a report and the dates of an event it joins
 * @param split      the reports a curator would take out of the event: the report in doubt, or for
 *                   {@link Kind#LONG_SPAN} the reports on the far side of the widest gap between publication dates
 */
public record Doubt(Kind kind, String report, String other, double own, double closest, double threshold,
                    List<String> sharedOwn, List<String> sharedOther, LocalDate first, LocalDate last, int window,
                    List<String> split) {
    /** What the grouping is unsure of, surest doubt first. */
    public enum Kind {
        /** A report that fits another event almost as well as its own. */
        TWO_EVENTS,
        /** A report whose mean similarity to its event is near the threshold of a merge. */
        BORDERLINE,
        /** An event whose reports were published further apart than the window. */
        LONG_SPAN
    }

    public Doubt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(report, "report");
        if (kind == Kind.TWO_EVENTS) Objects.requireNonNull(other, "other");
        if (kind == Kind.LONG_SPAN && (first == null || last == null)) {
            throw new IllegalArgumentException("a long span needs its first and last dates");
        }
        sharedOwn = List.copyOf(sharedOwn);
        sharedOther = List.copyOf(sharedOther);
        split = List.copyOf(split);
        if (split.isEmpty()) throw new IllegalArgumentException("a doubt names the reports to split off");
    }
}
