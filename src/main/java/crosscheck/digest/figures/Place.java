package crosscheck.digest.figures;

import java.util.List;
import java.util.Objects;

/**
 * A place an event's reports name, as the figures read it: its name for readers, every spelling the reports write,
 * and how widely the reports name it. The digester gives these from the event's entities.
 *
 * @param name      the place's name for readers ("Iraq", "United States")
 * @param spellings every spelling the reports write for it ("U.S.", "United States")
 * @param reports   how many of the event's reports name it
 * @param mentions  how often the reports name it in all
 */
public record Place(String name, List<String> spellings, int reports, int mentions) {
    public Place {
        Objects.requireNonNull(name, "name");
        spellings = List.copyOf(spellings);
    }
}
