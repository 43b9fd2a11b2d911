package crosscheck.digest.summary;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One sentence of an event summary, word for word from a report.
 *
 * @param text        the sentence as its report wrote it
 * @param from        id of the report the wording is taken from
 * @param sources     ids of every report of the event that states the same thing, {@code from} first
 * @param wordings    each source's own sentence that states it, in the order of {@code sources}
 * @param origins     how many independent origins state it: its sources, with the copies of one origin (wire copy,
 *                    a republished article) counted once; 1 when a single origin does, which is no corroboration
 * @param contradicts the reports that state the same claim but for one thing that differs ({@link Contradictions}),
 *                    never one of its sources; empty when no report contradicts it
 */
public record SummarySentence(String text, String from, List<String> sources, List<Wording> wordings,
                              int origins, List<Contradiction> contradicts) {

    /** A report's own wording of a summary sentence. */
    public record Wording(String article, String text) {
    }

    /**
     * A report's sentence that contradicts a summary sentence.
     *
     * @param article the report's id
     * @param text    its sentence, as it wrote it
     * @param kind    what differs: one of {@link #KINDS}
     */
    public record Contradiction(String article, String text, String kind) {
        /** What can differ: a count of the same thing, a denial of it, its weekday, month or year. */
        public static final Set<String> KINDS = Set.of("count", "negation", "day");

        public Contradiction {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(text, "text");
            if (!KINDS.contains(kind)) throw new IllegalArgumentException("no such kind of contradiction: " + kind);
        }
    }

    public SummarySentence {
        sources = List.copyOf(sources);
        wordings = List.copyOf(wordings);
        contradicts = List.copyOf(contradicts);
        if (sources.isEmpty() || !sources.get(0).equals(from)) {
            throw new IllegalArgumentException("a sentence's sources start with its own report");
        }
        if (origins < 1 || origins > sources.size()) {
            throw new IllegalArgumentException("origins must be between 1 and the number of sources");
        }
        for (Contradiction c : contradicts) {
            if (sources.contains(c.article())) {
                throw new IllegalArgumentException("a source of a sentence cannot contradict it: " + c.article());
            }
        }
    }

    /** A sentence no report contradicts. */
    public SummarySentence(String text, String from, List<String> sources, List<Wording> wordings, int origins) {
        this(text, from, sources, wordings, origins, List.of());
    }

    /** This sentence with the given reports contradicting it. */
    public SummarySentence contradictedBy(List<Contradiction> contradictions) {
        return new SummarySentence(text, from, sources, wordings, origins, contradictions);
    }
}
