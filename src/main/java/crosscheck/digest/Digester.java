package crosscheck.digest;

import crosscheck.group.Event;
import java.util.List;

/** TEMPORARY: replaced by the real digester. */
public final class Digester {
    private final int words;

    public Digester(int words) {
        this.words = words;
    }

    public Digest digest(Event event) {
        return new Digest(event, List.of());
    }
}
