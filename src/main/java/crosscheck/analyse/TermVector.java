package crosscheck.analyse;

import java.util.Arrays;
import java.util.List;

/**
 * A sparse, L2-normalised vector over term numbers, in increasing term order, so that a cosine is a linear merge of
 * two int arrays; every weight is positive. Every sum over terms (the norm, a cosine, a centroid's sums) runs in the
 * order of the numbers: over {@link TfIdf}'s numbers, the terms' alphabetical order, whoever computes it. Compare
 * only vectors over one numbering. Immutable.
 */
public final class TermVector {
    public static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

    private final int[] terms;
    private final double[] weights;

    private TermVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /**
     * A normalised vector of the given terms (distinct numbers, in any order) with the weights at the same
     * positions; zero and negative weights are dropped.
     */
    public static TermVector of(int[] terms, double[] weights) {
        int positive = 0;
        for (double w : weights) if (w > 0) positive++;
        if (positive == 0) return EMPTY;
        int[] order = ascending(terms) ? null : sortedPositions(terms);
        int[] keys = new int[positive];
        double[] values = new double[positive];
        int kept = 0;
        double norm = 0;
        for (int k = 0; k < terms.length; k++) {
            int i = order == null ? k : order[k];
            if (!(weights[i] > 0)) continue;
            keys[kept] = terms[i];
            values[kept] = weights[i];
            norm += values[kept] * values[kept];
            kept++;
        }
        return normalised(keys, values, norm);
    }

    /**
     * The vector of already sorted terms and positive weights, divided by {@code sqrt(squares)}: their own sum of
     * squares, or more when they are part of a longer vector whose other terms no vector of this numbering has.
     */
    static TermVector normalised(int[] terms, double[] weights, double squares) {
        if (squares == 0) return EMPTY;
        double norm = Math.sqrt(squares);
        for (int i = 0; i < weights.length; i++) weights[i] /= norm;
        return new TermVector(terms, weights);
    }

    private static boolean ascending(int[] terms) {
        for (int i = 1; i < terms.length; i++) if (terms[i - 1] >= terms[i]) return false;
        return true;
    }

    /** The positions of the terms in increasing term order. */
    private static int[] sortedPositions(int[] terms) {
        long[] order = new long[terms.length]; // term number in the high half, position in the low half
        for (int i = 0; i < terms.length; i++) order[i] = (long) terms[i] << 32 | i;
        Arrays.sort(order);
        int[] positions = new int[terms.length];
        for (int i = 0; i < terms.length; i++) positions[i] = (int) order[i];
        return positions;
    }

    /**
     * The normalised sum of the given vectors: the centre of what they say. Each term's weights are added in the
     * order of the vectors. The sums are gathered in an array over the term numbers when the numbers in use are few
     * enough (one event's sentences), else by sorting the vectors' entries (a few reports over a large vocabulary);
     * both add the same numbers in the same order.
     */
    public static TermVector centroid(List<TermVector> vectors) {
        int total = 0;
        int span = 0;
        for (TermVector v : vectors) {
            total += v.terms.length;
            if (v.terms.length > 0) span = Math.max(span, v.terms[v.terms.length - 1] + 1);
        }
        return span <= 4 * total ? centroidOverAll(vectors, span) : centroidBySorting(vectors, total);
    }

    /** Sums in an array over the numbers in use; as every weight is positive, a sum above 0 is a term in use. */
    private static TermVector centroidOverAll(List<TermVector> vectors, int span) {
        double[] sum = new double[span];
        for (TermVector v : vectors) {
            for (int i = 0; i < v.terms.length; i++) sum[v.terms[i]] += v.weights[i];
        }
        int distinct = 0;
        for (double s : sum) if (s > 0) distinct++;
        int[] terms = new int[distinct];
        double[] sums = new double[distinct];
        double squares = 0;
        for (int term = 0, k = 0; term < span; term++) {
            if (!(sum[term] > 0)) continue;
            terms[k] = term;
            sums[k] = sum[term];
            squares += sums[k] * sums[k];
            k++;
        }
        return normalised(terms, sums, squares);
    }

    private static TermVector centroidBySorting(List<TermVector> vectors, int total) {
        long[] order = new long[total]; // term number in the high half, position in `values` in the low half
        double[] values = new double[total];
        int at = 0;
        for (TermVector v : vectors) {
            for (int i = 0; i < v.terms.length; i++, at++) {
                order[at] = (long) v.terms[i] << 32 | at;
                values[at] = v.weights[i];
            }
        }
        Arrays.sort(order);
        int[] terms = new int[total];
        double[] sums = new double[total];
        int distinct = 0;
        for (int k = 0; k < total; k++) {
            int term = (int) (order[k] >>> 32);
            double value = values[(int) order[k]];
            if (distinct > 0 && terms[distinct - 1] == term) {
                sums[distinct - 1] += value;
            } else {
                terms[distinct] = term;
                sums[distinct++] = value;
            }
        }
        return of(Arrays.copyOf(terms, distinct), Arrays.copyOf(sums, distinct));
    }

    /** Cosine similarity, between 0 and 1. */
    public double cosine(TermVector other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        int[] a = terms;
        int[] b = other.terms;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) dot += weights[i++] * other.weights[j++];
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return dot;
    }

    /**
     * The cosine with a vector spread out over all term numbers ({@link #spreadInto}): the same products added in
     * the same order as {@link #cosine} adds them (terms not shared add zero), so bit for bit the same, and faster
     * when one vector meets many.
     */
    public double dot(double[] spread) {
        double dot = 0;
        for (int k = 0; k < terms.length; k++) dot += weights[k] * spread[terms[k]];
        return dot;
    }

    /** Writes the weights into an array indexed by term number, which must be zero elsewhere. */
    public void spreadInto(double[] spread) {
        for (int k = 0; k < terms.length; k++) spread[terms[k]] = weights[k];
    }

    /** Sets the weights {@link #spreadInto} wrote back to zero. */
    public void clearFrom(double[] spread) {
        for (int term : terms) spread[term] = 0;
    }

    /** The weight of a term, 0 when absent. */
    public double weight(int term) {
        int i = Arrays.binarySearch(terms, term);
        return i >= 0 ? weights[i] : 0;
    }

    /** The weights of the given terms, 0 for those absent. */
    public double[] weights(int[] someTerms) {
        double[] out = new double[someTerms.length];
        for (int i = 0; i < someTerms.length; i++) out[i] = weight(someTerms[i]);
        return out;
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    /** The numbers of the {@code k} heaviest terms, heaviest first (ties: lower number first). */
    public int[] top(int k) {
        int[] best = new int[Math.min(k, terms.length)]; // positions, heaviest first
        int size = 0;
        for (int i = 0; i < terms.length && best.length > 0; i++) {
            if (size == best.length && !heavier(i, best[size - 1])) continue;
            int at = size < best.length ? size++ : size - 1;
            for (; at > 0 && heavier(i, best[at - 1]); at--) best[at] = best[at - 1];
            best[at] = i;
        }
        int[] out = new int[best.length];
        for (int i = 0; i < out.length; i++) out[i] = terms[best[i]];
        return out;
    }

    /** Whether the term at position x comes before the one at y in {@link #top}'s order. */
    private boolean heavier(int x, int y) {
        return weights[x] != weights[y] ? weights[x] > weights[y] : x < y;
    }
}
