package crosscheck.digest.summary;

/**
 * A sparse, L2-normalised term-weight vector over numbered terms, in ascending order: the digest's stand-in for
 * {@link crosscheck.text.TermVector}. Terms are numbered in the order of their strings ({@link TermIndex}), so a
 * cosine adds the same products in the same order as {@code TermVector}'s and comes out bit for bit the same,
 * without comparing strings. Immutable.
 */
final class IndexedVector {
    static final IndexedVector EMPTY = new IndexedVector(new int[0], new double[0]);

    private final int[] terms;
    private final double[] weights;

    /**
     * @param terms   term numbers, ascending
     * @param weights their weights, already normalised
     */
    IndexedVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /**
     * The dot product with a vector spread out over all terms ({@link #spreadInto}), the two being normalised: their
     * cosine, bit for bit as {@code TermVector.cosine} gives it, as it adds the same products in the same order
     * (terms not shared add zero).
     */
    double dot(double[] spread) {
        double dot = 0;
        for (int k = 0; k < terms.length; k++) dot += weights[k] * spread[terms[k]];
        return dot;
    }

    /** Writes the weights into an array indexed by term, zero elsewhere. */
    void spreadInto(double[] spread) {
        for (int k = 0; k < terms.length; k++) spread[terms[k]] = weights[k];
    }

    /** Sets the weights {@link #spreadInto} wrote back to zero. */
    void clearFrom(double[] spread) {
        for (int term : terms) spread[term] = 0;
    }

    int size() {
        return terms.length;
    }

    int term(int k) {
        return terms[k];
    }

    double weight(int k) {
        return weights[k];
    }
}
