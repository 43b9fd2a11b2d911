package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What one grouping worked out that depends on nothing but the reports themselves, for the next grouping in the
 * same process to reuse ({@code serve} rebuilds): the dates and years each report mentions, and the copies among
 * each event's reports and what they write in common. It is kept by the analysed reports themselves, compared by identity: the report cache hands
 * out the very same object again for a report whose file did not change, and an analysed report never changes, so
 * what is reused is exactly what would be worked out again. Keeps only what the last grouping used. Safe for the
 * threads of one grouping; groupings must not overlap.
 */
public final class GroupingMemo {
    private static final GroupingMemo NONE = new GroupingMemo(false);

    private final boolean enabled;
    private final Part<AnalysedReport, Mentions> mentions = new Part<>();
    private final Part<List<AnalysedReport>, List<List<String>>> origins = new Part<>();
    private final Part<List<AnalysedReport>, SharedEvidence.Written> written = new Part<>();

    /** A memo that remembers from one grouping to the next. */
    public GroupingMemo() {
        this(true);
    }

    private GroupingMemo(boolean enabled) {
        this.enabled = enabled;
    }

    /** A memo that remembers nothing: every grouping works everything out. */
    public static GroupingMemo none() {
        return NONE;
    }

    /** The dates and years the report mentions. */
    Mentions mentions(AnalysedReport article) {
        return enabled ? mentions.get(new Same<>(article), k -> Mentions.of(article)) : Mentions.of(article);
    }

    /** The copies among an event's reports ({@link Copies#origins}), the reports in the event's order. */
    List<List<String>> origins(List<AnalysedReport> members) {
        return enabled ? origins.get(new Same<>(members), k -> Copies.origins(members)) : Copies.origins(members);
    }

    /** What an event's reports write in common ({@link SharedEvidence.Written}), the reports in the event's order. */
    SharedEvidence.Written written(List<ReportFeatures> members) {
        return enabled ? written.get(new Same<>(members.stream().map(r -> r.article).toList()),
                k -> SharedEvidence.Written.of(members)) : SharedEvidence.Written.of(members);
    }

    /** Starts a grouping: what the last one used stays available. */
    void begin() {
        mentions.begin();
        origins.begin();
        written.begin();
    }

    /** Ends a grouping: only what it used is kept. */
    void finish() {
        mentions.finish();
        origins.finish();
        written.finish();
    }

    /** How many answers the current grouping took from the last one (for tests). */
    int reused() {
        return mentions.reused.get() + origins.reused.get() + written.reused.get();
    }

    /** One kind of answer: the last grouping's, and the current one's. */
    private static final class Part<K, V> {
        private final Map<Same<K>, V> last = new ConcurrentHashMap<>();
        private final Map<Same<K>, V> current = new ConcurrentHashMap<>();
        private final AtomicInteger reused = new AtomicInteger();

        V get(Same<K> key, Function<Same<K>, V> make) {
            V known = last.get(key);
            if (known != null) reused.incrementAndGet();
            V value = known != null ? known : make.apply(key);
            current.put(key, value);
            return value;
        }

        void begin() {
            current.clear();
            reused.set(0);
        }

        void finish() {
            last.clear();
            last.putAll(current);
            current.clear();
        }
    }

    /**
     * A key that is equal to another only for the very same analysed report, or a list of the very same reports in
     * the same order.
     */
    private record Same<K>(K value) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Same<?> that)) return false;
            if (value instanceof List<?> a && that.value instanceof List<?> b) {
                if (a.size() != b.size()) return false;
                for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
                return true;
            }
            return value == that.value;
        }

        @Override
        public int hashCode() {
            if (value instanceof List<?> list) {
                int hash = 1;
                for (Object item : list) hash = 31 * hash + System.identityHashCode(item);
                return hash;
            }
            return System.identityHashCode(value);
        }
    }
}
