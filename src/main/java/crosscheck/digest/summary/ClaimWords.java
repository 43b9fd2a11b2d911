package crosscheck.digest.summary;

import java.util.Locale;

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
     * The run of ASCII letters from a position, in lower case, if a word may start there (no letter or digit just
     * before it: {@code \b}); else null. What the patterns that open on a word ({@link NumberValues#NUMBER},
     * {@link ClaimText#PLAN}) are tried on: a run of more letters than their word cannot match.
     */
    static String asciiWordAt(String text, int at) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) return null;
        int end = at;
        while (end < text.length() && asciiLetter(text.charAt(end))) end++;
        return end == at ? null : text.substring(at, end).toLowerCase(Locale.ROOT);
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
