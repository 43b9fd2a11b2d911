package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearbyCountsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 26);

    @Test
    void aValueIsRareWhenFewReportsOfItsTimeHaveIt() {
        long phrase = 0x1234_5678_9ABC_DEF0L;
        long other = 0x0FED_CBA9_8765_4321L;
        long[][] values = {{phrase, other}, {phrase}, {phrase}, {phrase}};
        LocalDate[] dates = {DAY, DAY.plusDays(2), DAY.plusDays(40), DAY.plusDays(41)};
        long[][] rare = NearbyCounts.rare(values, dates, 7, 2);
        // the first two share the phrase within a week, the last two 40 days later: two reports each time
        assertArrayEquals(new long[]{other, phrase}, rare[0], "sorted, to be compared by one walk");
        assertArrayEquals(new long[]{phrase}, rare[1]);
        assertArrayEquals(new long[]{phrase}, rare[3]);
        long[][] strict = NearbyCounts.rare(values, dates, 60, 2);
        assertArrayEquals(new long[]{other}, strict[0], "over a wider window all four are of one time");
    }

    @Test
    void aReportWithoutDateCountsAgainstEveryReportAndEveryReportAgainstIt() {
        long phrase = -42L; // a hash with the top bit set sorts like any other
        long[][] values = {{phrase}, {phrase}, {phrase}};
        LocalDate[] dates = {DAY, DAY.plusDays(100), null};
        long[][] rare = NearbyCounts.rare(values, dates, 7, 2);
        assertArrayEquals(new long[]{phrase}, rare[0], "itself and the undated one");
        assertArrayEquals(new long[]{phrase}, rare[1]);
        assertArrayEquals(new long[0], rare[2], "the undated one is counted against all three");
    }

    @Test
    void agreesWithCountingEveryReportOfEveryValue() {
        Random random = new Random(7);
        long[] pool = random.longs(40).toArray();
        int n = 300;
        long[][] values = new long[n][];
        LocalDate[] dates = new LocalDate[n];
        for (int r = 0; r < n; r++) {
            values[r] = random.ints(random.nextInt(12), 0, pool.length).distinct().mapToLong(i -> pool[i]).toArray();
            dates[r] = random.nextInt(10) == 0 ? null : DAY.plusDays(random.nextInt(200));
        }
        long[][] rare = NearbyCounts.rare(values, dates, 7, 5);
        for (int r = 0; r < n; r++) {
            List<Long> expected = new ArrayList<>();
            for (long v : values[r]) {
                int count = 0;
                for (int s = 0; s < n; s++) {
                    boolean near = dates[r] == null || dates[s] == null
                            || Math.abs(dates[r].toEpochDay() - dates[s].toEpochDay()) <= 7;
                    if (near && Arrays.stream(values[s]).anyMatch(x -> x == v)) count++;
                }
                if (count <= 5) expected.add(v);
            }
            assertArrayEquals(expected.stream().mapToLong(Long::longValue).sorted().toArray(), rare[r], "report " + r);
        }
    }
}
