package crosscheck.analyse;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

/**
 * An unmodifiable sorted map of strings kept in two arrays: the keys in their natural order and the values at the
 * same positions. Each analysed report keeps a few of these (its term counts, its words for stems), a hundred or so
 * entries each, for the whole build; two arrays hold them in a fifth of the memory a {@link java.util.TreeMap}
 * needs, which keeps a 100,000-report build's heap and its collections smaller. Lookups are binary searches.
 *
 * @param <V> the type of the values
 */
final class SortedArrayMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
    private static final SortedArrayMap<?> EMPTY = new SortedArrayMap<>(new String[0], new Object[0]);

    private final String[] keys;
    private final Object[] values;

    private SortedArrayMap(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * The entries of {@code map} in the natural order of their keys. A map of this kind is returned as it is;
     * null keys and values are refused.
     */
    static <V> SortedArrayMap<V> copyOf(Map<String, ? extends V> map) {
        if (map instanceof SortedArrayMap<?>) {
            @SuppressWarnings("unchecked")
            SortedArrayMap<V> same = (SortedArrayMap<V>) map;
            return same;
        }
        String[] keys = new String[map.size()];
        Object[] values = new Object[map.size()];
        int i = 0;
        for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
            keys[i] = Objects.requireNonNull(entry.getKey(), "key");
            values[i++] = Objects.requireNonNull(entry.getValue(), "value");
        }
        if (!(map instanceof SortedMap<?, ?> sorted && sorted.comparator() == null)) sort(keys, values);
        for (int k = 1; k < keys.length; k++) {
            if (keys[k - 1].equals(keys[k])) throw new IllegalArgumentException("two entries for " + keys[k]);
        }
        return new SortedArrayMap<>(keys, values);
    }

    private static void sort(String[] keys, Object[] values) {
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> keys[i]));
        String[] sortedKeys = new String[keys.length];
        Object[] sortedValues = new Object[keys.length];
        for (int i = 0; i < order.length; i++) {
            sortedKeys[i] = keys[order[i]];
            sortedValues[i] = values[order[i]];
        }
        System.arraycopy(sortedKeys, 0, keys, 0, keys.length);
        System.arraycopy(sortedValues, 0, values, 0, values.length);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public V get(Object key) {
        int i = indexOf(key);
        return i >= 0 ? value(i) : null;
    }

    private int indexOf(Object key) {
        return key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
    }

    @SuppressWarnings("unchecked")
    private V value(int i) {
        return (V) values[i];
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, V> next() {
                        if (next >= keys.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], value(i));
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null; // the natural order
    }

    @Override
    public SortedMap<String, V> subMap(String fromKey, String toKey) {
        if (fromKey.compareTo(toKey) > 0) throw new IllegalArgumentException(fromKey + " after " + toKey);
        return range(insertionPoint(fromKey), insertionPoint(toKey));
    }

    @Override
    public SortedMap<String, V> headMap(String toKey) {
        return range(0, insertionPoint(toKey));
    }

    @Override
    public SortedMap<String, V> tailMap(String fromKey) {
        return range(insertionPoint(fromKey), keys.length);
    }

    /** The position of the first key at or after {@code key}. */
    private int insertionPoint(String key) {
        int i = Arrays.binarySearch(keys, Objects.requireNonNull(key, "key"));
        return i >= 0 ? i : -i - 1;
    }

    @SuppressWarnings("unchecked")
    private SortedMap<String, V> range(int from, int to) {
        if (from == 0 && to == keys.length) return this;
        if (from >= to) return (SortedMap<String, V>) EMPTY;
        return new SortedArrayMap<>(Arrays.copyOfRange(keys, from, to), Arrays.copyOfRange(values, from, to));
    }

    @Override
    public String firstKey() {
        if (keys.length == 0) throw new NoSuchElementException();
        return keys[0];
    }

    @Override
    public String lastKey() {
        if (keys.length == 0) throw new NoSuchElementException();
        return keys[keys.length - 1];
    }
}
