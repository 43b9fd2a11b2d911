package crosscheck.digest;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two sentences state the same thing: lexically close (TF-IDF cosine) and, when only moderately
 * close, agreeing on the names and numbers they carry. Two sentences that each give a figure the other
 * lacks never count as the same claim: that is a disagreement, not support.
 */
final class Claims {
    /** Cosine at which two sentences say the same thing whatever names they carry. */
    static final double SAME = 0.5;
    /** Cosine at which two sentences say the same thing if they also share a name or number. */
    static final double CLOSE = 0.3;
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern NAME = Pattern.compile("(?<=\\S\\s)\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*");

    private Claims() {
    }

    /** The figures and names a sentence carries. */
    record Anchors(Set<String> numbers, Set<String> names) {
    }

    static Anchors anchors(String sentence) {
        Set<String> numbers = new HashSet<>();
        Matcher n = NUMBER.matcher(sentence);
        while (n.find()) numbers.add(n.group().replace(",", ""));
        Set<String> names = new HashSet<>();
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            for (String word : m.group().split("\\s+")) names.add(stripPossessive(word));
        }
        return new Anchors(numbers, names);
    }

    static boolean same(double cosine, Anchors a, Anchors b) {
        if (hasOwn(a.numbers(), b.numbers()) && hasOwn(b.numbers(), a.numbers())) return false;
        if (cosine >= SAME) return true;
        if (cosine < CLOSE) return false;
        return !disjoint(a.names(), b.names()) || !disjoint(a.numbers(), b.numbers());
    }

    /** Whether {@code a} holds something {@code b} lacks. */
    private static boolean hasOwn(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (!b.contains(x)) return true;
        }
        return false;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) return false;
        }
        return true;
    }

    private static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) return word.substring(0, word.length() - 2);
        return word;
    }
}
