package crosscheck.digest.when;

import java.util.Map;
import java.util.Objects;

/**
 * A sentence of the event's summary and the reports' own sentences that state the same claim, as the summary's
 * support grouped them: handed to {@link Developments} as plain text, so that the when part uses no other part of
 * the digest, and two reports' sentences of one claim become one development.
 *
 * @param text     the summary's sentence
 * @param wordings each stating report's own sentence, by report id
 */
public record SummaryClaim(String text, Map<String, String> wordings) {
    public SummaryClaim {
        Objects.requireNonNull(text, "text");
        wordings = Map.copyOf(wordings);
    }
}
