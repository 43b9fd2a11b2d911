package crosscheck.digest.names;

import java.util.List;
import java.util.Objects;

/**
 * A person, place or organisation an event's reports name, under one name across their spellings.
 *
 * @param name      canonical name: the curated one, else the most frequent full form the reports write
 * @param kind      what it is
 * @param spellings every distinct spelling the reports use, titles and possessives stripped, sorted
 * @param sources   ids of the reports that name it, in the event's report order
 * @param mentions  how often the reports name it, headlines included
 * @param roles     the roles or titles the reports give it next to any of its spellings, given by most reports
 *                  first; empty when none is written
 */
public record Entity(String name, Kind kind, List<String> spellings, List<String> sources, int mentions,
                     List<Role> roles) {
    /** What an entity is. OTHER: a name whose kind the text does not tell (events, works, unplaced names). */
    public enum Kind { PERSON, PLACE, ORGANISATION, OTHER }

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        spellings = List.copyOf(spellings);
        sources = List.copyOf(sources);
        roles = List.copyOf(roles);
    }

    /** An entity the reports give no role. */
    public Entity(String name, Kind kind, List<String> spellings, List<String> sources, int mentions) {
        this(name, kind, spellings, sources, mentions, List.of());
    }
}
