package crosscheck.digest.summary;

import crosscheck.analyse.Terms;
import java.util.HashMap;
import java.util.Map;

/** Sentences as the support decision compares them, for tests: stems numbered in the order first seen. */
final class Claims {
    private final Terms terms = new Terms();
    private final Map<String, Integer> numbers = new HashMap<>();

    ClaimText of(String text) {
        int[] stems = terms.stems(text).stream().mapToInt(s -> numbers.computeIfAbsent(s, k -> numbers.size()))
                .toArray();
        return ClaimText.of(text, stems, 1 << 20);
    }
}
