package crosscheck.digest.summary;

import crosscheck.group.SortedHashes;
import java.util.List;

/**
 * The features of a pair of sentences that {@link SupportModel} weighs to tell whether they state the same claim:
 * how much of their stems, stem bigrams, words and letter trigrams they share (the share of the shorter one's stems
 * found in the longer is the paraphrase signal), their longest common stem subsequence, their lengths, and whether
 * they agree on numbers (values compared), names, places, weekdays and months, negation and plans. Each feature is
 * between 0 and 1; the last ones are conflicts the model uses as vetoes. Symmetric: the order of the two sentences
 * does not matter.
 */
public final class PairFeatures {
    /** The names of the features, in the order {@link #of} gives them. */
    public static final List<String> NAMES = List.of(
            "stem_dice", "stem_cover_short", "stem_cover_long", "bigram_dice", "word_dice", "length_ratio",
            "numbers_shared", "numbers_one_side", "numbers_both_sides", "names_missing", "names_both_sides",
            "days_conflict", "negation_differs", "lcs_ratio", "extra_stems_most", "extra_stems_least", "trigram_dice",
            "cover_short_squared", "numbers_same", "cover_times_ratio", "length_words", "counts_conflict",
            "places_conflict", "negation_conflict", "plan_against_done");

    /** Stems of one sentence not in the other count up to this many. */
    private static final int EXTRA = 10;

    private PairFeatures() {
    }

    /** The index of lcs_ratio and of trigram_dice in {@link #NAMES}: the two features that cost most. */
    static final int LCS = NAMES.indexOf("lcs_ratio");
    static final int TRIGRAMS = NAMES.indexOf("trigram_dice");
    private static final int STEM_COVER_SHORT = NAMES.indexOf("stem_cover_short");

    public static double[] of(ClaimText a, ClaimText b) {
        double[] x = withoutSequences(a, b);
        addSequences(x, a, b);
        return x;
    }

    /**
     * The features but the two that cost most, {@link #LCS} and {@link #TRIGRAMS}, which are left at 0:
     * {@link #addSequences} adds them, {@link #most} bounds them.
     */
    static double[] withoutSequences(ClaimText a, ClaimText b) {
        int sharedStems = SortedHashes.common(a.stems(), b.stems());
        int shortStems = Math.min(a.stems().length, b.stems().length);
        int longStems = Math.max(a.stems().length, b.stems().length);
        int sharedBigrams = SortedHashes.common(a.bigrams(), b.bigrams());
        int sharedWords = SortedHashes.common(a.wordHashes(), b.wordHashes());
        int sharedNumbers = common(a.numbers(), b.numbers());
        boolean aOwnNumber = sharedNumbers < a.numbers().size();
        boolean bOwnNumber = sharedNumbers < b.numbers().size();
        int aMissing = missing(a.names(), b.wordHashes());
        int bMissing = missing(b.names(), a.wordHashes());
        boolean daysDiffer = daysConflict(a.days(), b.days());
        return new double[]{
                dice(sharedStems, a.stems().length, b.stems().length),
                shortStems == 0 ? 0 : (double) sharedStems / shortStems,
                longStems == 0 ? 0 : (double) sharedStems / longStems,
                dice(sharedBigrams, a.bigrams().length, b.bigrams().length),
                dice(sharedWords, a.lowerWords().size(), b.lowerWords().size()),
                Math.max(a.words(), b.words()) == 0 ? 0
                        : (double) Math.min(a.words(), b.words()) / Math.max(a.words(), b.words()),
                sharedNumbers > 0 ? 1 : 0,
                aOwnNumber != bOwnNumber ? 1 : 0,
                aOwnNumber && bOwnNumber ? 1 : 0,
                Math.min(3, aMissing + bMissing) / 3.0,
                aMissing > 0 && bMissing > 0 ? 1 : 0,
                daysDiffer ? 1 : 0,
                a.negated() != b.negated() ? 1 : 0,
                0, // lcs_ratio: addSequences
                Math.min(EXTRA, Math.max(a.stems().length, b.stems().length) - sharedStems) / (double) EXTRA,
                Math.min(EXTRA, Math.min(a.stems().length, b.stems().length) - sharedStems) / (double) EXTRA,
                0, // trigram_dice: addSequences
                shortStems == 0 ? 0 : Math.pow((double) sharedStems / shortStems, 2),
                !a.numbers().isEmpty() && !aOwnNumber && !bOwnNumber ? 1 : 0,
                (shortStems == 0 ? 0 : (double) sharedStems / shortStems)
                        * Math.min(a.words(), b.words()) / Math.max(1, Math.max(a.words(), b.words())),
                Math.min(60, a.words() + b.words()) / 60.0,
                countsConflict(a, b) ? 1 : 0,
                missing(a.places(), b.wordHashes()) > 0 && missing(b.places(), a.wordHashes()) > 0 ? 1 : 0,
                deniesWhatOtherSays(a, b) || deniesWhatOtherSays(b, a) ? 1 : 0,
                planAgainstDone(a, b) || planAgainstDone(b, a) ? 1 : 0};
    }

