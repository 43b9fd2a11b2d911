package crosscheck.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The curator's decisions about events, from {@code content/events.yml}: which reports form an event (to merge
 * what the grouping split, or split what it merged), an event's title and an editor's note, and which reports
 * stay out of every event. Format:
 *
 * <pre>
 * events:
 *   - slug: pentagon-meeting        # the event's page is events/pentagon-meeting/
 *     title: Austin and Gallant meet at the Pentagon   # optional: instead of a report's headline
 *     note: |                       # optional: an editor's note, in Markdown
 *       Reports disagree on how many hostages were taken on 7 October.
 *     reports: [000_e4f0, 004_b135] # optional: reports pinned to this event, as front matter 'event:' does
 * exclude: [005_opinion]            # optional: reports kept out of every event
 * </pre>
 *
 * @param events  curated events in file order
 * @param exclude ids of reports kept out of every event
 * @param lines   for each report id the file names (pinned or excluded), the line of {@code events.yml} that first names
 *                it: where an error about that report points
 */
public record Curation(List<CuratedEvent> events, Set<String> exclude, Map<String, Integer> lines) {

    /**
     * One curated event.
     *
     * @param slug    the event's id and folder name
     * @param title   its title, or null to keep the grouping's choice
     * @param note    an editor's note in Markdown, or null
     * @param reports ids of reports pinned to it
     */
    public record CuratedEvent(String slug, String title, String note, List<String> reports) {
        public CuratedEvent {
            Objects.requireNonNull(slug, "slug");
            reports = List.copyOf(reports);
        }
    }

    public Curation {
        events = List.copyOf(events);
        exclude = Set.copyOf(exclude);
        lines = Map.copyOf(lines);
    }

    /** No curation: the grouping alone decides. */
    public static Curation none() {
        return new Curation(List.of(), Set.of(), Map.of());
    }

    /** The curated event with this slug, if any. */
    public Optional<CuratedEvent> event(String slug) {
        return events.stream().filter(e -> e.slug().equals(slug)).findFirst();
    }
}
