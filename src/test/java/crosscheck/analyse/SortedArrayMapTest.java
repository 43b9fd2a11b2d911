package crosscheck.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SortedArrayMapTest {
    @Test
    void behavesAsATreeMapOfTheSameEntries() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            Map<String, Integer> source = new HashMap<>();
            for (int i = random.nextInt(40); i > 0; i--) source.put(word(random), random.nextInt(9));
            TreeMap<String, Integer> tree = new TreeMap<>(source);
            SortedMap<String, Integer> compact = SortedArrayMap.copyOf(round % 2 == 0 ? source : tree);
            assertEquals(tree, compact);
            assertEquals(compact, tree);
            assertEquals(tree.hashCode(), compact.hashCode());
            assertEquals(new ArrayList<>(tree.entrySet()), new ArrayList<>(compact.entrySet()), "in key order");
            assertEquals(List.copyOf(tree.values()), List.copyOf(compact.values()));
            for (int probe = 0; probe < 20; probe++) {
                String key = word(random);
                assertEquals(tree.get(key), compact.get(key), key);
                assertEquals(tree.containsKey(key), compact.containsKey(key), key);
                assertEquals(tree.headMap(key), compact.headMap(key), "head " + key);
                assertEquals(tree.tailMap(key), compact.tailMap(key), "tail " + key);
                String other = word(random);
                String from = key.compareTo(other) <= 0 ? key : other;
                String to = key.compareTo(other) <= 0 ? other : key;
                assertEquals(tree.subMap(from, to), compact.subMap(from, to), from + ".." + to);
            }
            if (!tree.isEmpty()) {
                assertEquals(tree.firstKey(), compact.firstKey());
                assertEquals(tree.lastKey(), compact.lastKey());
            }
        }
    }

    private static String word(Random random) {
        char[] letters = new char[1 + random.nextInt(3)];
        for (int i = 0; i < letters.length; i++) letters[i] = (char) ('a' + random.nextInt(6));
        return new String(letters);
    }

    @Test
    void isUnmodifiable() {
        SortedMap<String, Integer> map = SortedArrayMap.copyOf(new TreeMap<>(Map.of("attack", 2, "port", 1)));
        assertThrows(UnsupportedOperationException.class, () -> map.put("ship", 1));
        assertThrows(UnsupportedOperationException.class, () -> map.remove("port"));
        assertThrows(UnsupportedOperationException.class, map::clear);
        assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue(5));
        assertEquals(2, map.size());
    }

    @Test
    void anEmptyMapHasNoFirstKeyAndLooksUpNothing() {
        SortedMap<String, Integer> empty = SortedArrayMap.copyOf(Map.of());
        assertThrows(NoSuchElementException.class, empty::firstKey);
        assertNull(empty.get("port"));
        assertNull(empty.get(42), "a key of another type is simply absent");
        assertEquals(Map.of(), empty);
    }

    @Test
    void aCompactMapIsNotCopiedAgainAndNullsAreRefused() {
        SortedMap<String, Integer> map = SortedArrayMap.copyOf(Map.of("port", 1));
        assertSame(map, SortedArrayMap.copyOf(map));
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put("port", null);
        assertThrows(NullPointerException.class, () -> SortedArrayMap.copyOf(withNull));
    }
}
