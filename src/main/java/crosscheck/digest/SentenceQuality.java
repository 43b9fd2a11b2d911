package crosscheck.digest;

import crosscheck.text.Sentence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sentences may stand alone in a summary: complete (capital start, final stop), of readable length,
 * not a question, not opening with a pronoun or connective that needs the sentence before it, and not
 * garbled the way machine translation garbles: a sentence-opening word or an ordinary word capitalised in
 * the middle of a sentence ("... Lloyd Austin He said", "... a resolution Calls for ...").
 */
final class SentenceQuality {
    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 60;
    private static final Set<String> NEEDS_CONTEXT = Set.of(
            "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "him",
            "them", "there", "such", "also", "additionally", "furthermore", "moreover", "however", "meanwhile",
            "but", "and", "so", "then", "later", "instead", "still", "yet", "both", "the person", "in response");
    private static final Pattern ENDS_COMPLETE = Pattern.compile(".*[.!][\"'”’)]?$");
    /** A word that opens sentences, capitalised in the middle of one: a sign of garbled machine translation. */
    private static final Pattern STARTER_MID_SENTENCE = Pattern.compile(
            "[\\p{L}\\d’'”\"]\\s+(?:He|She|It|They|We|The|A|An|This|That|These|Those|There|His|Her|Their|Its)\\s+\\p{Ll}");
    /** A capitalised word inside a sentence followed by a lower-case word: a name, or a garbled word. */
    private static final Pattern CAPITALISED_INSIDE = Pattern.compile("(?<=[\\p{Ll}\\d,] )(\\p{Lu}\\p{Ll}+) (?=\\p{Ll})");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}+(?![\\p{L}'’])");
    private static final Pattern STARTS_PROPERLY = Pattern.compile("^[\"“‘']?\\p{Lu}.*");

    private SentenceQuality() {
    }

    /** The words that the given texts write in lower case: a word capitalised elsewhere is then no name. */
    static Set<String> lowerCaseWords(Iterable<String> texts) {
        Set<String> words = new java.util.HashSet<>();
        for (String text : texts) {
            Matcher m = LOWER_WORD.matcher(text);
            while (m.find()) words.add(m.group());
        }
        return words;
    }

    /**
     * Whether a sentence reads well on its own.
     *
     * @param lowerCaseWords words the event's reports write in lower case (see {@link #lowerCaseWords})
     */
    static boolean standsAlone(Sentence sentence, Set<String> lowerCaseWords) {
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
        return balancedQuotes(text) && !hasStrayCapital(text, lowerCaseWords);
    }

    /** An ordinary word, one the reports write in lower case, capitalised inside the sentence. */
    private static boolean hasStrayCapital(String text, Set<String> lowerCaseWords) {
        Matcher m = CAPITALISED_INSIDE.matcher(text);
        while (m.find()) {
            if (lowerCaseWords.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean balancedQuotes(String text) {
        long straight = text.chars().filter(c -> c == '"').count();
        long open = text.chars().filter(c -> c == '“').count();
        long close = text.chars().filter(c -> c == '”').count();
        return straight % 2 == 0 && open == close;
    }
}
