package crosscheck.group;

import crosscheck.text.AnalyzedArticle;
import crosscheck.text.TfIdf;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The terms of one grouping, numbered by their alphabetical rank, with their inverse document frequencies over
 * the reports' term counts (as {@link TfIdf} gives them). Ranks keep the order of the terms, so a vector over ranks
 * adds up its terms in the same order as one over the terms themselves. Counted on all cores; immutable after.
 */
final class Vocabulary {
    private static final Function<String, int[]> NEW_COUNT = term -> new int[1];

    private final String[] terms;
    private final Map<String, Integer> ranks;
    private final double[] idf;

    private Vocabulary(String[] terms, Map<String, Integer> ranks, double[] idf) {
        this.terms = terms;
        this.ranks = ranks;
        this.idf = idf;
    }

    /** The terms the articles count ({@link AnalyzedArticle#termCounts}) and the stems they weigh for grouping. */
    static Vocabulary of(List<AnalyzedArticle> articles, List<StemCounts> stems) {
        Map<String, int[]> counted = IntStream.range(0, articles.size()).parallel().collect(
                HashMap::new,
                (df, r) -> {
                    for (String term : articles.get(r).termCounts().keySet()) df.computeIfAbsent(term, NEW_COUNT)[0]++;
                    if (stems.get(r).matchesTermCounts()) return;
                    for (String stem : stems.get(r).stems()) df.computeIfAbsent(stem, NEW_COUNT); // known, not counted
                },
                (df, more) -> more.forEach((term, n) -> df.computeIfAbsent(term, NEW_COUNT)[0] += n[0]));
        Map<String, Integer> frequencies = new HashMap<>(2 * counted.size());
        counted.forEach((term, n) -> frequencies.put(term, n[0]));
        TfIdf tfidf = TfIdf.of(frequencies, articles.size());
        String[] terms = frequencies.keySet().toArray(String[]::new);
        Arrays.parallelSort(terms);
        Map<String, Integer> ranks = new HashMap<>(2 * terms.length);
        double[] idf = new double[terms.length];
        for (int rank = 0; rank < terms.length; rank++) {
            ranks.put(terms[rank], rank);
            idf[rank] = tfidf.idf(terms[rank]);
        }
        return new Vocabulary(terms, ranks, idf);
    }

    /** The rank of a term of the vocabulary. */
    int rank(String term) {
        Integer rank = ranks.get(term);
        if (rank == null) throw new IllegalArgumentException("not in the vocabulary: " + term);
        return rank;
    }

    /** The ranks of terms of the vocabulary. */
    int[] ranks(String[] someTerms) {
        int[] out = new int[someTerms.length];
        for (int i = 0; i < someTerms.length; i++) out[i] = rank(someTerms[i]);
        return out;
    }

    String term(int rank) {
        return terms[rank];
    }

    double idf(int rank) {
        return idf[rank];
    }

    int size() {
        return terms.length;
    }
}
