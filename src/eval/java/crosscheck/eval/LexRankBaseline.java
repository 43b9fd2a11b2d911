package crosscheck.eval;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.analyse.TermVector;
import crosscheck.analyse.TfIdf;
import crosscheck.group.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline the digest is measured against: continuous LexRank (Erkan and Radev, 2004) over the TF-IDF
 * cosine graph of an event's sentences, the highest-ranked sentences taken in rank order while they fit the
 * word budget. No filters, no redundancy check: the textbook method, on the same sentences and stems the
 * digest uses.
 */
final class LexRankBaseline {
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 50;

    private LexRankBaseline() {
    }

    static List<String> summary(Event event, int wordBudget) {
        List<Sentence> sentences = new ArrayList<>();
        for (AnalysedReport article : event.reports()) {
            for (Sentence sentence : article.sentences()) {
                if (!sentence.heading() && !sentence.stems().isEmpty()) sentences.add(sentence);
            }
        }
        TfIdf tfidf = TfIdf.of(sentences.stream().map(Sentence::stems).toList());
        List<TermVector> vectors = sentences.stream().map(s -> tfidf.vector(s.stems())).toList();
        double[] rank = rank(vectors);
        Integer[] order = new Integer[sentences.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -rank[i]).thenComparingInt(i -> i));
        List<String> out = new ArrayList<>();
        int words = 0;
        for (int i : order) {
            int length = sentences.get(i).words();
            if (words + length > wordBudget) continue;
            out.add(sentences.get(i).text());
            words += length;
        }
        return out;
    }

    private static double[] rank(List<TermVector> vectors) {
        int n = vectors.size();
        double[][] weight = new double[n][n];
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) weight[i][j] = vectors.get(i).cosine(vectors.get(j));
                rowSum[i] += weight[i][j];
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / Math.max(1, n));
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (rowSum[i] == 0) dangling += rank[i];
            }
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    if (rowSum[i] > 0) sum += rank[i] * weight[i][j] / rowSum[i];
                }
                next[j] = (1 - DAMPING) / n + DAMPING * (sum + dangling / n);
            }
            rank = next;
        }
        return rank;
    }
}
