package crosscheck.digest.names;

import java.util.List;
import java.util.Objects;

/**
 * A role or title the reports give a name, in their own words: the title before it ("Israeli Defense Minister"
 * Yoav Gallant, "spokesman" Matthew Miller) or in apposition after it (Netanyahu, "the prime minister of Israel",).
 * Never made up: only words a report wrote next to the name.
 *
 * @param text    the role as the reports write it, the most frequent of its wordings that differ in case alone
 * @param sources ids of the reports that give it, in the event's report order
 */
public record Role(String text, List<String> sources) {
    public Role {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
    }
}
