package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link TopScores} keeps what sorting all the candidates would keep. */
class TopScoresTest {
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
}
