package crosscheck.digest.summary;

import java.util.Arrays;
import java.util.List;

/**
 * The concepts of an event's candidate sentences for {@link Coverage}: the stems and stem bigrams of each, numbered
 * (a stem by its number in the event's {@link crosscheck.analyse.TfIdf}, bigrams after all stems, in order of their two
 * stems). A concept is worth the number of reports that use it when more than one does, or when the event has one
 * report; else nothing.
 */
final class Concepts {
    /** For each candidate, the numbers of its distinct concepts. */
    private final int[][] byCandidate;
    /** For each concept, its worth. */
    private final int[] weights;
    /** For each concept, the candidates that hold it, in order. */
    private final int[][] holders;

    private Concepts(int[][] byCandidate, int[] weights, int[][] holders) {
        this.byCandidate = byCandidate;
        this.weights = weights;
        this.holders = holders;
    }

    /**
     * @param candidates the candidates, report by report (as {@link Summarizer} lists them)
     * @param terms      how many stems the event's {@link crosscheck.analyse.TfIdf} numbers
     */
    static Concepts of(List<Candidate> candidates, int terms, int reports) {
        int n = candidates.size();
        int[][] stems = new int[n][];
        for (int i = 0; i < n; i++) stems[i] = candidates.get(i).stems();
        long[] bigrams = bigrams(stems, terms);
        int count = terms + bigrams.length;
        int[][] byCandidate = new int[n][];
        int[] seenIn = new int[count];
        Arrays.fill(seenIn, -1);
        for (int i = 0; i < n; i++) byCandidate[i] = distinctConcepts(i, stems[i], bigrams, terms, seenIn);
        int[][] holders = holders(byCandidate, count);
        int[] weights = new int[count];
        for (int c = 0; c < count; c++) weights[c] = worth(holders[c], candidates, reports);
        return new Concepts(byCandidate, weights, holders);
    }

    /** The distinct bigrams of the sentences' stems, as sorted {@link #pair} keys. */
    private static long[] bigrams(int[][] stems, int terms) {
        int total = 0;
        for (int[] s : stems) total += s.length - 1;
        long[] all = new long[total];
        int k = 0;
        for (int[] s : stems) {
            for (int j = 1; j < s.length; j++) all[k++] = pair(s[j - 1], s[j], terms);
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int j = 0; j < all.length; j++) {
            if (j == 0 || all[j] != all[j - 1]) all[distinct++] = all[j];
        }
        return Arrays.copyOf(all, distinct);
    }

    private static long pair(int first, int second, int terms) {
        return (long) first * terms + second;
    }

    /**
     * The numbers of the distinct concepts of candidate {@code i}: its stems, then its bigrams.
     *
     * @param seenIn for each concept, the last candidate found to hold it
     */
    private static int[] distinctConcepts(int i, int[] stems, long[] bigrams, int terms, int[] seenIn) {
        int[] concepts = new int[2 * stems.length - 1];
        for (int k = 0; k < stems.length; k++) {
            concepts[k] = stems[k];
            if (k > 0) {
                long bigram = pair(stems[k - 1], stems[k], terms);
                concepts[stems.length + k - 1] = terms + Arrays.binarySearch(bigrams, bigram);
            }
        }
        int distinct = 0;
        for (int concept : concepts) {
            if (seenIn[concept] == i) continue; // a concept counts once in a sentence
            seenIn[concept] = i;
            concepts[distinct++] = concept;
        }
        return Arrays.copyOf(concepts, distinct);
    }

    /** For each concept, the candidates that hold it, in order. */
    private static int[][] holders(int[][] byCandidate, int count) {
        int[] held = new int[count];
        for (int[] concepts : byCandidate) {
            for (int c : concepts) held[c]++;
        }
        int[][] holders = new int[count][];
        for (int c = 0; c < count; c++) holders[c] = new int[held[c]];
        int[] filled = new int[count];
        for (int i = 0; i < byCandidate.length; i++) {
            for (int c : byCandidate[i]) holders[c][filled[c]++] = i;
        }
        return holders;
    }

    /** The number of reports whose candidates hold a concept, if more than one or the event has one report. */
    private static int worth(int[] holders, List<Candidate> candidates, int reports) {
        int users = 0;
        int last = -1;
        for (int i : holders) {
            int report = candidates.get(i).article();
            if (report != last) users++; // candidates come report by report
            last = report;
        }
        return users > 1 || reports == 1 ? users : 0;
    }

    int size() {
        return weights.length;
    }

    /** The distinct concepts of a candidate. */
    int[] of(int candidate) {
        return byCandidate[candidate];
    }

    int weight(int concept) {
        return weights[concept];
    }

    /** The candidates that hold a concept, in order. */
    int[] holders(int concept) {
        return holders[concept];
    }
}
