package crosscheck.digest.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The event's names for the people its reports quote, as the digest's people list gives them: each spelling the
 * reports write ("Galante", "Yoav Galant", "Gallant") with the one name the event shows for that person ("Yoav
 * Gallant"). A speaker written as such a spelling, or ending with one after a title ("Israeli Defense Minister
 * Yoav Galant", "U.S. State Department spokesman Matthew Miller"), reads as the person's name; any other speaker
 * ("the minister’s office", "a senior defense official") stays as written.
 *
 * @param names each spelling with its person's name
 */
public record SpeakerNames(Map<String, String> names) {
    /** No names known: every speaker stays as written. */
    public static final SpeakerNames NONE = new SpeakerNames(Map.of());

    public SpeakerNames {
        names = Map.copyOf(names);
    }

    /** The person's name for a speaker as written: that of the longest spelling it is or ends with; else itself. */
    String of(String speaker) {
        if (speaker == null || names.isEmpty()) return speaker;
        String name = names.get(speaker);
        if (name != null) return name;
        List<String> spellings = new ArrayList<>(names.keySet());
        spellings.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String spelling : spellings) {
            if (speaker.endsWith(" " + spelling)) return names.get(spelling);
        }
        return speaker;
    }
}
