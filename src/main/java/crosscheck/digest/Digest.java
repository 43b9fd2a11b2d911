package crosscheck.digest;

import crosscheck.group.Event;
import java.util.List;
import java.util.Objects;

/**
 * What the site says about one event.
 *
 * @param event   the event and its reports
 * @param summary a short summary made of the reports' own sentences, in reading order
 */
public record Digest(Event event, List<SummarySentence> summary) {
    public Digest {
        Objects.requireNonNull(event, "event");
        summary = List.copyOf(summary);
    }
}
