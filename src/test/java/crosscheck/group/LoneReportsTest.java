package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LoneReportsTest {
    /** A graph over reports 0..n-1 with the given edges (from, to, weight). */
    private static SimilarityGraph graph(double[][] edges) {
        int[] from = new int[edges.length];
        int[] to = new int[edges.length];
        double[] weight = new double[edges.length];
        for (int e = 0; e < edges.length; e++) {
            from[e] = (int) edges[e][0];
            to[e] = (int) edges[e][1];
            weight[e] = edges[e][2];
        }
        return new SimilarityGraph(from, to, weight, new boolean[edges.length], null);
    }

    @Test
    void aLoneReportClearlyLikeOneGroupJoinsItAndTheGroupKeepsItsLowestReportAsName() {
        // groups {1, 2} and {3, 4}; report 0 alone, like 1 and 2 (mean 0.25), hardly like 3 (mean 0.03)
        int[] group = {0, 1, 1, 3, 3};
        LoneReports.attach(group, new boolean[]{true, true, true, true, true},
                graph(new double[][]{{0, 1, 0.3}, {0, 2, 0.2}, {0, 3, 0.06}, {1, 2, 0.5}, {3, 4, 0.5}}));
        assertArrayEquals(new int[]{0, 0, 0, 3, 3}, group);
    }

    @Test
    void aReportBetweenTwoGroupsOrOnlyLooselyLikeOneStaysAlone() {
        int[] between = {0, 1, 1, 3, 3};
        LoneReports.attach(between, new boolean[]{true, true, true, true, true},
                graph(new double[][]{{0, 1, 0.3}, {0, 2, 0.2}, {0, 3, 0.25}, {0, 4, 0.15}}));
        assertArrayEquals(new int[]{0, 1, 1, 3, 3}, between);

        int[] loose = {0, 1, 1};
        LoneReports.attach(loose, new boolean[]{true, true, true}, graph(new double[][]{{0, 1, 0.2}, {0, 2, 0.1}}));
        assertArrayEquals(new int[]{0, 1, 1}, loose);
    }

    @Test
    void pinnedReportsAndPairsOfLoneReportsAreLeftAsTheyAre() {
        int[] pinned = {0, 1, 1};
        LoneReports.attach(pinned, new boolean[]{false, true, true},
                graph(new double[][]{{0, 1, 0.9}, {0, 2, 0.9}}));
        assertArrayEquals(new int[]{0, 1, 1}, pinned);

        int[] lone = {0, 1};
        LoneReports.attach(lone, new boolean[]{true, true}, graph(new double[][]{{0, 1, 0.9}}));
        assertArrayEquals(new int[]{0, 1}, lone);
    }
}
