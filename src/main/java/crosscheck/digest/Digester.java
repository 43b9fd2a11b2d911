package crosscheck.digest;

import crosscheck.digest.figures.Figures;
import crosscheck.digest.names.Entities;
import crosscheck.digest.quotes.Quotes;
import crosscheck.digest.summary.Summarizer;
import crosscheck.group.Event;
import crosscheck.ingest.KnownEntities;
import java.util.Objects;

/**
 * The digest stage: merges an event's reports into a {@link Digest}, composing four parts that do not depend on
 * each other: the summary ({@link Summarizer}: sentences of the reports, word for word, each with every report that
 * states it), the figures the reports give ({@link Figures}), their quotations ({@link Quotes}) and the people and
 * places they name ({@link Entities}).
 */
public final class Digester {
    private final int wordBudget;
    private final KnownEntities known;

    /** A digester with no curated list of people and places. */
    public Digester(int wordBudget) {
        this(wordBudget, KnownEntities.none());
    }

    /**
     * @param wordBudget most words of a summary
     * @param known      the curator's list of people, places and organisations
     */
    public Digester(int wordBudget, KnownEntities known) {
        if (wordBudget <= 0) throw new IllegalArgumentException("word budget must be positive");
        this.wordBudget = wordBudget;
        this.known = Objects.requireNonNull(known, "known");
    }

    public Digest digest(Event event) {
        return new Digest(event, Summarizer.summary(event, wordBudget), Figures.of(event), Quotes.of(event),
                Entities.of(event, known));
    }
}
