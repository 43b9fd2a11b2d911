package crosscheck.digest;

import java.util.List;

/**
 * One sentence of an event summary, word for word from a report.
 *
 * @param text    the sentence as its report wrote it
 * @param from    id of the report the wording is taken from
 * @param sources ids of every report of the event that states the same thing, {@code from} first
 */
public record SummarySentence(String text, String from, List<String> sources) {
    public SummarySentence {
        sources = List.copyOf(sources);
        if (!sources.contains(from)) throw new IllegalArgumentException("a sentence's sources include its own report");
    }
}
