package crosscheck.core;

import java.util.Locale;

/** Small plain-text helpers for the cleaning steps: the clean stage and the page metadata it reads. */
public final class Texts {
    private Texts() {
    }

    /**
     * Plain text as it goes into a block: no-break and other odd spaces become spaces, invisible characters
     * (zero-width, soft hyphen, control characters) go, runs of white space become one space, ends trimmed.
     */
    public static String normalize(CharSequence text) {
        int n = text.length();
        char[] chars = new char[n];
        if (text instanceof String string) {
            string.getChars(0, n, chars, 0);
        } else if (text instanceof StringBuilder builder) {
            builder.getChars(0, n, chars, 0);
        } else {
            for (int i = 0; i < n; i++) chars[i] = text.charAt(i);
        }
        // in place: a space is written only for at least one white-space character read, so writes never overtake reads
        int length = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c > ' ' && c < 0x7F) {
                if (space) {
                    chars[length++] = ' ';
                    space = false;
                }
                chars[length++] = c;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = length > 0;
            } else if (!isInvisible(c)) {
                if (space) {
                    chars[length++] = ' ';
                    space = false;
                }
                chars[length++] = c;
            }
        }
        return new String(chars, 0, length);
    }

    /** Whether a character shows nothing: zero-width characters, the soft hyphen, control characters. */
    public static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || (Character.isISOControl(c) && !Character.isWhitespace(c));
    }

    /** A comparison key: lower-case letters and digits, one space between words. */
    public static String key(String text) {
        int n = text.length();
        char[] out = new char[n];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    // as below, without the look-ups
                } else if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                } else {
                    space = true;
                    continue;
                }
            } else if (Character.isLetterOrDigit(c)) {
                c = Character.toLowerCase(c);
            } else {
                space = true;
                continue;
            }
            if (space && length > 0) out[length++] = ' ';
            space = false;
            out[length++] = c;
        }
        return new String(out, 0, length);
    }

    /** Number of white-space separated words ({@link WordCount}). */
    public static int words(String text) {
        return WordCount.of(text);
    }

    /** Characters that are not white space. */
    public static int visible(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isInvisible(c)) count++;
        }
        return count;
    }

    /** The last character that is not a closing quote, bracket or white space; 0 when there is none. */
    public static char lastMark(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "\"'”’»)]*".indexOf(c) >= 0) continue;
            return c;
        }
        return 0;
    }

    /** Whether the text ends like a sentence: full stop, question or exclamation mark, ellipsis. */
    public static boolean endsSentence(String text) {
        char c = lastMark(text);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    /** Whether the text ends with any punctuation a heading would not end with. */
    public static boolean endsWithPunctuation(String text) {
        char c = lastMark(text);
        return endsSentence(text) || c == ',' || c == ';' || c == ':';
    }

    /** Sentence boundaries inside the text: a full stop, ! or ? followed by a space and a capital. */
    public static int innerSentenceBreaks(String text) {
        int count = 0;
        for (int i = 1; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                char next = text.charAt(i + 2);
                if (Character.isUpperCase(next) || next == '"' || next == '“') {
                    // "U.S. Army", "Mr. Smith": a one-letter or title-like word before the stop is no sentence end
                    int start = text.lastIndexOf(' ', i - 1) + 1;
                    String word = text.substring(start, i);
                    if (word.length() <= 1 || word.indexOf('.') >= 0 || isAbbreviation(word)) continue;
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean isAbbreviation(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov",
                 "pres", "prof", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                 "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "adm", "brig", "cmdr", "rev", "res" -> true;
            default -> false;
        };
    }

    /** How many times {@code c} occurs in the text. */
    public static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == c) n++;
        return n;
    }

    /** Whether the first letter or digit, after opening quotes and brackets, is a capital, uncased or a digit. */
    public static boolean startsUpper(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) return Character.isUpperCase(c) || !Character.isLowerCase(c);
            if (Character.isDigit(c)) return true;
            if ("\"'“‘([".indexOf(c) < 0) return false;
        }
        return false;
    }

    /** Whether the first letter, after opening quotes, is lower-case. */
    public static boolean startsLower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c);
            if ("\"'“‘".indexOf(c) < 0) return false;
        }
        return false;
    }

    /** Whether the text has a letter or a digit. */
    public static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
        return false;
    }
}
