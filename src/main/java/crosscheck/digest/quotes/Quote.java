package crosscheck.digest.quotes;

import java.util.List;
import java.util.Objects;

/**
 * A direct quotation of the event's reports, with who said it where a report says so, merged across the
 * reports that carry it.
 *
 * @param text     the quotation in its longest wording among the reports, verbatim, without the quotation
 *                 marks (a comma that only leads into the attribution is dropped)
 * @param speaker  who said it, as a report writes it ("Austin", "the minister’s office"); a pronoun ("he
 *                 added") is replaced by the speaker of the sentences just before when they name one; null
 *                 when the reports do not say
 * @param sources  ids of the reports that carry it, in the event's order
 * @param wordings each source's sentence carrying it, in the order of {@code sources}
 */
public record Quote(String text, String speaker, List<String> sources, List<Wording> wordings) {

    /** A report's sentence carrying a quotation, verbatim. */
    public record Wording(String article, String sentence) {
        public Wording {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(sentence, "sentence");
        }
    }

    public Quote {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        wordings = List.copyOf(wordings);
        if (sources.isEmpty() || sources.size() != wordings.size()) {
            throw new IllegalArgumentException("a quotation needs one wording for each report carrying it");
        }
    }
}
