package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.text.TermVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shortcuts grouping takes must give exactly what the plain computations give. */
class SparseVectorTest {
    private static final String[] WORDS = {"aid", "army", "austin", "ceasefire", "gaza", "hostage", "israel",
            "minister", "pentagon", "rafah", "talks", "truce", "un", "visit", "war"};

    @Test
    void overAlphabeticalRanksVectorsAddUpExactlyLikeTermVectors() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<Map<String, Double>> weights = new ArrayList<>();
            for (int v = 0; v < 1 + random.nextInt(6); v++) {
                Map<String, Double> w = new HashMap<>();
                for (String word : WORDS) if (random.nextInt(3) > 0) w.put(word, random.nextDouble() * 7);
                weights.add(w);
            }
            List<TermVector> terms = weights.stream().map(TermVector::of).toList();
            List<SparseVector> ranks = weights.stream().map(SparseVectorTest::overRanks).toList();
            TermVector termCentroid = TermVector.centroid(terms);
            SparseVector rankCentroid = SparseVector.centroid(ranks);
            for (int v = 0; v < terms.size(); v++) {
                assertEquals(terms.get(v).cosine(termCentroid), ranks.get(v).cosine(rankCentroid), 0.0);
                assertEquals(terms.get(v).cosine(terms.get(0)), ranks.get(v).cosine(ranks.get(0)), 0.0);
            }
        }
    }

    @Test
    void topTermsAreTheHeaviestLowerNumberFirstOnTies() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            int size = random.nextInt(60);
            int[] terms = IntStream.range(0, size).map(i -> i * 3 + random.nextInt(3)).toArray();
            double[] weights = IntStream.range(0, size).mapToDouble(i -> 1 + random.nextInt(8)).toArray();
            SparseVector v = SparseVector.of(terms, weights);
            int k = random.nextInt(40);
            int[] expected = Arrays.stream(terms).boxed()
                    .sorted(Comparator.comparingDouble((Integer t) -> -v.weight(t)).thenComparing(t -> t))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, v.top(k));
        }
    }

    @Test
    void topScoresKeepsTheBestScoredLowerCandidateFirstOnTies() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            double[] score = IntStream.range(0, 300).mapToDouble(i -> random.nextInt(20)).toArray();
            int[] candidates = IntStream.range(0, 300).filter(i -> random.nextBoolean()).toArray();
            int[] best = new int[random.nextInt(50)];
            int kept = TopScores.select(candidates, candidates.length, score, best);
            int[] expected = Arrays.stream(candidates).boxed()
                    .sorted(Comparator.comparingDouble((Integer c) -> -score[c]).thenComparing(c -> c))
                    .limit(best.length).mapToInt(Integer::intValue).sorted().toArray();
            assertArrayEquals(expected, Arrays.stream(best, 0, kept).sorted().toArray());
        }
    }

    /** The vector of the weights over the terms' alphabetical ranks among {@link #WORDS}. */
    private static SparseVector overRanks(Map<String, Double> weights) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(Arrays.asList(WORDS)));
        int[] ranks = weights.keySet().stream().mapToInt(sorted::indexOf).toArray();
        double[] values = weights.keySet().stream().mapToDouble(weights::get).toArray();
        return SparseVector.of(ranks, values);
    }
}
