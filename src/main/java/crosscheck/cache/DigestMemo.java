package crosscheck.cache;

import crosscheck.analyse.AnalysedReport;
import crosscheck.digest.Digest;
import crosscheck.digest.Digester;
import crosscheck.group.Event;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The digests of the last build, reused for events that have the same reports as there, the very same analysed
 * reports in the same order (the report cache hands out the same objects again for unchanged files), and the same
 * origins: all that a {@link Digester} reads of an event. A reused digest is handed the new event
 * ({@link Digest#withEvent}), so it carries this build's title, dates, grouping evidence and note. Only for builds
 * in one process (serve); digests made with other {@link Digester.Settings} are dropped.
 */
final class DigestMemo {
    private final Map<Read, Digest> last = new ConcurrentHashMap<>();
    private final Map<Read, Digest> current = new ConcurrentHashMap<>();
    private Digester.Settings settings;

    /** Starts a build whose digests are made with {@code settings}. */
    synchronized void begin(Digester.Settings settings) {
        if (!settings.equals(this.settings)) last.clear();
        this.settings = settings;
        current.clear();
    }

    Digest digest(Event event, Function<Event, Digest> digester) {
        Read read = new Read(event);
        Digest known = last.get(read);
        Digest digest = known != null ? known.withEvent(event) : digester.apply(event);
        current.put(read, digest);
        return digest;
    }

    /** Keeps only the digests this build used. */
    synchronized void finish() {
        last.clear();
        last.putAll(current);
        current.clear();
    }

    /** What a digester reads of an event: its reports, compared by identity (cheap, and exact), and its origins. */
    private static final class Read {
        private final List<AnalysedReport> reports;
        private final List<List<String>> origins;
        private final int hash;

        Read(Event event) {
            this.reports = event.reports();
            this.origins = event.origins();
            int h = origins.hashCode();
            for (AnalysedReport report : reports) h = 31 * h + System.identityHashCode(report);
            this.hash = h;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Read that) || hash != that.hash || reports.size() != that.reports.size()) {
                return false;
            }
            for (int i = 0; i < reports.size(); i++) {
                if (reports.get(i) != that.reports.get(i)) return false;
            }
            return origins.equals(that.origins);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
