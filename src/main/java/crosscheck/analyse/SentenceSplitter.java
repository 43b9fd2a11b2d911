package crosscheck.analyse;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences with the JDK's sentence boundaries ({@link BreakIterator}), then mends the boundaries
 * it puts after abbreviations of titles, ranks and months, after initials ("William J. Burns") and after bracketed
 * abbreviations ("Maj. Gen. (res.) Eyal Zamir"), and before text that cannot open a sentence ("U.K.'|s", "Enough!|,
 * he said", a stray full stop or quotation mark); and splits after "U.S." when a new sentence plainly starts and
 * after a closing quotation mark that a capital follows without a space.
 * Instances are cheap and not shared between threads.
 */
final class SentenceSplitter {
    /** Abbreviations after which a capitalised word goes on the same sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Fr", "Sr", "Jr", "St", "Mt", "Ft",
            "Gen", "Maj", "Col", "Brig", "Lt", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Gov",
            "Sen", "Rep", "Pres", "Amb", "Hon", "Supt", "Insp", "Det", "Atty", "Lt.Col",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "No", "Nos", "Vol", "vs", "v", "approx", "est", "ca", "res", "ret");
    /** Punctuation that goes on a sentence rather than opening one. */
    private static final String CONTINUING = ",;:.!?)]}-\u2010\u2011\u2013\u2014\u2026";
    /** The end of a sentence in a closing quotation mark, a capital next: "imperative.”Local". */
    private static final Pattern QUOTE_THEN_CAPITAL = Pattern.compile("[.!?][\"”’]+(?=\\p{Lu})");
    /**
     * The last word and its full stop. A match never starts inside a run of letters and dots (one from the run's
     * start would match as well), so find() gives up on a run once instead of at each of its letters.
     */
    private static final Pattern LAST_WORD = Pattern.compile("(?:(?<![\\p{L}.])|(?=\\())(\\(?)([\\p{L}.]+)\\.\\)?\\s*$");
    private static final Pattern ENDS_WITH_ACRONYM = Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}\\.){2,}\\s*$");
    /**
     * An acronym such as U.S. or U.N. followed by a word that opens sentences. A match never starts inside an
     * acronym (one from its start would match as well), so a long run of "A.A.A." is tried once, not at each letter.
     */
    private static final Pattern ACRONYM_THEN_NEW_SENTENCE = Pattern.compile(
            "(?<!\\b[A-Z]\\.)\\b(?:[A-Z]\\.){2,}+\\s+(?=(?:The|He|She|It|They|We|I|But|However|Meanwhile|In|On|At|This|That|These|"
                    + "Those|His|Her|Its|Their|A|An|After|Before|When|While|Earlier|Later|Officials?)\\b)");

    private final BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);

    /** The sentences of a text, trimmed, in order; empty for blank text. */
    List<String> split(String text) {
        List<String> raw = new ArrayList<>();
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            addSplitAfterClosingQuotes(text.substring(start, end), raw);
        }
        List<String> merged = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : raw) {
            if (!current.isEmpty() && !endsWithAbbreviation(current) && opensSentence(piece)
                    && !Clock.goesOn(current, piece)) {
                addSplitAtAcronyms(current.toString(), merged);
                current.setLength(0);
            }
            current.append(piece);
        }
        if (!current.isEmpty()) addSplitAtAcronyms(current.toString(), merged);
        return merged;
    }

    /**
     * Whether a piece may open a sentence. Not when it has no letter or digit (a stray full stop or quotation mark
     * of tokenised text: "it ended . \""), nor when it starts with a lowercase word ("s biggest" after "the U.K.'",
     * "or, if not" after a question), with punctuation that goes on a sentence (", he said" after "Enough!", "; devs",
     * "-based" after "Calif.", "-- pride") or with a bracket of lowercase or digits ("(generic)" after "p.m.",
     * "(1500 GMT)"). A lowercase word with a capital in it ("iPhone", "eBay") may open one.
     */
    private static boolean opensSentence(String piece) {
        int n = piece.length();
        int i = 0;
        while (i < n && isSpace(piece.charAt(i))) i++;
        if (i == n) return false;
        boolean letterOrDigit = false;
        for (int k = i; k < n && !letterOrDigit; k++) letterOrDigit = Character.isLetterOrDigit(piece.charAt(k));
        if (!letterOrDigit) return false;
        char c = piece.charAt(i);
        char next = i + 1 < n ? piece.charAt(i + 1) : ' ';
        if (Character.isLowerCase(c)) {
            for (int k = i; k < n && Character.isLetter(piece.charAt(k)); k++) {
                if (Character.isUpperCase(piece.charAt(k))) return true;
            }
            return false;
        }
        if (CONTINUING.indexOf(c) >= 0) return false;
        if (c == '(') return !Character.isLowerCase(next) && !Character.isDigit(next);
        if (c == '\'' || c == '\u2019') return !Character.isLowerCase(next); // "'s", not "'There is"
        return true;
    }

    /**
     * Whether a text ends with an abbreviation, an acronym or an initial, its full stop maybe set off by a space as
     * machine translation and tokenised text write it ("U.S .", "Mr .").
     */
    private static boolean endsWithAbbreviation(CharSequence written) {
        CharSequence text = Clock.closeStop(written);
        // Both patterns match at the end of the text, from the character before its last run of letters and dots:
        // only that tail is searched, or a sentence mended piece by piece ("J. J. J. ...") is searched again whole
        // for each piece.
        int from = Math.max(0, lastRunStart(text) - 1);
        Matcher acronym = ENDS_WITH_ACRONYM.matcher(text).region(from, text.length()).useAnchoringBounds(false);
        if (acronym.find()) return true; // "U.S." goes on unless a sentence starts
        Matcher m = LAST_WORD.matcher(text).region(from, text.length()).useTransparentBounds(true);
        if (!m.find()) return false;
        String word = m.group(2);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        if (initial && text == written) return true; // an initial: "J.", not "I ." at a sentence's end
        return ABBREVIATIONS.contains(word);
    }

    /**
     * Where the text's last run of letters and dots starts, past its trailing spaces and one closing bracket: the
     * run "J." of "... J.) ". The break iterator never breaks a sentence inside such a run, so it lies in the last
     * piece.
     */
    private static int lastRunStart(CharSequence text) {
        int i = text.length();
        while (i > 0 && isSpace(text.charAt(i - 1))) i--;
        if (i > 0 && text.charAt(i - 1) == ')') i--;
        while (i > 0) {
            int c = Character.codePointBefore(text, i);
            if (c != '.' && !Character.isLetter(c)) break; // \p{L}
            i -= Character.charCount(c);
        }
        return i;
    }

    /** The characters {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * A piece split after a full stop (or "!", "?") and a closing quotation mark with no space before the next capital
     * ("a strategic imperative.”Local authorities said"), where the JDK's iterator sees no boundary.
     */
    private static void addSplitAfterClosingQuotes(String piece, List<String> out) {
        Matcher m = QUOTE_THEN_CAPITAL.matcher(piece);
        int from = 0;
        while (m.find()) {
            out.add(piece.substring(from, m.end()));
            from = m.end();
        }
        out.add(piece.substring(from));
    }

    private static void addSplitAtAcronyms(String sentence, List<String> out) {
        Matcher m = ACRONYM_THEN_NEW_SENTENCE.matcher(sentence);
        int from = 0;
        while (m.find()) {
            addTrimmed(sentence.substring(from, m.end()), out);
            from = m.end();
        }
        addTrimmed(sentence.substring(from), out);
    }

    private static void addTrimmed(String sentence, List<String> out) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) out.add(trimmed);
    }
}
