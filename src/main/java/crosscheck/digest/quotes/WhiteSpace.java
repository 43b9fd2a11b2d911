package crosscheck.digest.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * A text's words between white space ({@code \s}: {@code [ \t\n\x0B\f\r]}), split by hand as {@code Pattern.split}
 * on {@code \s+} splits them ({@code WhiteSpaceTest} holds them to it): the quotations read every sentence of an event
 * word by word, and a pattern tries itself at every character.
 */
final class WhiteSpace {
    private WhiteSpace() {
    }

    /** The words of a text without white space at either end, as {@code \s+} splits it; none for an empty text. */
    static String[] words(String stripped) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < stripped.length()) {
            int end = runEnd(stripped, start, false);
            out.add(stripped.substring(start, end));
            start = runEnd(stripped, end, true);
        }
        return out.toArray(String[]::new);
    }

    /**
     * The first two pieces of a text as {@code \s+} splits it with a limit of three, the rest left out: one piece
     * when it has no white space, and an empty first one when it starts with white space.
     */
    static List<String> firstTwo(String text) {
        int firstEnd = runEnd(text, 0, false);
        if (firstEnd == text.length()) return List.of(text);
        int secondStart = runEnd(text, firstEnd, true);
        return List.of(text.substring(0, firstEnd), text.substring(secondStart, runEnd(text, secondStart, false)));
    }

    /** Where the run of white space (or of other characters) that starts at {@code from} ends. */
    private static int runEnd(String text, int from, boolean ofSpace) {
        int i = from;
        while (i < text.length() && space(text.charAt(i)) == ofSpace) i++;
        return i;
    }

    /** {@code \s}. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
