package crosscheck.digest.when;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened on a day, as the reports of an event tell it: one of their sentences that gives the day
 * ("Gallant departed for Washington on Sunday"), word for word, with every report that states it on that day.
 *
 * @param day      the day it happened, or the weekday or day of the month a report without a date names
 * @param text     the sentence as its report wrote it
 * @param from     id of the report the sentence is taken from
 * @param sources  ids of the reports that state it with its day, {@code from} first, then in the event's order
 * @param wordings each source's own sentence, in the order of {@code sources}
 * @param origins  how many independent origins state it (copies of one origin count once)
 * @param toCome   whether every source tells of it as to come ("will meet on Tuesday"): announced, not yet done
 * @param summary  whether one of its sentences is a wording of a sentence of the event's summary
 */
public record Development(DevelopmentDay day, String text, String from, List<String> sources,
                          List<Wording> wordings, int origins, boolean toCome, boolean summary) {
    /** A report's own sentence stating the development. */
    public record Wording(String report, String text) {
        public Wording {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(text, "text");
        }
    }

    public Development {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        wordings = List.copyOf(wordings);
        if (sources.isEmpty() || !sources.get(0).equals(from)) {
            throw new IllegalArgumentException("a development's sources start with its own report");
        }
        if (wordings.size() != sources.size()) throw new IllegalArgumentException("one wording per source");
        if (origins < 1 || origins > sources.size()) {
            throw new IllegalArgumentException("origins must be between 1 and the number of sources");
        }
    }
}
