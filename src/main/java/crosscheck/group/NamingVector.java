package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.TermVector;
import crosscheck.analyse.TfIdf;
import java.util.Arrays;
import java.util.Map;

/**
 * What names an event after one of its reports: how often the report uses each of its terms, and its headline
 * vector, the TF-IDF of its terms with its title terms counted once more and names weighted double. Both are over
 * vocabulary ranks, in alphabetical order, so the vector adds up like one over the terms themselves.
 */
final class NamingVector {
    private NamingVector() {
    }

    /** The article's term counts as (rank, count) pairs packed by {@link RankCounts}, by rank. */
    static long[] termCounts(AnalysedReport article, StemCounts stems, int[] stemRanks, TfIdf vocabulary) {
        return stems.matchesTermCounts() ? termCounts(article, stemRanks) : termCounts(article, vocabulary);
    }

    /** When the article's terms are its stems, they have the stems' ranks. */
    private static long[] termCounts(AnalysedReport article, int[] stemRanks) {
        long[] out = new long[stemRanks.length];
        int i = 0;
        for (int count : article.termCounts().values()) {
            out[i] = RankCounts.pack(stemRanks[i], count);
            i++;
        }
        return out;
    }

    private static long[] termCounts(AnalysedReport article, TfIdf vocabulary) {
        long[] out = new long[article.termCounts().size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : article.termCounts().entrySet()) {
            out[i++] = RankCounts.pack(vocabulary.number(e.getKey()), e.getValue());
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * TF-IDF of the article's terms, its title terms counted once more and names weighted double: the weight of a
     * term ({@link TfIdf#weight}) doubled for a name.
     */
    static TermVector vector(AnalysedReport article, long[] termCounts, TfIdf vocabulary) {
        long[] uses = Arrays.copyOf(termCounts, termCounts.length + article.titleStems().size());
        int at = termCounts.length;
        for (String stem : article.titleStems()) uses[at++] = RankCounts.pack(vocabulary.number(stem), 1);
        Arrays.sort(uses);
        int[] ranks = new int[uses.length];
        int[] counts = new int[uses.length];
        int terms = 0;
        for (int i = 0; i < uses.length; terms++) {
            ranks[terms] = RankCounts.rank(uses[i]);
            for (; i < uses.length && RankCounts.rank(uses[i]) == ranks[terms]; i++) {
                counts[terms] += RankCounts.count(uses[i]);
            }
        }
        String[] words = new String[terms];
        for (int t = 0; t < terms; t++) words[t] = vocabulary.term(ranks[t]);
        boolean[] isName = ReportFeatures.names(words, article.nameStems());
        double[] weights = new double[terms];
        for (int t = 0; t < terms; t++) {
            weights[t] = TfIdf.weight(counts[t], vocabulary.idf(ranks[t])) * (isName[t] ? 2 : 1);
        }
        return TermVector.of(Arrays.copyOf(ranks, terms), weights);
    }
}
