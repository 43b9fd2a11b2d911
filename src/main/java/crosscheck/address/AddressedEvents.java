package crosscheck.address;

import crosscheck.group.Event;
import crosscheck.ingest.PublishedAddresses;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the address stage made.
 *
 * @param events    the events in the grouping's order, each with its address as its id
 * @param redirects the retired addresses, each leading to one of the events, by retired slug
 * @param mapping   the addresses to keep for the next build: every report's event's slug, and the redirects
 */
public record AddressedEvents(List<Event> events, List<Redirect> redirects, PublishedAddresses mapping) {
    public AddressedEvents {
        events = List.copyOf(events);
        redirects = List.copyOf(redirects);
        Objects.requireNonNull(mapping, "mapping");
        Set<String> live = new HashSet<>();
        for (Event event : events) {
            if (!live.add(event.id())) throw new IllegalArgumentException("two events at " + event.id());
        }
        for (Redirect redirect : redirects) {
            if (live.contains(redirect.from())) {
                throw new IllegalArgumentException("a redirect from an event's page: " + redirect.from());
            }
            if (!live.contains(redirect.to())) {
                throw new IllegalArgumentException("a redirect to no event: " + redirect.to());
            }
        }
    }
}
