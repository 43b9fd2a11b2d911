package crosscheck.group;

import java.util.Arrays;
import java.util.Map;

/**
 * A sparse, L2-normalised vector over term numbers, in increasing term order, so that a cosine is a linear merge
 * of two int arrays. Immutable.
 */
final class SparseVector {
    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    private final int[] terms;
    private final double[] weights;

    private SparseVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /** A normalised vector of the given (term number, weight) pairs; zero and negative weights are dropped. */
    static SparseVector of(Map<Integer, Double> weights) {
        int[] keys = weights.entrySet().stream().filter(e -> e.getValue() > 0).mapToInt(Map.Entry::getKey)
                .sorted().toArray();
        double[] values = new double[keys.length];
        double norm = 0;
        for (int i = 0; i < keys.length; i++) {
            values[i] = weights.get(keys[i]);
            norm += values[i] * values[i];
        }
        if (norm == 0) return EMPTY;
        norm = Math.sqrt(norm);
        for (int i = 0; i < values.length; i++) values[i] /= norm;
        return new SparseVector(keys, values);
    }

    /** Cosine similarity, between 0 and 1. */
    double cosine(SparseVector other) {
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

    /** The weight of a term, 0 when absent. */
    double weight(int term) {
        int i = Arrays.binarySearch(terms, term);
        return i >= 0 ? weights[i] : 0;
    }

    boolean isEmpty() {
        return terms.length == 0;
    }

    /** The numbers of the {@code k} heaviest terms, heaviest first (ties: lower number first). */
    int[] top(int k) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> weights[x] != weights[y] ? Double.compare(weights[y], weights[x])
                : Integer.compare(terms[x], terms[y]));
        int[] out = new int[Math.min(k, order.length)];
        for (int i = 0; i < out.length; i++) out[i] = terms[order[i]];
        return out;
    }
}
