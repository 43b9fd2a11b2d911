package crosscheck.digest.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** A set of lower-case ASCII words, to look up runs of a text's ASCII letters in without copying them. Immutable. */
final class AsciiWords {
    /** The words by their length. */
    private final String[][] byLength;

    AsciiWords(Collection<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        List<List<String>> lists = new ArrayList<>();
        for (int length = 0; length <= longest; length++) lists.add(new ArrayList<>());
        for (String word : words) lists.get(word.length()).add(word.toLowerCase(Locale.ROOT));
        byLength = lists.stream().map(list -> list.toArray(String[]::new)).toArray(String[][]::new);
    }

    /** Whether {@code text[from, to)}, a run of ASCII letters, is one of the words in any case. */
    boolean contains(String text, int from, int to) {
        int length = to - from;
        if (length == 0 || length >= byLength.length) return false;
        char first = (char) (text.charAt(from) | 0x20); // an ASCII letter in lower case
        for (String word : byLength[length]) {
            if (word.charAt(0) == first && text.regionMatches(true, from, word, 0, length)) return true;
        }
        return false;
    }
}
