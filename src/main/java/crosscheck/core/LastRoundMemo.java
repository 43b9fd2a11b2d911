package crosscheck.core;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Answers worked out in one round of work (a read of the content folder, a grouping), for the next round in the same
 * process to reuse ({@code serve}'s rebuilds). A round keeps only the answers it used, so a memo never holds more
 * than two rounds' worth: the last round's, to reuse, and the current one's, which replace them at {@link #finish()}.
 * Safe for the threads of one round; rounds must not overlap.
 *
 * @param <K> what an answer is about; keys are compared with {@code equals}
 * @param <V> the answer
 */
public final class LastRoundMemo<K, V> {
    private final Map<K, V> last = new ConcurrentHashMap<>();
    private final Map<K, V> current = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    /** The last round's answer for {@code key}, or else a new one from {@code make}; either is kept for the next. */
    public V get(K key, Function<? super K, ? extends V> make) {
        return get(key, known -> true, make);
    }

    /**
     * The last round's answer for {@code key} if {@code stillRight} accepts it, or else a new one from {@code make};
     * either is kept for the next round.
     */
    public V get(K key, Predicate<? super V> stillRight, Function<? super K, ? extends V> make) {
        Objects.requireNonNull(key, "key");
        V known = last.get(key);
        V value;
        if (known != null && stillRight.test(known)) {
            reused.incrementAndGet();
            value = known;
        } else {
            value = Objects.requireNonNull(make.apply(key), "an answer");
        }
        current.put(key, value);
        return value;
    }

    /** Starts a round: the last round's answers stay available. */
    public void begin() {
        current.clear();
        reused.set(0);
    }

    /** Ends a round: only the answers it used are kept. */
    public void finish() {
        last.clear();
        last.putAll(current);
        current.clear();
    }

    /** How many answers the current round took from the last one. */
    public int reused() {
        return reused.get();
    }
}
