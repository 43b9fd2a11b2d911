package crosscheck.address;

import java.util.List;
import java.util.Objects;

/**
 * One join for the curator to check, with the events at their addresses ({@link ReviewList}).
 *
 * @param kind     "fits two events", "borderline join" or "long span"
 * @param event    the address (slug) of the event in doubt
 * @param report   the report in doubt, or null for an event's long span
 * @param why      one sentence: why the grouping is unsure
 * @param evidence what the reports share, one line each ("shares 2 rare names and 1 phrase with event x")
 * @param fixes    the {@code content/events.yml} entries that would settle it, one per choice
 */
public record ReviewItem(String kind, String event, String report, String why, List<String> evidence,
                         List<Fix> fixes) {
    /**
     * One way to settle a doubt.
     *
     * @param does  what it does ("keep it in x")
     * @param lines the {@code events.yml} entries, each one line under {@code events:}, e.g.
     *              {@code - {slug: x, reports: [a1]}}, or the {@code reports:} line of an entry the file already has
     */
    public record Fix(String does, List<String> lines) {
        public Fix {
            Objects.requireNonNull(does, "does");
            lines = List.copyOf(lines);
            if (lines.isEmpty()) throw new IllegalArgumentException("a fix needs a line");
        }
    }

    public ReviewItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(why, "why");
        evidence = List.copyOf(evidence);
        fixes = List.copyOf(fixes);
    }
}
