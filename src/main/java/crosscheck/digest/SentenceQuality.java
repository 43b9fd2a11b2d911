package crosscheck.digest;

import crosscheck.text.Sentence;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which sentences may stand alone in a summary: complete (capital start, final stop), of readable length,
 * not a question, and not opening with a pronoun or connective that needs the sentence before it.
 */
final class SentenceQuality {
    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 45;
    private static final Set<String> NEEDS_CONTEXT = Set.of(
            "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "him",
            "them", "there", "such", "also", "additionally", "furthermore", "moreover", "however", "meanwhile",
            "but", "and", "so", "then", "later", "instead", "still", "yet", "both", "the person", "in response");
    private static final Pattern ENDS_COMPLETE = Pattern.compile(".*[.!][\"'”’)]?$");
    /** A word that opens sentences, capitalised in the middle of one: a sign of garbled machine translation. */
    private static final Pattern STARTER_MID_SENTENCE = Pattern.compile(
            "[\\p{L}\\d’'”\"]\\s+(?:He|She|It|They|We|The|A|An|This|That|These|Those|There|His|Her|Their|Its)\\s+\\p{Ll}");
    private static final Pattern STARTS_PROPERLY = Pattern.compile("^[\"“‘']?\\p{Lu}.*");

    private SentenceQuality() {
    }

    static boolean standsAlone(Sentence sentence) {
        if (sentence.heading()) return false;
        String text = sentence.text();
        int words = sentence.words();
        if (words < MIN_WORDS || words > MAX_WORDS) return false;
        if (!ENDS_COMPLETE.matcher(text).matches() || !STARTS_PROPERLY.matcher(text).matches()) return false;
        if (text.contains("?") || STARTER_MID_SENTENCE.matcher(text).find()) return false;
        String lower = text.replaceFirst("^[\"“‘']", "").toLowerCase(java.util.Locale.ROOT);
        String first = lower.split("[\\s,]+", 2)[0];
        if (NEEDS_CONTEXT.contains(first)) return false;
        for (String phrase : NEEDS_CONTEXT) {
            if (phrase.contains(" ") && lower.startsWith(phrase)) return false;
        }
        return balancedQuotes(text);
    }

    private static boolean balancedQuotes(String text) {
        long straight = text.chars().filter(c -> c == '"').count();
        long open = text.chars().filter(c -> c == '“').count();
        long close = text.chars().filter(c -> c == '”').count();
        return straight % 2 == 0 && open == close;
    }
}
