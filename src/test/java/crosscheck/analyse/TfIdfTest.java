package crosscheck.analyse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link TfIdf} and {@link TermVector} over term numbers give, bit for bit, what the plain computation over the terms
 * themselves gives: weights in a map sorted by term, every sum taken in the terms' alphabetical order.
 */
class TfIdfTest {
    private static final String[] WORDS = {"aid", "army", "austin", "ceasefire", "gaza", "hostage", "israel",
            "minister", "pentagon", "rafah", "talks", "truce", "un", "visit", "war", "Gaza", "253", "2024", "été"};

    @Test
    void vectorsOverNumbersAddUpExactlyLikeThePlainComputation() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            List<List<String>> documents = documents(random);
            TfIdf tfidf = TfIdf.of(documents);
            List<TermVector> vectors = documents.stream().map(tfidf::vector).toList();
            List<TreeMap<String, Double>> plain = documents.stream().map(d -> plainTfIdf(d, documents)).toList();
            TermVector centroid = TermVector.centroid(vectors);
            TreeMap<String, Double> plainCentroid = plainCentroid(plain);
            Map<String, Double> headline = new HashMap<>();
            for (int k = 0; k < random.nextInt(6); k++) headline.put(WORDS[random.nextInt(WORDS.length)] + "x", 1.0);
            for (int k = 0; k < random.nextInt(6); k++) headline.put(WORDS[random.nextInt(WORDS.length)], 2.0);
            TermVector headlineVector = tfidf.vector(headline);
            TreeMap<String, Double> plainHeadline = normalised(new TreeMap<>(headline));
            double[] spread = new double[tfidf.size()];
            for (int i = 0; i < vectors.size(); i++) {
                vectors.get(i).spreadInto(spread);
                for (int j = 0; j < vectors.size(); j++) {
                    double expected = plainCosine(plain.get(i), plain.get(j));
                    assertEquals(expected, vectors.get(i).cosine(vectors.get(j)), 0.0);
                    assertEquals(expected, vectors.get(j).dot(spread), 0.0);
                }
                vectors.get(i).clearFrom(spread);
                assertEquals(plainCosine(plain.get(i), plainCentroid), vectors.get(i).cosine(centroid), 0.0);
                assertEquals(plainCosine(plain.get(i), plainHeadline), vectors.get(i).cosine(headlineVector), 0.0);
            }
        }
    }

    @Test
    void documentFrequenciesCountedElsewhereGiveTheSameWeights() {
        List<List<String>> documents = List.of(List.of("gaza", "aid", "gaza"), List.of("aid", "truce"), List.of("un"));
        TfIdf counted = TfIdf.of(Map.of("aid", 2, "gaza", 1, "truce", 1, "un", 1, "unused", 0), 3);
        TfIdf tfidf = TfIdf.of(documents);
        for (String term : List.of("aid", "gaza", "truce", "un")) {
            assertEquals(tfidf.idf(tfidf.number(term)), counted.idf(counted.number(term)), 0.0);
        }
        assertEquals(List.of("aid", "gaza", "truce", "un", "unused"),
                IntStream.range(0, counted.size()).mapToObj(counted::term).toList());
        assertEquals(Math.log(4.0 / 3.0) + 1, counted.idf(counted.number("aid")), 0.0);
        assertEquals((1 + Math.log(2)) * counted.idf(1), TfIdf.weight(2, counted.idf(1)), 0.0);
        assertEquals(counted.idf(1), TfIdf.weight(0.5, counted.idf(1)), 0.0);
        assertThrows(IllegalArgumentException.class, () -> counted.number("absent"));
    }

    @Test
    void theCentroidIsTheSameWhetherSummedOverAllNumbersOrBySorting() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<TermVector> dense = new ArrayList<>();
            List<TermVector> spreadOut = new ArrayList<>();
            for (int v = 0; v < 1 + random.nextInt(8); v++) {
                int[] terms = random.ints(0, 30).distinct().limit(random.nextInt(20)).toArray();
                double[] weights = random.doubles(terms.length, -1, 9).toArray();
                dense.add(TermVector.of(terms, weights));
                // the same terms, 10 000 apart: too far apart for summing over all numbers
                spreadOut.add(TermVector.of(Arrays.stream(terms).map(t -> t * 10_000).toArray(), weights));
            }
            TermVector a = TermVector.centroid(dense);
            TermVector b = TermVector.centroid(spreadOut);
            int[] all = IntStream.range(0, 30).toArray();
            assertArrayEquals(a.weights(all), b.weights(Arrays.stream(all).map(t -> t * 10_000).toArray()), 0.0);
        }
    }

    @Test
    void topTermsAreTheHeaviestLowerNumberFirstOnTies() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            int size = random.nextInt(60);
            int[] terms = IntStream.range(0, size).map(i -> i * 3 + random.nextInt(3)).toArray();
            double[] weights = IntStream.range(0, size).mapToDouble(i -> 1 + random.nextInt(8)).toArray();
            TermVector v = TermVector.of(terms, weights);
            int k = random.nextInt(40);
            int[] expected = Arrays.stream(terms).boxed()
                    .sorted(Comparator.comparingDouble((Integer t) -> -v.weight(t)).thenComparing(t -> t))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, v.top(k));
        }
    }

    private static List<List<String>> documents(Random random) {
        List<List<String>> documents = new ArrayList<>();
        for (int d = 0; d < 1 + random.nextInt(8); d++) {
            List<String> document = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(12); k++) document.add(WORDS[random.nextInt(WORDS.length)]);
            documents.add(document);
        }
        return documents;
    }

    /** Sublinear term frequency times smoothed idf, over the terms, normalised. */
    private static TreeMap<String, Double> plainTfIdf(List<String> document, List<List<String>> documents) {
        TreeMap<String, Double> weights = new TreeMap<>();
        for (String term : document) weights.merge(term, 1.0, Double::sum);
        weights.replaceAll((term, tf) -> {
            long df = documents.stream().filter(d -> d.contains(term)).count();
            return (1 + Math.log(tf)) * (Math.log((1.0 + documents.size()) / (1.0 + df)) + 1);
        });
        return normalised(weights);
    }

    /** Each term's weights added in the order of the vectors, then normalised. */
    private static TreeMap<String, Double> plainCentroid(List<TreeMap<String, Double>> vectors) {
        TreeMap<String, Double> sum = new TreeMap<>();
        for (TreeMap<String, Double> v : vectors) v.forEach((term, w) -> sum.merge(term, w, Double::sum));
        return normalised(sum);
    }

    private static TreeMap<String, Double> normalised(TreeMap<String, Double> weights) {
        weights.values().removeIf(w -> !(w > 0));
        double squares = 0;
        for (double w : weights.values()) squares += w * w;
        double norm = Math.sqrt(squares);
        weights.replaceAll((term, w) -> w / norm);
        return weights;
    }

    private static double plainCosine(TreeMap<String, Double> a, TreeMap<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) dot += e.getValue() * w;
        }
        return dot;
    }
}
