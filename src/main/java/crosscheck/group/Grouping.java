package crosscheck.group;

import java.util.List;

/**
 * What the group stage made: the events, and the joins it is least sure of for the curator to check.
 *
 * @param events the events, newest first (undated last), each report in exactly one
 * @param doubts the joins to review, surest doubt first ({@link Doubts})
 */
public record Grouping(List<Event> events, List<Doubt> doubts) {
    public Grouping {
        events = List.copyOf(events);
        doubts = List.copyOf(doubts);
    }
}
