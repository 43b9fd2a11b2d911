package crosscheck.digest.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words and punctuation of a sentence, as name finding needs them: possessives cut off ("Galante’s"
 * is "Galante"), abbreviations and initials keep their dot ("Maj.", "J.", "U.S."), "(res.)" is one word,
 * and "Hamas-controlled" is the name "Hamas" with a lower-case tail.
 */
final class NameTokens {
    /**
     * One token.
     *
     * @param text       the word without possessive or lower-case hyphen tail, or the punctuation mark
     * @param word       whether it is a word (letters) rather than punctuation or a number
     * @param possessive whether the word ended in "’s" or "s’"
     * @param tail       whether a lower-case part followed a hyphen ("Hamas-controlled")
     */
    record Token(String text, boolean word, boolean possessive, boolean tail) {
        boolean capitalised() {
            return word && (Character.isUpperCase(text.codePointAt(0)) || NameWords.isParticleName(text));
        }

        boolean lowerCase() {
            return word && Character.isLowerCase(text.codePointAt(0)) && !NameWords.isParticleName(text);
        }
    }

    private static final Set<String> DOTTED = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Gen", "Maj", "Col", "Brig", "Lt", "Capt", "Sgt", "Adm", "Cpl",
            "Pvt", "Cmdr", "Gov", "Sen", "Rep", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs",
            "Fri", "Sat");

    private NameTokens() {
    }

    static List<Token> of(String sentence) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        while (at < sentence.length()) {
            if (space(sentence.charAt(at))) {
                at++;
                continue;
            }
            int end = tokenEnd(sentence, at);
            String text = sentence.substring(at, end);
            at = end;
            char first = text.charAt(0);
            if (text.startsWith("(") && text.length() > 1) {
                out.add(new Token(text, true, false, false));
            } else if (Character.isDigit(first) || !Character.isLetter(first)) {
                out.add(new Token(text, false, false, false));
            } else {
                boolean dotted = end < sentence.length() && sentence.charAt(end) == '.'
                        && (DOTTED.contains(text) || text.length() == 1 && Character.isUpperCase(first));
                if (dotted) {
                    text += ".";
                    at = end + 1;
                }
                out.add(word(text));
            }
        }
        return out;
    }

    /**
     * Where the token that starts at a character other than white space ends: the first of "(res.)" or "(ret.)",
     * dotted capitals ("U.S.", with a possessive), a number (digits, then letters, digits and ",.:"), a word
     * (letters and marks, then digits, apostrophes and hyphens too), else the one character. As the expression
     * {@code \((?:res|ret)\.?\)|(?:\p{Lu}\.){2,}(?:['’]s)?|\p{Nd}[\p{L}\p{Nd},.:]*}
     * {@code |[\p{L}\p{M}][\p{L}\p{M}\p{Nd}'’-]*|\S} matches ({@code ScansTest} holds it to it).
     */
    static int tokenEnd(String s, int i) {
        int n = s.length();
        if (s.startsWith("(res", i) || s.startsWith("(ret", i)) {
            int j = s.startsWith(".", i + 4) ? i + 5 : i + 4;
            if (s.startsWith(")", j)) return j + 1;
        }
        int dotted = i;
        int capitals = 0;
        while (dotted < n && Character.getType(s.codePointAt(dotted)) == Character.UPPERCASE_LETTER) {
            int dot = dotted + Character.charCount(s.codePointAt(dotted));
            if (!s.startsWith(".", dot)) break;
            dotted = dot + 1;
            capitals++;
        }
        if (capitals >= 2) {
            boolean possessive = dotted + 1 < n && (s.charAt(dotted) == '\'' || s.charAt(dotted) == '’')
                    && s.charAt(dotted + 1) == 's';
            return possessive ? dotted + 2 : dotted;
        }
        int c = s.codePointAt(i);
        int end = i + Character.charCount(c);
        if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
            while (end < n && (letterOrDigit(s.codePointAt(end)) || ",.:".indexOf(s.charAt(end)) >= 0)) {
                end += Character.charCount(s.codePointAt(end));
            }
        } else if (Character.isLetter(c) || mark(c)) {
            while (end < n && (letterOrDigit(s.codePointAt(end)) || mark(s.codePointAt(end))
                    || "'’-".indexOf(s.charAt(end)) >= 0)) {
                end += Character.charCount(s.codePointAt(end));
            }
        }
        return end;
    }

    /** {@code [\p{L}\p{Nd}]}. */
    private static boolean letterOrDigit(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** {@code \p{M}}. */
    private static boolean mark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code \s}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Token word(String raw) {
        String text = raw;
        boolean possessive = false;
        if (text.endsWith("’s") || text.endsWith("'s")) {
            text = text.substring(0, text.length() - 2);
            possessive = true;
        }
        while (text.endsWith("’") || text.endsWith("'") || text.endsWith("-")) {
            possessive |= !text.endsWith("-") && text.length() > 2 && text.charAt(text.length() - 2) == 's';
            text = text.substring(0, text.length() - 1);
        }
        boolean tail = false;
        int dash = text.indexOf('-');
        boolean capitalised = Character.isUpperCase(text.codePointAt(0)) && !NameWords.isParticleName(text);
        if (dash > 0 && dash + 1 < text.length() && capitalised) {
            int cut = dash;
            if (Character.isDigit(text.charAt(dash + 1))) return new Token(text, false, false, false); // "AK-47"
            for (String part : text.substring(dash + 1).split("-")) {
                if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) {
                    tail = true;
                    break;
                }
                cut += part.length() + 1;
            }
            if (tail) text = text.substring(0, cut);
        }
        return new Token(text, true, possessive, tail);
    }
}
