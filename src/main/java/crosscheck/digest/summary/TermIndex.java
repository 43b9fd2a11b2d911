package crosscheck.digest.summary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stems of an event's sentences, numbered in sorted order, and the sentences' TF-IDF vectors over those
 * numbers: the same weights as {@link crosscheck.text.TfIdf} gives (sublinear term frequency {@code 1 + log tf}
 * times smoothed idf {@code log((1 + N) / (1 + df)) + 1}), normalised as {@link crosscheck.text.TermVector}
 * normalises them, sums taken in the same order, so every weight and cosine is bit for bit the same.
 */
final class TermIndex {
    private final Map<String, Integer> numbers;

    private TermIndex(Map<String, Integer> numbers) {
        this.numbers = numbers;
    }

    /** Numbers every stem of the given documents in sorted order. */
    static TermIndex of(List<List<String>> documents) {
        Set<String> distinct = new HashSet<>();
        documents.forEach(distinct::addAll);
        String[] sorted = distinct.toArray(new String[0]);
        Arrays.sort(sorted);
        Map<String, Integer> numbers = new HashMap<>(sorted.length * 2);
        for (String stem : sorted) numbers.put(stem, numbers.size());
        return new TermIndex(numbers);
    }

    int size() {
        return numbers.size();
    }

    /** The numbers of stems of the index, in order. */
    int[] numbers(List<String> stems) {
        int[] out = new int[stems.size()];
        for (int k = 0; k < out.length; k++) out[k] = numbers.get(stems.get(k));
        return out;
    }

    /**
     * The TF-IDF vectors of documents of the index, as {@code TfIdf} weighs them over those documents.
     *
     * @param documents the documents' stems as {@link #numbers}
     */
    IndexedVector[] tfIdf(int[][] documents) {
        TermCounts[] counts = new TermCounts[documents.length];
        int[] documentFrequency = new int[size()];
        for (int d = 0; d < documents.length; d++) {
            counts[d] = TermCounts.of(documents[d]);
            for (int term : counts[d].terms()) documentFrequency[term]++;
        }
        IndexedVector[] vectors = new IndexedVector[documents.length];
        for (int d = 0; d < vectors.length; d++) vectors[d] = weighed(counts[d], documentFrequency, documents.length);
        return vectors;
    }

    /** A document's distinct terms, ascending, and how often each occurs in it. */
    private record TermCounts(int[] terms, int[] counts) {
        static TermCounts of(int[] stems) {
            int[] sorted = stems.clone();
            Arrays.sort(sorted);
            int distinct = 0;
            for (int k = 0; k < sorted.length; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) distinct++;
            }
            int[] terms = new int[distinct];
            int[] counts = new int[distinct];
            int at = -1;
            for (int k = 0; k < sorted.length; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) terms[++at] = sorted[k];
                counts[at]++;
            }
            return new TermCounts(terms, counts);
        }
    }

    /** Sublinear term frequency times smoothed idf, normalised. */
    private static IndexedVector weighed(TermCounts counts, int[] documentFrequency, int documents) {
        double[] weights = new double[counts.terms().length];
        for (int k = 0; k < weights.length; k++) {
            double idf = Math.log((1.0 + documents) / (1.0 + documentFrequency[counts.terms()[k]])) + 1.0;
            weights[k] = (1 + Math.log(counts.counts()[k])) * idf;
        }
        return normalised(counts.terms(), weights);
    }

    /** The normalised sum of the given vectors, as {@code TermVector.centroid} sums them. */
    IndexedVector centroid(List<IndexedVector> vectors) {
        double[] sum = new double[size()];
        for (IndexedVector v : vectors) {
            for (int k = 0; k < v.size(); k++) sum[v.term(k)] += v.weight(k);
        }
        int n = 0;
        for (double s : sum) {
            if (s > 0) n++;
        }
        int[] terms = new int[n];
        double[] weights = new double[n];
        for (int t = 0, k = 0; t < sum.length; t++) {
            if (sum[t] > 0) {
                terms[k] = t;
                weights[k++] = sum[t];
            }
        }
        return normalised(terms, weights);
    }

    /**
     * A normalised vector of the given (stem, weight) pairs, as {@code TermVector.of} makes it: zero and negative
     * weights dropped. Stems outside the index count for the norm, but no sentence of the index shares them.
     */
    IndexedVector vector(Map<String, Double> weights) {
        String[] stems = weights.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .sorted().toArray(String[]::new);
        double norm = 0;
        int known = 0;
        for (String stem : stems) {
            double w = weights.get(stem);
            norm += w * w;
            if (numbers.containsKey(stem)) known++;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) return IndexedVector.EMPTY;
        int[] terms = new int[known];
        double[] values = new double[known];
        int k = 0;
        for (String stem : stems) {
            Integer number = numbers.get(stem);
            if (number == null) continue;
            terms[k] = number;
            values[k++] = weights.get(stem) / norm;
        }
        return new IndexedVector(terms, values);
    }

    /** Divides the weights by their L2 norm, summed in term order; the empty vector when the norm is zero. */
    private static IndexedVector normalised(int[] terms, double[] weights) {
        double norm = 0;
        for (double w : weights) norm += w * w;
        norm = Math.sqrt(norm);
        if (norm == 0) return IndexedVector.EMPTY;
        for (int k = 0; k < weights.length; k++) weights[k] /= norm;
        return new IndexedVector(terms, weights);
    }
}
