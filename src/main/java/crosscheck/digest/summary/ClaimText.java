package crosscheck.digest.summary;

import crosscheck.dates.DateFinder;
import crosscheck.digest.wording.Scan;
import crosscheck.group.SortedHashes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a sentence states, in the forms {@link PairFeatures} compares.
 *
 * @param sequence     its stem numbers in order, repeats kept (numbered as the caller numbers stems)
 * @param stems        its distinct stem numbers, sorted
 * @param bigrams      its distinct pairs of consecutive stems, as {@code first * terms + second}, sorted
 * @param trigrams     its distinct letter trigrams (of its lower-case words joined by spaces), as sorted codes
 * @param words        its length in words
 * @param lowerWords   its distinct words in lower case, without a possessive "'s"
 * @param wordHashes   the distinct 64-bit hashes of {@code lowerWords}, sorted: how {@link PairFeatures} counts the
 *                     words two sentences share
 * @param numbers      the distinct values of its numbers ({@link NumberValues}: "four" and "4" are both {@code 4}),
 *                     sorted
 * @param counted      for each number, its value with the word before it and with the one after it, each cut to
 *                     its first four letters ("killing four people": {@code 4 kill}, {@code 4 peop}), each once
 * @param names        its capitalised words after the first, in lower case, without month and weekday names: their
 *                     distinct hashes, sorted, as {@code wordHashes} (which holds them too)
 * @param places       the names that follow "in", "at" or "near", as {@code names}
 * @param days         the weekdays and months it names: bit {@code k} for {@link #DAYS}{@code .get(k)}
 * @param negated      whether it denies anything ("not", "n't", "never", "no", "without", ...)
 * @param negatedWords the words a negation denies: the word after "not", "never", "no", or after a verb with
 *                     "n't" ("did not meet", "didn't meet": {@code meet}), cut to their first four letters, each once
 * @param planned      whether it tells of a plan rather than of what happened ("is scheduled to meet", "will
 *                     meet", "plans to", "is expected to", "won't")
 * @param plannedPast  the past forms ({@link PastForms}) of the verbs it plans, as {@code names}: of the word after
 *                     each plan marker in lower case ("is scheduled to meet": {@code meet}, so {@code met}), past a
 *                     negation or an adverb
 */
public record ClaimText(int[] sequence, long[] stems, long[] bigrams, long[] trigrams, int words,
                        List<String> lowerWords, long[] wordHashes, List<String> numbers, List<Count> counted,
                        long[] names, long[] places, int days, boolean negated, List<String> negatedWords,
                        boolean planned, long[] plannedPast) {
    /** The weekdays, then the months: the bits of {@link #days}. */
    static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
    /** The bits of the weekdays in {@link #days}. */
    static final int WEEKDAYS = 0b1111111;
    private static final Map<String, Integer> DAY_BITS = IntStream.range(0, DAYS.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(DAYS::get, k -> 1 << k));
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "cannot", "without", "nowhere");
    /** Words often capitalised after the first word (after a quotation mark or colon) that are no names. */
    private static final Set<String> NO_NAMES = Set.of("the", "a", "an", "i", "he", "she", "it", "we", "they", "this",
            "that", "these", "those", "in", "on", "at", "but", "and", "or", "if", "as", "there", "his", "her", "our",
            "their", "its", "my", "you", "your", "mr", "mrs", "ms", "dr");
    /** Words between a negation and what it denies: "not be", "never been", "not yet". */
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "have", "has", "had", "yet", "to",
            "a", "an", "the", "any", "longer", "only", "even", "ever", "so", "as", "very", "immediately");
    /** A plan: "scheduled to", "will"; "due to", "set to", "going to" only after a form of "be" ("due to the war"). */
    static final Pattern PLAN = Pattern.compile("(?i)\\b(?:(?:scheduled|expects?|expected|planning|plans|"
            + "planned|intends?|(?:is|are|was|were|be|being) (?:due|set|going)) to|will|shall|won['’]t)\\b|['’]ll\\b");
    /** The words a plan marker of {@link #PLAN} may start with, those before "'ll" aside. */
    private static final List<String> PLAN_STARTS = List.of("scheduled", "expect", "expects", "expected", "planning",
            "plans", "planned", "intend", "intends", "is", "are", "was", "were", "be", "being", "will", "shall", "won");
    /** The words between a plan marker and the verb it plans: "will not meet", "will also visit", "will be holding". */
    private static final Set<String> BEFORE_VERB = Set.of("not", "also", "then", "now", "soon", "still", "likely",
            "probably", "again", "first", "be", "formally", "officially", "only", "never");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near");

    /**
     * @param text  the sentence
     * @param stems its stems in order, numbered
     * @param terms how many stem numbers there are (for the bigram keys)
     */
    public static ClaimText of(String text, int[] stems, int terms) {
        long[] distinct = new long[stems.length];
        for (int k = 0; k < stems.length; k++) distinct[k] = stems[k];
        distinct = SortedHashes.distinct(distinct);
        long[] bigrams = new long[Math.max(0, stems.length - 1)];
        for (int k = 1; k < stems.length; k++) bigrams[k - 1] = (long) stems[k - 1] * terms + stems[k];
        bigrams = SortedHashes.distinct(bigrams);
        Set<String> lower = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> places = new HashSet<>();
        String previous = "";
        int days = 0;
        boolean negated = false;
        boolean denyNext = false;
        Set<String> negatedWords = new HashSet<>();
        int words = 0;
        StringBuilder joined = new StringBuilder();
        for (int start = ClaimWords.start(text, 0); start >= 0; ) {
            int end = ClaimWords.end(text, start);
            String word = text.substring(start, end);
            start = ClaimWords.start(text, end);
            String low = word.toLowerCase(Locale.ROOT);
            boolean denies = low.endsWith("n't") || low.endsWith("n’t");
            if (low.endsWith("'s") || low.endsWith("’s")) low = low.substring(0, low.length() - 2);
            if (NEGATIONS.contains(low)) denies = true;
            if (denyNext && !AUXILIARIES.contains(low)) {
                negatedWords.add(cut(low));
                denyNext = false;
            }
            if (denies) {
                negated = true;
                denyNext = true;
            }
            Integer day = DAY_BITS.get(low);
            if (day != null && (!low.equals("may") || Character.isUpperCase(word.charAt(0)))) days |= day;
            if (words > 0 && Character.isUpperCase(word.codePointAt(0)) && !NO_NAMES.contains(low)
                    && !DateFinder.isCalendarWord(word)) {
                names.add(low);
                if (PLACE_WORDS.contains(previous)) places.add(low);
            }
            previous = low;
            lower.add(low);
            if (!joined.isEmpty()) joined.append(' ');
            joined.append(low);
            words++;
        }
        Set<String> numbers = new TreeSet<>();
        Set<Count> counted = new LinkedHashSet<>();
        for (NumberValues.Mention n : NumberValues.of(text)) {
            numbers.add(n.value());
            String before = ClaimWords.last(text.substring(0, n.start()));
            if (before != null) counted.add(new Count(n.value(), cut(before)));
            String after = ClaimWords.first(text, n.end());
            if (after != null) counted.add(new Count(n.value(), cut(after)));
        }
        Set<String> plannedVerbs = new HashSet<>();
        boolean planned = plannedVerbs(text, plannedVerbs);
        Set<String> plannedPast = new HashSet<>();
        for (String verb : plannedVerbs) plannedPast.addAll(PastForms.of(verb));
        return new ClaimText(stems.clone(), distinct, bigrams, trigrams(joined.toString()), words, List.copyOf(lower),
                hashes(lower), List.copyOf(numbers), List.copyOf(counted), hashes(names), hashes(places), days, negated,
                List.copyOf(negatedWords), planned, hashes(plannedPast));
    }

    /** Whether sorted hashes of words ({@link #wordHashes}, {@link #names}, ...) hold the hash of a word. */
    static boolean holds(long[] hashes, long hash) {
        return Arrays.binarySearch(hashes, hash) >= 0;
    }

    /** A number with a word beside it, cut to its first four letters ("killing four": {@code 4 kill}). */
    record Count(String value, String word) {
    }

    /** The distinct hashes of some words, sorted. */
    private static long[] hashes(Set<String> words) {
        long[] hashes = new long[words.size()];
        int k = 0;
        for (String word : words) hashes[k++] = hash(word);
        return SortedHashes.distinct(hashes);
    }

    /**
     * Adds the word after each plan marker, past the words in {@link #BEFORE_VERB}, to {@code verbs}, and tells
     * whether the text has any plan marker.
     */
    private static boolean plannedVerbs(String text, Set<String> verbs) {
        List<MatchResult> plans = Scan.matches(PLAN, text, at -> mayPlan(text, at));
        for (MatchResult plan : plans) {
            for (int start = ClaimWords.start(text, plan.end()); start >= 0; ) {
                int end = ClaimWords.end(text, start);
                String low = text.substring(start, end).toLowerCase(Locale.ROOT);
                start = ClaimWords.start(text, end);
                if (BEFORE_VERB.contains(low)) continue;
                verbs.add(low);
                break;
            }
        }
        return !plans.isEmpty();
    }

    /**
     * Whether {@link #PLAN} may match at a position: at an apostrophe, or at a word a plan marker starts with; any
     * other character than ASCII is left to the expression.
     */
    static boolean mayPlan(String text, int at) {
        char c = text.charAt(at);
        if (c >= 0x80 || c == '\'') return true;
        return ClaimWords.asciiWordIn(text, at, PLAN_STARTS);
    }

    /** A 64-bit FNV-1a hash of a word: two different words of one event share one with no practical chance. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static String cut(String word) {
        String low = word.toLowerCase(Locale.ROOT);
        return low.length() <= 4 ? low : low.substring(0, 4);
    }

    /** The distinct trigrams of a text, each its three characters in one number, sorted. */
    private static long[] trigrams(String text) {
        long[] out = new long[Math.max(0, text.length() - 2)];
        for (int i = 0; i + 3 <= text.length(); i++) {
            out[i] = (long) text.charAt(i) << 32 | (long) text.charAt(i + 1) << 16 | text.charAt(i + 2);
        }
        return SortedHashes.distinct(out);
    }
}
