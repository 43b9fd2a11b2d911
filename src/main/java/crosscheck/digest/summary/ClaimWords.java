package crosscheck.digest.summary;

import java.util.List;

/**
 * The words of a sentence as {@link ClaimText} reads them, found by hand: exactly the matches that
 * {@code [\p{L}\p{N}]+(?:['’]\p{L}+)?} finds with {@code Matcher.find()} (a run of letters and digits, with an
 * apostrophe and the letters after it: "Gallant's", "didn't"). A sentence's words are read several times (its words,
 * the word before and after each number, the verb after each plan); the expression tried at every character cost
 * more than all else {@link ClaimText} does.
 */
final class ClaimWords {
    private ClaimWords() {
    }

    /** Where the first word at or after {@code from} starts, or -1 if there is none. */
    static int start(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (letterOrNumber(text.codePointAt(i))) return i;
        }
        return -1;
    }

    /** Where the word that starts at {@code start} ends. */
    static int end(String text, int start) {
        int end = start;
        while (end < text.length() && letterOrNumber(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        if (end + 1 < text.length() && apostrophe(text.charAt(end)) && Character.isLetter(text.codePointAt(end + 1))) {
            end++;
            while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
        }
        return end;
    }

    /** The first word at or after {@code from}, or null. */
    static String first(String text, int from) {
        int start = start(text, from);
        return start < 0 ? null : text.substring(start, end(text, start));
    }

    /** The last word of a text, or null. */
    static String last(String text) {
        String last = null;
        for (int start = start(text, 0); start >= 0; ) {
            int end = end(text, start);
            last = text.substring(start, end);
            start = start(text, end);
        }
        return last;
    }

    /**
     * Whether the run of ASCII letters from a position is one of the given words (in lower case), in any case, and a
     * word may start there (no letter or digit just before it: {@code \\b}). What the patterns that open on a word
     * ({@link NumberValues#NUMBER}, {@link ClaimText#PLAN}) are tried on: a run of more letters than their word
     * cannot match. Compared in place: it is asked at every word of every sentence.
     */
    static boolean asciiWordIn(String text, int at, List<String> words) {
        if (!asciiLetter(text.charAt(at)) || at > 0 && letterOrDigit(text.charAt(at - 1))) return false;
        int end = at;
        while (end < text.length() && asciiLetter(text.charAt(end))) end++;
        for (String word : words) {
            if (word.length() == end - at && text.regionMatches(true, at, word, 0, end - at)) return true;
        }
        return false;
    }

    /** {@link Character#isLetterOrDigit(char)}, quick for ASCII. */
    private static boolean letterOrDigit(char c) {
        return c < 0x80 ? asciiLetter(c) || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean letterOrNumber(int c) {
        if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
