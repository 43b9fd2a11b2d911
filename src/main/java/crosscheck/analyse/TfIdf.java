package crosscheck.analyse;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The TF-IDF of a collection of documents (each a list of stems): its terms numbered by their alphabetical rank,
 * their inverse document frequencies, and the documents' {@link TermVector}s over those numbers. A term used
 * {@code tf} times in a document weighs {@link #weight}: sublinear term frequency {@code 1 + ln tf} times smoothed
 * idf {@code ln((1 + N) / (1 + df)) + 1}. As the numbers keep the terms' order, every sum over terms runs in
 * alphabetical order. Grouping weighs reports over all of them, the digest one event's sentences. Immutable.
 */
public final class TfIdf {
    private final String[] terms;
    private final Map<String, Integer> numbers;
    private final double[] idf;

    /** @param terms the terms in alphabetical order, {@code documentFrequency} at the same positions */
    private TfIdf(String[] terms, int[] documentFrequency, int documents) {
        this.terms = terms;
        this.numbers = new HashMap<>(2 * terms.length);
        this.idf = new double[terms.length];
        for (int number = 0; number < terms.length; number++) {
            numbers.put(terms[number], number);
            idf[number] = Math.log((1.0 + documents) / (1.0 + documentFrequency[number])) + 1.0;
        }
    }

    /** Numbers the terms of the documents and counts in how many documents each is. */
    public static TfIdf of(Collection<? extends Collection<String>> documents) {
        Map<String, int[]> counted = new HashMap<>(); // term -> {documents using it, the last of them}
        int document = 0;
        for (Collection<String> terms : documents) {
            for (String term : terms) {
                int[] seen = counted.computeIfAbsent(term, t -> new int[]{0, -1});
                if (seen[1] == document) continue;
                seen[0]++;
                seen[1] = document;
            }
            document++;
        }
        String[] terms = counted.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        int[] documentFrequency = new int[terms.length];
        for (int number = 0; number < terms.length; number++) documentFrequency[number] = counted.get(terms[number])[0];
        return new TfIdf(terms, documentFrequency, documents.size());
    }

    /**
     * The TF-IDF of documents whose document frequencies were counted elsewhere (for instance on all cores): its
     * terms are the keys, a term may be in no document.
     */
    public static TfIdf of(Map<String, Integer> documentFrequency, int documents) {
        String[] terms = documentFrequency.keySet().toArray(String[]::new);
        Arrays.parallelSort(terms);
        int[] frequencies = new int[terms.length];
        for (int number = 0; number < terms.length; number++) {
            frequencies[number] = documentFrequency.get(terms[number]);
        }
        return new TfIdf(terms, frequencies, documents);
    }

    /** The weight of a term used {@code count} times (a count below 1 counts as 1) with the given idf. */
    public static double weight(double count, double idf) {
        return (1 + Math.log(Math.max(1, count))) * idf;
    }

    /** How many terms are numbered: the numbers are 0 to {@code size() - 1}. */
    public int size() {
        return terms.length;
    }

    /** The number of a term of the documents: its rank in alphabetical order. */
    public int number(String term) {
        Integer number = numbers.get(term);
        if (number == null) throw new IllegalArgumentException("not a term of the documents: " + term);
        return number;
    }

    /** The numbers of terms of the documents, at the same positions. */
    public int[] numbers(String[] someTerms) {
        int[] out = new int[someTerms.length];
        for (int i = 0; i < someTerms.length; i++) out[i] = number(someTerms[i]);
        return out;
    }

    /** The numbers of terms of the documents, at the same positions. */
    public int[] numbers(List<String> someTerms) {
        int[] out = new int[someTerms.size()];
        for (int i = 0; i < out.length; i++) out[i] = number(someTerms.get(i));
        return out;
    }

    public String term(int number) {
        return terms[number];
    }

    public double idf(int number) {
        return idf[number];
    }

    /** The TF-IDF vector of a document given as stems, all terms of the documents. */
    public TermVector vector(List<String> stems) {
        return vector(numbers(stems));
    }

    /** The TF-IDF vector of a document given as the numbers of its stems, in any order, repeated as it uses them. */
    public TermVector vector(int[] stems) {
        int[] sorted = stems.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) if (k == 0 || sorted[k] != sorted[k - 1]) distinct++;
        int[] terms = new int[distinct];
        double[] weights = new double[distinct];
        double squares = 0;
        boolean positive = true;
        for (int k = 0, n = 0; k < sorted.length; n++) {
            int term = sorted[k];
            int count = 0;
            for (; k < sorted.length && sorted[k] == term; k++) count++;
            terms[n] = term;
            weights[n] = weight(count, idf[term]);
            squares += weights[n] * weights[n];
            positive &= weights[n] > 0;
        }
        // as a rule every weight is positive; an idf of 0 or less (more documents than counted) is left out
        return positive ? TermVector.normalised(terms, weights, squares) : TermVector.of(terms, weights);
    }

    /**
     * The normalised vector of the given (term, weight) pairs, zero and negative weights dropped. Terms that are not
     * numbered count for the norm and are then left out: no vector of these documents has them, so every cosine
     * with the vector is that of the vector over all its terms.
     */
    public TermVector vector(Map<String, Double> weights) {
        String[] sorted = weights.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .sorted().toArray(String[]::new);
        double squares = 0;
        int known = 0;
        for (String term : sorted) {
            double w = weights.get(term);
            squares += w * w;
            if (numbers.containsKey(term)) known++;
        }
        int[] numbered = new int[known];
        double[] values = new double[known];
        int k = 0;
        for (String term : sorted) {
            Integer number = numbers.get(term);
            if (number == null) continue;
            numbered[k] = number;
            values[k++] = weights.get(term);
        }
        return TermVector.normalised(numbered, values, squares);
    }
}
