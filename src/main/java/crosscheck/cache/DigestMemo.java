package crosscheck.cache;

import crosscheck.analyse.AnalysedReport;
import crosscheck.digest.Digest;
import crosscheck.digest.Digester;
import crosscheck.group.Event;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The digests of the last build, reused for events that come out of the next build's grouping unchanged: every
 * component of the {@link Event} equal, and the very same analysed reports (which the report cache hands out again
 * for unchanged files). Only for builds in one process (serve); digests made with other {@link Digester.Settings}
 * are dropped.
 */
final class DigestMemo {
    private static final Records EVENT = Records.of(Event.class);
    /** For each component of an event: whether it holds analysed reports, compared by identity. */
    private static final boolean[] BY_IDENTITY = byIdentity(EVENT.components());

    private final Map<EventKey, Digest> last = new ConcurrentHashMap<>();
    private final Map<EventKey, Digest> current = new ConcurrentHashMap<>();
    private Digester.Settings settings;

    /** Starts a build whose digests are made with {@code settings}. */
    synchronized void begin(Digester.Settings settings) {
        if (!settings.equals(this.settings)) last.clear();
        this.settings = settings;
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

    private static boolean[] byIdentity(RecordComponent[] components) {
        boolean[] identity = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            Type type = components[i].getGenericType();
            identity[i] = type == AnalysedReport.class || type instanceof ParameterizedType list
                    && list.getRawType() == List.class && list.getActualTypeArguments()[0] == AnalysedReport.class;
        }
        return identity;
    }

    /** Whether two values of a component that holds analysed reports hold the very same ones, in the same order. */
    private static boolean same(Object a, Object b) {
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) {
                if (x.get(i) != y.get(i)) return false;
            }
            return true;
        }
        return a == b;
    }

    private static int identityHash(Object value) {
        if (!(value instanceof List<?> list)) return System.identityHashCode(value);
        int hash = 1;
        for (Object element : list) hash = 31 * hash + System.identityHashCode(element);
        return hash;
    }

    /**
     * An event compared component by component, by value, except for its analysed reports, which are compared by
     * identity (cheap, and exact).
     */
    private static final class EventKey {
        private final Event event;
        private final int hash;

        EventKey(Event event) {
            this.event = event;
            int h = 0;
            for (int i = 0; i < BY_IDENTITY.length; i++) {
                Object value = EVENT.get(event, i);
                h = 31 * h + (BY_IDENTITY[i] ? identityHash(value) : Objects.hashCode(value));
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof EventKey that) || hash != that.hash) return false;
            for (int i = 0; i < BY_IDENTITY.length; i++) {
                Object a = EVENT.get(event, i), b = EVENT.get(that.event, i);
                if (BY_IDENTITY[i] ? !same(a, b) : !Objects.equals(a, b)) return false;
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