    /** Adds to the features {@link #withoutSequences} gave the two it left at 0. */
    static void addSequences(double[] x, ClaimText a, ClaimText b) {
        int longest = Math.max(a.sequence().length, b.sequence().length);
        x[LCS] = a.stems().length == 0 && b.stems().length == 0 ? 0
                : (double) commonSubsequence(a.sequence(), b.sequence()) / longest;
        x[TRIGRAMS] = dice(SortedHashes.common(a.trigrams(), b.trigrams()), a.trigrams().length, b.trigrams().length);
    }

    /**
     * The most that {@link #addSequences} can set feature {@code k} ({@link #LCS} or {@link #TRIGRAMS}) to, from
     * what costs little to count and the features {@code x} that {@link #withoutSequences} gave the pair. A common
     * subsequence takes each of its stems from positions of both sentences holding a stem they share, so it is no
     * longer than the shared stems plus either sentence's repeated stems.
     */
    static double most(int k, double[] x, ClaimText a, ClaimText b) {
        if (k == TRIGRAMS) {
            return dice(Math.min(a.trigrams().length, b.trigrams().length), a.trigrams().length, b.trigrams().length);
        }
        if (a.stems().length == 0 && b.stems().length == 0) return 0;
        // stem_cover_short is shared / shortStems, so the count comes back exactly by rounding, uncounted again
        int shortStems = Math.min(a.stems().length, b.stems().length);
        int shared = (int) Math.round(x[STEM_COVER_SHORT] * shortStems);
        int repeatsA = a.sequence().length - a.stems().length;
        int repeatsB = b.sequence().length - b.stems().length;
        int longest = Math.max(a.sequence().length, b.sequence().length);
        return (double) Math.min(shared + Math.min(repeatsA, repeatsB), longest) / longest;
    }

    /**
     * Whether the two give different numbers next to the same word ("killing four" and "killed one", "seven men"
     * and "five men"): the same thing counted differently.
     */
    static boolean countsConflict(ClaimText a, ClaimText b) {
        for (ClaimText.Count x : a.counted()) {
            if (b.numbers().contains(x.value())) continue;
            for (ClaimText.Count y : b.counted()) {
                if (y.word().equals(x.word()) && !a.numbers().contains(y.value())) return true;
            }
        }
        return false;
    }

    /**
     * Whether both name weekdays, or both name months, and share none of them ("on Tuesday" and "on Friday"); a
     * weekday on one side only, or one of two months, is no conflict ("in May" and "on Tuesday ... in May").
     */
    static boolean daysConflict(int a, int b) {
        return disjoint(a & ClaimText.WEEKDAYS, b & ClaimText.WEEKDAYS)
                || disjoint(a & ~ClaimText.WEEKDAYS, b & ~ClaimText.WEEKDAYS);
    }

    /** Whether both of two sets of days, as bits, hold any, and they share none. */
    private static boolean disjoint(int a, int b) {
        return a != 0 && b != 0 && (a & b) == 0;
    }

    /**
     * Whether {@code a} plans what {@code b}, which plans nothing, tells as done ("is scheduled to meet" against
     * "met"): a plan and its outcome are two claims.
     */
    static boolean planAgainstDone(ClaimText a, ClaimText b) {
        if (b.planned()) return false;
        for (long past : a.plannedPast()) {
            if (ClaimText.holds(b.wordHashes(), past)) return true;
        }
        return false;
    }

    /** Whether {@code a} denies a word that {@code b}, which denies nothing, uses ("did not meet" against "met"). */
    static boolean deniesWhatOtherSays(ClaimText a, ClaimText b) {
        if (b.negated()) return false;
        for (String denied : a.negatedWords()) {
            for (String word : b.lowerWords()) {
                if (word.startsWith(denied)) return true;
            }
        }
        return false;
    }

    /** The length of the longest common subsequence of two stem sequences. */
    private static int commonSubsequence(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] row = new int[b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                row[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
            }
            int[] t = previous;
            previous = row;
            row = t;
        }
        return previous[b.length];
    }

    private static double dice(int shared, int a, int b) {
        return a + b == 0 ? 0 : 2.0 * shared / (a + b);
    }

    /** How many values two sorted lists of distinct values share. */
    private static int common(List<String> a, List<String> b) {
        int count = 0;
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            int order = a.get(i).compareTo(b.get(j));
            if (order == 0) count++;
            if (order <= 0) i++;
            if (order >= 0) j++;
        }
        return count;
    }

    /** How many of the names are not among the other sentence's words (both as sorted distinct hashes). */
    private static int missing(long[] names, long[] otherWords) {
        return names.length - SortedHashes.common(names, otherWords);
    }
}
