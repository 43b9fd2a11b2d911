package crosscheck.cache;

import crosscheck.digest.Digest;
import crosscheck.group.Event;
import crosscheck.text.AnalyzedArticle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The digests of the last build, reused for events that come out of the next build's grouping unchanged: same
 * id, title, dates, shared words, copies and note, and the very same analysed reports (which the report cache
 * hands out again for unchanged files). Only for builds in one process (serve); digests made with other
 * settings are dropped.
 */
final class DigestMemo {
    private final Map<EventKey, Digest> last = new ConcurrentHashMap<>();
    private final Map<EventKey, Digest> current = new ConcurrentHashMap<>();
    private List<Object> settings = List.of();

    /** Starts a build whose digests depend on {@code settings} besides the event. */
    synchronized void begin(List<Object> settings) {
        if (!settings.equals(this.settings)) last.clear();
        this.settings = List.copyOf(settings);
        current.clear();
    }

    Digest digest(Event event, Function<Event, Digest> digester) {
        EventKey key = new EventKey(event);
        Digest digest = last.get(key);
        if (digest == null) digest = digester.apply(event);
        current.put(key, digest);
        return digest;
    }

    /** Keeps only the digests this build used. */
    synchronized void finish() {
        last.clear();
        last.putAll(current);
        current.clear();
    }

    /** An event compared by value, except for its reports, which are compared by identity (cheap, and exact). */
    private record EventKey(Event event) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof EventKey that)) return false;
            Event a = event, b = that.event;
            if (!a.id().equals(b.id()) || !a.title().equals(b.title()) || !Objects.equals(a.first(), b.first())
                    || !Objects.equals(a.last(), b.last()) || !a.sharedTerms().equals(b.sharedTerms())
                    || !a.origins().equals(b.origins()) || !Objects.equals(a.note(), b.note())
                    || a.articles().size() != b.articles().size()) {
                return false;
            }
            for (int i = 0; i < a.articles().size(); i++) {
                if (a.articles().get(i) != b.articles().get(i)) return false;
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = event.id().hashCode();
            for (AnalyzedArticle article : event.articles()) hash = 31 * hash + System.identityHashCode(article);
            return hash;
        }
    }
}
