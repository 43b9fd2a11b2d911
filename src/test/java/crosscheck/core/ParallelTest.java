package crosscheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void keepsTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        assertEquals(items.stream().map(i -> i * 2).toList(), Parallel.map(items, i -> i * 2));
    }

    @Test
    void appliesTheWorkOnceToEachItem() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        Parallel.map(items, i -> {
            assertTrue(seen.add(i), "item " + i + " worked twice");
            return i;
        });
        assertEquals(500, seen.size());
    }

    @Test
    void emptyAndNullResults() {
        assertEquals(List.of(), Parallel.map(List.<String>of(), String::length));
        assertEquals(java.util.Arrays.asList(null, null), Parallel.map(List.of("a", "b"), s -> null));
    }

    @Test
    void throwsTheFailureOfTheFirstFailingItem() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Parallel.map(items, i -> {
            if (i >= 50) throw new IllegalStateException("item " + i);
            return i;
        }));
        assertEquals("item 50", thrown.getMessage());
    }

    @Test
    void throwsAnErrorAsItWas() {
        StackOverflowError error = new StackOverflowError("deep");
        assertSame(error, assertThrows(StackOverflowError.class, () -> Parallel.map(List.of(1, 2, 3), i -> {
            if (i == 2) throw error;
            return i;
        })));
    }
}
