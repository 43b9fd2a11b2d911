package crosscheck.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern TOKEN = Pattern.compile(
            "\\((?:res|ret)\\.?\\)"
                    + "|(?:\\p{Lu}\\.){2,}(?:['’]s)?"
                    + "|\\p{Nd}[\\p{L}\\p{Nd},.:]*"
                    + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}'’-]*"
                    + "|\\S");
    private static final Set<String> DOTTED = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Gen", "Maj", "Col", "Brig", "Lt", "Capt", "Sgt", "Adm", "Cpl",
            "Pvt", "Cmdr", "Gov", "Sen", "Rep", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs",
            "Fri", "Sat");

    private NameTokens() {
    }

    static List<Token> of(String sentence) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String text = m.group();
            char first = text.charAt(0);
            if (text.startsWith("(") && text.length() > 1) {
                out.add(new Token(text, true, false, false));
            } else if (Character.isDigit(first) || !Character.isLetter(first)) {
                out.add(new Token(text, false, false, false));
            } else {
                boolean dotted = m.end() < sentence.length() && sentence.charAt(m.end()) == '.'
                        && (DOTTED.contains(text) || text.length() == 1 && Character.isUpperCase(first));
                if (dotted) {
                    text += ".";
                    m.region(m.end() + 1, sentence.length());
                }
                out.add(word(text));
            }
        }
        return out;
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
