package crosscheck.group;

import java.util.Locale;

/**
 * The words of a text as 64-bit hashes, for {@link Copies}: a word is a run of letters and digits, lower-cased, and
 * its hash is a polynomial hash of its characters.
 */
final class WordHashes {
    private static final long SEED = 1125899906842597L;
    /** The Unicode general categories of word characters, as bits: letters (L) and numbers (N). */
    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    private WordHashes() {
    }

    /**
     * Adds the hash of each word of a text, lower-cased (as {@code toLowerCase(Locale.ROOT)} would): each run of
     * letters and digits (Unicode categories L and N, as the pattern {@code [\p{L}\p{N}]+} finds them, code
     * point by code point). ASCII text, the common case, is lower-cased on the fly.
     */
    static void add(String text, LongList out) {
        if (isAscii(text)) addAsciiWords(text, out);
        else addUnicodeWords(text.toLowerCase(Locale.ROOT), out);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return false;
        return true;
    }

    /** In ASCII, the word characters are the letters and the digits. */
    private static void addAsciiWords(String text, LongList out) {
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (!inWord) h = SEED;
                inWord = true;
                h = 31 * h + c;
            } else {
                if (inWord) out.add(h);
                inWord = false;
            }
        }
        if (inWord) out.add(h);
    }

    private static void addUnicodeWords(String text, LongList out) {
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int end = i + Character.charCount(c);
            if ((WORD_TYPES >> Character.getType(c) & 1) != 0) {
                if (!inWord) h = SEED;
                inWord = true;
                for (; i < end; i++) h = 31 * h + text.charAt(i);
            } else {
                if (inWord) out.add(h);
                inWord = false;
                i = end;
            }
        }
        if (inWord) out.add(h);
    }
}
