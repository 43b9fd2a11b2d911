package crosscheck.digest.summary;

import crosscheck.digest.wording.Scan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Whether two sentences state the same thing: lexically close (TF-IDF cosine) and, the less close they are,
 * the more they must share: a number or any name when fairly close, a number or a name other than the
 * event's main actors when only moderately close. Two sentences that each give a figure the other
 * lacks never count as the same claim: that is a disagreement, not support.
 */
final class Claims {
    /** Cosine at which two sentences say the same thing whatever names they carry. */
    static final double SAME = 0.5;
    /** Cosine at which two sentences say the same thing if they also share a name or number. */
    static final double NEAR = 0.4;
    /** Cosine at which two sentences say the same thing if they share a number or a name that is not common. */
    static final double CLOSE = 0.3;
    /** Figures and days: two sentences giving different ones do not state the same thing. */
    static final Pattern NUMBER = Pattern.compile(
            "\\d[\\d,]*(?:\\.\\d+)?|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    static final Pattern NAME = Pattern.compile("(?<=\\S\\s)\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*+"); // *+: no recursion per word
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Claims() {
    }

    /** The figures (numbers and days of the week) and names a sentence carries. */
    record Anchors(Set<String> numbers, Set<String> names) {
    }

    static Anchors anchors(String sentence) {
        Set<String> numbers = new HashSet<>();
        for (MatchResult n : Scan.matches(NUMBER, sentence, at -> mayStartNumber(sentence.charAt(at)))) {
            numbers.add(n.group().replace(",", ""));
        }
        Set<String> names = new HashSet<>();
        for (MatchResult m : Scan.matches(NAME, sentence, at -> Character.isUpperCase(sentence.codePointAt(at)))) {
            for (String word : SPACES.split(m.group())) names.add(stripPossessive(word));
        }
        return new Anchors(numbers, names);
    }

    /** Whether a match of {@link #NUMBER} may start at a character: a digit, or the first letter of a weekday. */
    private static boolean mayStartNumber(char c) {
        return c >= '0' && c <= '9' || "MTWFS".indexOf(c) >= 0;
    }

    /**
     * Whether two sentences state the same thing.
     *
     * @param common names so frequent in the event (its main actors) that sharing them shows nothing
     */
    static boolean same(double cosine, Anchors a, Anchors b, Set<String> common) {
        if (cosine < CLOSE) return false;
        if (hasOwn(a.numbers(), b.numbers()) && hasOwn(b.numbers(), a.numbers())) return false;
        if (cosine >= SAME) return true;
        if (!disjoint(a.numbers(), b.numbers())) return true;
        if (cosine >= NEAR) return !disjoint(a.names(), b.names());
        for (String name : a.names()) {
            if (b.names().contains(name) && !common.contains(name)) return true;
        }
        return false;
    }

    /** Names found in at least a share of the sentences (and at least three): the event's main actors. */
    static Set<String> commonNames(List<Anchors> sentences, double share) {
        Map<String, Integer> counts = new HashMap<>();
        for (Anchors anchors : sentences) {
            for (String name : anchors.names()) counts.merge(name, 1, Integer::sum);
        }
        double needed = Math.max(3, share * sentences.size());
        Set<String> common = new HashSet<>();
        counts.forEach((name, n) -> {
            if (n >= needed) common.add(name);
        });
        return common;
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
