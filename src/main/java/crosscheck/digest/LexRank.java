package crosscheck.digest;

import crosscheck.text.TermVector;
import java.util.List;

/**
 * Continuous LexRank (Erkan and Radev, 2004): the stationary distribution of a random walk over sentences
 * whose steps follow TF-IDF cosine similarity, with damping. Central sentences are those many others
 * resemble.
 */
final class LexRank {
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 40;
    private static final double EPSILON = 1e-9;

    private LexRank() {
    }

    static double[] scores(List<TermVector> vectors) {
        int n = vectors.size();
        double[][] weight = new double[n][n];
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = vectors.get(i).cosine(vectors.get(j));
                weight[i][j] = w;
                weight[j][i] = w;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) rowSum[i] += weight[i][j];
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / n);
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
            double change = 0;
            for (int j = 0; j < n; j++) change += Math.abs(next[j] - rank[j]);
            rank = next;
            if (change < EPSILON) break;
        }
        return rank;
    }
}
