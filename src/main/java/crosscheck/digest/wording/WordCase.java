package crosscheck.digest.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scans of how a sentence's words are written, by hand for speed: each finds exactly what the regular expression
 * in its comment finds with {@code Matcher.find()} ({@code WordCaseTest} holds them to it), without trying the
 * expression at every character. {@code \s} is {@code [ \t\n\x0B\f\r]}, {@code \d} is {@code [0-9]}.
 */
final class WordCase {
    private static final List<String> STARTERS = List.of("He", "She", "It", "They", "We", "The", "A", "An", "This",
            "That", "These", "Those", "There", "His", "Her", "Their", "Its");
    private static final String STARTER_INITIALS = STARTERS.stream().map(w -> w.substring(0, 1)).distinct()
            .reduce("", String::concat);

    private WordCase() {
    }

    /**
     * Adds the words a text writes all in lower case to {@code words}:
     * {@code (?<![\p{L}'’])\p{Ll}+(?![\p{L}'’])}. A lower-case run counts only whole, and the look-behind sees one
     * {@code char}, as the expression's does.
     */
    static void addLowerCaseWords(String text, Set<String> words) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!lowerCaseAt(text, i) || i > 0 && wordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = runOfLowerCase(text, i);
            if (end < n && wordChar(text.codePointAt(end))) {
                i++;
            } else {
                words.add(text.substring(i, end));
                i = end;
            }
        }
    }

    /**
     * The capitalised words inside a sentence that a lower-case word follows, after a lower-case word, a digit
     * or a comma and one space: group 1 of {@code (?<=[\p{Ll}\d,] )(\p{Lu}\p{Ll}+) (?=\p{Ll})}.
     */
    static List<String> capitalisedInside(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 2;
        while (i < n) {
            char before = text.charAt(i - 2);
            boolean after = text.charAt(i - 1) == ' ' && (Character.getType(before) == Character.LOWERCASE_LETTER
                    || before >= '0' && before <= '9' || before == ',');
            int first = text.codePointAt(i);
            int word = i + Character.charCount(first);
            int end = runOfLowerCase(text, word);
            if (after && Character.getType(first) == Character.UPPERCASE_LETTER && end > word && end + 1 < n
                    && text.charAt(end) == ' ' && lowerCaseAt(text, end + 1)) {
                out.add(text.substring(i, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Whether a word that opens sentences is capitalised in the middle of one, after a word:
     * {@code [\p{L}\d’'”"]\s+(?:He|She|It|They|We|The|A|An|This|That|These|Those|There|His|Her|Their|Its)}
     * {@code \s+\p{Ll}}.
     */
    static boolean starterInside(String text) {
        int n = text.length();
        for (int j = 1; j < n; j++) {
            if (!space(text.charAt(j)) || space(text.charAt(j - 1)) || !wordOrQuote(text.codePointBefore(j))) continue;
            int k = endOfSpaces(text, j);
            if (k == n || STARTER_INITIALS.indexOf(text.charAt(k)) < 0) continue;
            for (String starter : STARTERS) {
                int e = k + starter.length();
                if (text.startsWith(starter, k) && e < n && space(text.charAt(e))) {
                    int f = endOfSpaces(text, e);
                    if (f < n && lowerCaseAt(text, f)) return true;
                }
            }
        }
        return false;
    }

    /** {@code \p{Ll}} at a position, read as a code point. */
    private static boolean lowerCaseAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) return c >= 'a' && c <= 'z'; // the only lower-case letters of ASCII
        return Character.getType(text.codePointAt(i)) == Character.LOWERCASE_LETTER;
    }

    /** The end of the run of lower-case letters from {@code i}. */
    private static int runOfLowerCase(String text, int i) {
        int end = i;
        while (end < text.length() && lowerCaseAt(text, end)) end += Character.charCount(text.codePointAt(end));
        return end;
    }

    /** {@code [\p{L}'’]}. */
    private static boolean wordChar(int c) {
        return Character.isLetter(c) || c == '\'' || c == '’';
    }

    /** {@code [\p{L}\d’'”"]}. */
    private static boolean wordOrQuote(int c) {
        return Character.isLetter(c) || c >= '0' && c <= '9' || c == '’' || c == '\'' || c == '”' || c == '"';
    }

    /** {@code \s}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int endOfSpaces(String text, int i) {
        while (i < text.length() && space(text.charAt(i))) i++;
        return i;
    }
}
