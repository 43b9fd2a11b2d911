package crosscheck.text;

import java.util.HashMap;
import java.util.Map;

/**
 * A sparse, L2-normalised term-weight vector with terms in sorted order, so that the cosine of two vectors
 * is a linear merge. Immutable.
 */
public final class TermVector {
    public static final TermVector EMPTY = new TermVector(new String[0], new double[0]);

    private final String[] terms;
    private final double[] weights;

    private TermVector(String[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /** A normalised vector of the given (term, weight) pairs; zero and negative weights are dropped. */
    public static TermVector of(Map<String, Double> weights) {
        String[] keys = weights.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .sorted().toArray(String[]::new);
        double[] values = new double[keys.length];
        double norm = 0;
        for (int i = 0; i < keys.length; i++) {
            values[i] = weights.get(keys[i]);
            norm += values[i] * values[i];
        }
        norm = Math.sqrt(norm);
        if (norm == 0) return EMPTY;
        for (int i = 0; i < values.length; i++) values[i] /= norm;
        return new TermVector(keys, values);
    }

    /** The normalised sum of the given vectors: the centre of what they say. */
    public static TermVector centroid(Iterable<TermVector> vectors) {
        Map<String, Double> sum = new HashMap<>();
        for (TermVector v : vectors) {
            for (int i = 0; i < v.terms.length; i++) sum.merge(v.terms[i], v.weights[i], Double::sum);
        }
        return of(sum);
    }

    /** Cosine similarity, between 0 and 1. */
    public double cosine(TermVector other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            int c = terms[i].compareTo(other.terms[j]);
            if (c == 0) dot += weights[i++] * other.weights[j++];
            else if (c < 0) i++;
            else j++;
        }
        return dot;
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }
}
