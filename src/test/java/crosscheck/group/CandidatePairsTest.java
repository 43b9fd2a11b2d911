package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {
    @Test
    void reportsWhoseEveryHeavyTermIsSharedByHundredsStillFindThoseOfTheSameDays() {
        // a long-running story, three reports a day for months, every word of which hundreds of reports use: the
        // reports of one day tell the same (so do those six days apart), those of other days differ in two words
        int n = 4 * CandidatePairs.POSTING_CAP;
        List<AnalysedReport> articles = new ArrayList<>();
        try (Analyser analyser = new Analyser()) {
            for (int i = 0; i < n; i++) {
                String id = String.format("r%04d", i);
                articles.add(analyser.analyse(new Report(id, "articles/" + id + ".txt", "Port strike", null, null,
                        LocalDate.of(2024, 1, 1).plusDays(i / 3), null, null, null,
                        List.of(Block.paragraph("Dock workers at Zelvora harbour stayed on strike over pay, halting "
                                + List.of("grain", "coal", "timber").get(i / 3 % 3) + " ships and "
                                + List.of("cranes", "tugboats").get(i / 3 % 2) + ".")),
                        List.of())));
            }
        }
        long[] pairs = CandidatePairs.of(Reports.of(articles, GroupingMemo.none()));
        for (int day = 0; day < n / 3; day += 37) {
            int first = 3 * day;
            assertTrue(Arrays.binarySearch(pairs, CandidatePairs.pair(first, first + 1)) >= 0, "day " + day);
            assertTrue(Arrays.binarySearch(pairs, CandidatePairs.pair(first + 1, first + 2)) >= 0, "day " + day);
        }
    }

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
