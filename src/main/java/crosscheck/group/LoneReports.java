package crosscheck.group;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The last pass of the clustering: a free report that average-link and the centroid merge left alone joins the
 * group it is clearly most like. A report of a big story can fall short of the mean similarity that average-link
 * asks of a whole group (a short or differently framed report among long ones) and still be like that group far
 * more than any other. It joins when its mean similarity over the group's reports (pairs without an edge count 0)
 * is at least {@link #MEAN} and exceeds its mean with every other group by at least {@link #MARGIN}, so that a
 * report between two stories stays alone. Only groups of two or more are joined, all decided on the groups as
 * they were before this pass, so the order of the reports does not matter.
 */
final class LoneReports {
    static final double MEAN = 0.2;
    static final double MARGIN = 0.15;

    private LoneReports() {
    }

    /**
     * @param group   the group of each report, named by its lowest report; changed in place, keeping that naming
     * @param movable whether each report is free (not pinned by the curator)
     */
    static void attach(int[] group, boolean[] movable, SimilarityGraph graph) {
        int n = group.length;
        int[] size = new int[n];
        for (int r = 0; r < n; r++) size[group[r]]++;
        Map<Integer, Map<Integer, Double>> sums = new HashMap<>(); // lone report -> group -> similarity sum
        for (int e = 0; e < graph.edges(); e++) {
            add(graph.from()[e], graph.to()[e], graph.weight()[e], group, size, movable, sums);
            add(graph.to()[e], graph.from()[e], graph.weight()[e], group, size, movable, sums);
        }
        int[] into = group.clone();
        sums.forEach((r, byGroup) -> {
            double best = 0;
            double second = 0;
            int bestGroup = -1;
            for (Map.Entry<Integer, Double> g : byGroup.entrySet()) {
                double mean = g.getValue() / size[g.getKey()];
                if (mean > best || (mean == best && g.getKey() < bestGroup)) {
                    second = best;
                    best = mean;
                    bestGroup = g.getKey();
                } else if (mean > second) {
                    second = mean;
                }
            }
            if (best >= MEAN && best - second >= MARGIN) into[r] = bestGroup;
        });
        int[] lowest = new int[n];
        Arrays.fill(lowest, -1);
        for (int r = 0; r < n; r++) if (lowest[into[r]] < 0) lowest[into[r]] = r;
        for (int r = 0; r < n; r++) group[r] = lowest[into[r]];
    }

    /** Adds the edge's similarity to the sums of {@code lone}, if it is a free report alone and the other is not. */
    private static void add(int lone, int other, double weight, int[] group, int[] size, boolean[] movable,
                            Map<Integer, Map<Integer, Double>> sums) {
        if (size[group[lone]] == 1 && movable[lone] && size[group[other]] > 1) {
            sums.computeIfAbsent(lone, k -> new HashMap<>()).merge(group[other], weight, Double::sum);
        }
    }
}
