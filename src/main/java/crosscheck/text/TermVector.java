package crosscheck.text;

import java.util.Arrays;
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

    public int size() {
        return terms.length;
    }

    public String term(int i) {
        return terms[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    /** The {@code k} heaviest terms, heaviest first (ties by term). */
    public String[] topTerms(int k) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                : terms[a].compareTo(terms[b]));
        String[] out = new String[Math.min(k, order.length)];
        for (int i = 0; i < out.length; i++) out[i] = terms[order[i]];
        return out;
    }
}
