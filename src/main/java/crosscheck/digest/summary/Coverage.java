package crosscheck.digest.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy selection of summary sentences by concept coverage (after Gillick and Favre's concept model for
 * multi-document summaries): concepts are the stems and stem bigrams of a sentence, each worth the number of
 * reports that use it when more than one does. Each step takes the sentence that adds the most uncovered
 * concept weight per square root of its length, plus its salience, among those that fit the word budget
 * and repeat no chosen sentence.
 */
final class Coverage {
    /** Weight of salience against the concept gain. */
    static final double SALIENCE = 10;
    /** Cosine above which a candidate repeats a sentence already in the summary. */
    static final double REDUNDANT = 0.4;

    private Coverage() {
    }

    /** Indices of the chosen candidates, in the order chosen. */
    static List<Integer> select(List<Candidate> candidates, double[] salience, Support support, Cosines cosines,
                                Concepts concepts, int wordBudget) {
        int n = candidates.size();
        double[] uncovered = new double[n]; // the weight of each candidate's concepts not yet covered
        boolean[] out = new boolean[n]; // chosen, of no salience, or repeating a chosen sentence: never chosen
        for (int i = 0; i < n; i++) {
            for (int c : concepts.of(i)) uncovered[i] += concepts.weight(c);
            out[i] = salience[i] <= 0;
        }
        boolean[] covered = new boolean[concepts.size()];
        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        while (true) {
            int best = best(candidates, salience, uncovered, out, wordBudget - words);
            if (best < 0) return chosen;
            chosen.add(best);
            words += candidates.get(best).words();
            cover(concepts, best, covered, uncovered);
            for (int i = 0; i < n; i++) {
                if (i == best || cosines.of(i, best) >= REDUNDANT || support.sameClaim(i, best)) out[i] = true;
            }
        }
    }

    /** The candidate of the greatest gain among those left that fit the words left, or -1. */
    private static int best(List<Candidate> candidates, double[] salience, double[] uncovered, boolean[] out,
                            int wordsLeft) {
        int best = -1;
        double bestGain = 0;
        for (int i = 0; i < uncovered.length; i++) {
            int length = candidates.get(i).words();
            if (out[i] || length > wordsLeft) continue;
            double gain = uncovered[i] / Math.sqrt(length) + SALIENCE * salience[i];
            if (gain > bestGain) {
                best = i;
                bestGain = gain;
            }
        }
        return best;
    }

    /** Covers the concepts of a chosen candidate: no candidate gains by them any more. */
    private static void cover(Concepts concepts, int chosen, boolean[] covered, double[] uncovered) {
        for (int c : concepts.of(chosen)) {
            if (covered[c]) continue;
            covered[c] = true;
            for (int i : concepts.holders(c)) uncovered[i] -= concepts.weight(c);
        }
    }
}
