package crosscheck.digest.wording;

import crosscheck.analyse.Sentence;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which sentences may stand alone in a summary: complete (capital start, final stop), of readable length,
 * not a question, not opening with a pronoun or connective that needs the sentence before it, and not
 * garbled the way machine translation garbles: a sentence-opening word or an ordinary word capitalised in
 * the middle of a sentence ("... Lloyd Austin He said", "... a resolution Calls for ...").
 */
public final class SentenceQuality {
    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 60;
    private static final Set<String> NEEDS_CONTEXT = Set.of(
            "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "him",
            "them", "there", "such", "also", "additionally", "furthermore", "moreover", "however", "meanwhile",
            "but", "and", "so", "then", "later", "instead", "still", "yet", "both", "the person", "in response");
    private static final Pattern ENDS_COMPLETE = Pattern.compile(".*[.!][\"'”’)]?$");
    private static final Pattern STARTS_PROPERLY = Pattern.compile("^[\"“‘']?\\p{Lu}.*");

    private SentenceQuality() {
    }

    /** The words that the given texts write in lower case: a word capitalised elsewhere is then no name. */
    public static Set<String> lowerCaseWords(Iterable<String> texts) {
        Set<String> words = new java.util.HashSet<>();
        for (String text : texts) WordCase.addLowerCaseWords(text, words);
        return words;
    }

    /**
     * Whether a sentence reads well on its own: {@link #whole}, and opening with no pronoun or connective that needs
     * the sentence before it, with its quotation marks closed.
     *
     * @param words          its length in words ({@link Sentence#words})
     * @param lowerCaseWords words the event's reports write in lower case (see {@link #lowerCaseWords})
     */
    public static boolean standsAlone(Sentence sentence, int words, Set<String> lowerCaseWords) {
        if (!whole(sentence, words, lowerCaseWords)) return false;
        String text = sentence.text();
        String lower = withoutOpeningQuote(text).toLowerCase(java.util.Locale.ROOT);
        String first = lower.substring(0, firstBreak(lower));
        if (NEEDS_CONTEXT.contains(first)) return false;
        for (String phrase : NEEDS_CONTEXT) {
            if (phrase.contains(" ") && lower.startsWith(phrase)) return false;
        }
        return balancedQuotes(text);
    }

    /**
     * Whether a sentence is whole, though it may lean on the one before it ("He said ...") or leave a quotation open:
     * of readable length, with a capital start and a final stop, not a question, not garbled. What a summary falls
     * back on when no sentence of an event {@link #standsAlone}.
     *
     * @param words          its length in words ({@link Sentence#words})
     * @param lowerCaseWords words the event's reports write in lower case (see {@link #lowerCaseWords})
     */
    public static boolean whole(Sentence sentence, int words, Set<String> lowerCaseWords) {
        if (sentence.heading()) return false;
        String text = sentence.text();
        if (words < MIN_WORDS || words > MAX_WORDS) return false;
        if (!ENDS_COMPLETE.matcher(text).matches() || !STARTS_PROPERLY.matcher(text).matches()) return false;
        if (text.contains("?") || WordCase.starterInside(text)) return false; // garbled machine translation
        return !hasStrayCapital(text, lowerCaseWords);
    }

    /**
     * Whether a sentence of any length reads as written: a capital start, a final stop, and no word that opens
     * sentences inside it ("... Lloyd Austin He said", where machine translation lost a stop). For sentences shown
     * as extracts beside their report, where a summary's length limits do not apply.
     */
    public static boolean readsWhole(String text) {
        return ENDS_COMPLETE.matcher(text).matches() && STARTS_PROPERLY.matcher(text).matches()
                && !WordCase.starterInside(text);
    }

    /**
     * Whether a sentence was cut off where its source goes on: it ends on a name ("... after Israeli Prime Minister
     * Benjamin Netanyahu.") and the next sentence of the same paragraph reads as the garbled rest of it ("Angry over
     * US decision ... a resolution Calls for ..."), the mark of a stop machine translation put in the middle of a
     * sentence. Such a sentence is no summary candidate even though it reads as complete.
     *
     * @param next           the sentence after it in its report, or null
     * @param lowerCaseWords words the event's reports write in lower case (see {@link #lowerCaseWords})
     */
    public static boolean cutOff(Sentence sentence, Sentence next, Set<String> lowerCaseWords) {
        if (next == null || next.block() != sentence.block() || !endsOnName(sentence.text())) return false;
        String rest = next.text();
        return WordCase.starterInside(rest) || hasStrayCapital(rest, lowerCaseWords);
    }

    /** Whether the last word before the final stop is capitalised, and is not the sentence's only word. */
    private static boolean endsOnName(String text) {
        int end = text.length();
        while (end > 0 && ".!\"'”’) ".indexOf(text.charAt(end - 1)) >= 0) end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return start > 0 && start < end && Character.isUpperCase(text.charAt(start))
                && text.charAt(start - 1) == ' ';
    }

    /** The text without a quotation mark that opens it. */
    private static String withoutOpeningQuote(String text) {
        return !text.isEmpty() && "\"“‘'".indexOf(text.charAt(0)) >= 0 ? text.substring(1) : text;
    }

    /** Where the first word of a text ends: at its first white space ({@code \s}) or comma, else at its end. */
    private static int firstBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (" \t\n\u000B\f\r,".indexOf(text.charAt(i)) >= 0) return i;
        }
        return text.length();
    }

    /**
     * An ordinary word, one the reports write in lower case, capitalised inside the sentence before a lower-case
     * word: a name, or a garbled word.
     */
    private static boolean hasStrayCapital(String text, Set<String> lowerCaseWords) {
        for (String word : WordCase.capitalisedInside(text)) {
            if (lowerCaseWords.contains(word.toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean balancedQuotes(String text) {
        int straight = 0;
        int open = 0;
        int close = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') straight++;
            else if (c == '“') open++;
            else if (c == '”') close++;
        }
        return straight % 2 == 0 && open == close;
    }
}
