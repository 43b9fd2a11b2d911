package crosscheck.digest.summary;

import crosscheck.analyse.TermVector;
import java.util.List;

/** The cosine of every two candidate sentences of an event, worked out once. */
final class Cosines {
    private final double[][] cosine;

    private Cosines(double[][] cosine) {
        this.cosine = cosine;
    }

    /** @param terms how many terms the vectors are over ({@link crosscheck.analyse.TfIdf#size}) */
    static Cosines of(List<TermVector> vectors, int terms) {
        int n = vectors.size();
        double[][] cosine = new double[n][n];
        double[] spread = new double[terms];
        for (int i = 0; i < n; i++) {
            TermVector a = vectors.get(i);
            a.spreadInto(spread);
            for (int j = i; j < n; j++) {
                double c = vectors.get(j).dot(spread);
                cosine[i][j] = c;
                cosine[j][i] = c;
            }
            a.clearFrom(spread);
        }
        return new Cosines(cosine);
    }

    double of(int i, int j) {
        return cosine[i][j];
    }
}
