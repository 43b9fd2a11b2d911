package crosscheck.digest.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.digest.InlineReports;
import crosscheck.text.Sentence;
import crosscheck.text.TermVector;
import crosscheck.text.TfIdf;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link TermIndex} weighs sentences as {@link TfIdf} does: every cosine is bit for bit {@link TermVector}'s. */
class TermIndexTest {
    private static final List<List<String>> SENTENCES = InlineReports.report("a",
            "Defense Secretary Lloyd Austin met Israeli Defense Minister Yoav Gallant at the Pentagon on Tuesday.",
            "Austin said civilian casualties in Gaza were far too high and aid far too low, far too low.",
            "The two discussed the planned Rafah offensive and the hostages held by Hamas in Gaza.",
            "Officials said 253 hostages were taken on October 7 and 240 people were taken prisoner.")
            .sentences().stream().map(Sentence::stems).toList();

    @Test
    void cosinesAreTermVectorsToTheBit() {
        TermIndex index = TermIndex.of(SENTENCES);
        int[][] numbered = SENTENCES.stream().map(index::numbers).toArray(int[][]::new);
        IndexedVector[] vectors = index.tfIdf(numbered);
        TfIdf tfidf = TfIdf.of(SENTENCES);
        List<TermVector> expected = SENTENCES.stream().map(tfidf::vector).toList();
        double[] spread = new double[index.size()];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i].spreadInto(spread);
            for (int j = 0; j < vectors.length; j++) {
                assertEquals(expected.get(i).cosine(expected.get(j)), vectors[j].dot(spread), 0.0, i + "," + j);
            }
            vectors[i].clearFrom(spread);
        }
        IndexedVector headline = index.vector(Map.of("gaza", 2.0, "austin", 1.0, "unseen", 1.0));
        TermVector expectedHeadline = TermVector.of(Map.of("gaza", 2.0, "austin", 1.0, "unseen", 1.0));
        TermVector expectedCentroid = TermVector.centroid(expected);
        headline.spreadInto(spread);
        for (int i = 0; i < vectors.length; i++) {
            assertEquals(expected.get(i).cosine(expectedHeadline), vectors[i].dot(spread), 0.0);
        }
        headline.clearFrom(spread);
        index.centroid(List.of(vectors)).spreadInto(spread);
        for (int i = 0; i < vectors.length; i++) {
            assertEquals(expected.get(i).cosine(expectedCentroid), vectors[i].dot(spread), 0.0);
        }
    }
}
