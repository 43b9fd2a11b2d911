package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {
    @Test
    void pairsComeOutSortedAndEachOnce() {
        long[][] slices = {
                {CandidatePairs.pair(3, 1), CandidatePairs.pair(0, 2), CandidatePairs.pair(1, 3)},
                {CandidatePairs.pair(2, 0), CandidatePairs.pair(4, 2), CandidatePairs.pair(0, 4)},
                {}};
        long[] expected = {CandidatePairs.pair(0, 2), CandidatePairs.pair(0, 4), CandidatePairs.pair(1, 3),
                CandidatePairs.pair(2, 4)};
        assertArrayEquals(expected, CandidatePairs.sortedDistinct(slices, 5));
    }

    @Test
    void agreesWithSortingEveryPairOnRandomSlices() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(60);
            long[][] slices = new long[1 + random.nextInt(5)][];
            for (int s = 0; s < slices.length; s++) {
                slices[s] = new long[random.nextInt(80)];
                for (int k = 0; k < slices[s].length; k++) {
                    int a = random.nextInt(n);
                    int b = random.nextInt(n - 1);
                    slices[s][k] = CandidatePairs.pair(a, b >= a ? b + 1 : b);
                }
            }
            long[] expected = Arrays.stream(slices).flatMapToLong(LongStream::of).sorted().distinct().toArray();
            assertArrayEquals(expected, CandidatePairs.sortedDistinct(slices, n), "round " + round);
        }
    }
}
