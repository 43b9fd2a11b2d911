package crosscheck.digest.summary;

import java.util.List;

/**
 * One sentence of an event summary, word for word from a report.
 *
 * @param text     the sentence as its report wrote it
 * @param from     id of the report the wording is taken from
 * @param sources  ids of every report of the event that states the same thing, {@code from} first
 * @param wordings each source's own sentence that states it, in the order of {@code sources}
 * @param origins  how many independent origins state it: its sources, with the copies of one origin (wire copy,
 *                 a republished article) counted once; 1 when a single origin does, which is no corroboration
 */
public record SummarySentence(String text, String from, List<String> sources, List<Wording> wordings,
                              int origins) {

    /** A report's own wording of a summary sentence. */
    public record Wording(String article, String text) {
    }

    public SummarySentence {
        sources = List.copyOf(sources);
        wordings = List.copyOf(wordings);
        if (sources.isEmpty() || !sources.get(0).equals(from)) {
            throw new IllegalArgumentException("a sentence's sources start with its own report");
        }
        if (origins < 1 || origins > sources.size()) {
            throw new IllegalArgumentException("origins must be between 1 and the number of sources");
        }
    }
}
