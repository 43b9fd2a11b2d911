package crosscheck.digest.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word, a comma, a stronger break, or a number, of the words around a count. */
record Token(String text, String lower, Kind kind) {
    enum Kind { WORD, WEAK, STRONG, NUMBER }

    private static final Pattern TOKEN = Pattern.compile(
            "(\\p{Lu}(?:\\.\\p{Lu})+\\.?|\\p{L}[\\p{L}'’-]*)|(,)|([.;:!?()\\[\\]—–])|(\\d[\\d,.]*\\d|\\d)");

    /** The tokens of a text, in order; white space and other characters between them are skipped. */
    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Token.Kind kind = m.group(1) != null ? Token.Kind.WORD : m.group(2) != null ? Token.Kind.WEAK
                    : m.group(3) != null ? Token.Kind.STRONG : Token.Kind.NUMBER;
            out.add(new Token(m.group(), m.group().toLowerCase(Locale.ROOT), kind));
        }
        return out;
    }
}
