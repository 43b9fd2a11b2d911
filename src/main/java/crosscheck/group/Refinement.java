package crosscheck.group;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A second pass over a clustering, given the final groups: each report that is not pinned moves to the group it
 * is most similar to on average (mean similarity to the group's other reports, pairs without an edge counting
 * 0) when that beats the mean to its own group and reaches the threshold, and the group's dates are within the
 * window of its own. This gathers the reports the merge order left alone or put in a group they fit less well.
 * Reports are visited in index order and groups compared in index order on ties: deterministic.
 */
final class Refinement {
    static final int ROUNDS = 3;

    private Refinement() {
    }

    /**
     * @param group     group of each report, numbered from 0 below the number of reports; changed in place
     * @param movable   whether each report may move (pinned ones may not)
     * @param neighbour for each report, the reports it has an edge to
     * @param weight    for each report, the similarity of each of those edges
     * @param dates     the publication date of each report, or null
     */
    static void refine(int[] group, boolean[] movable, int[][] neighbour, double[][] weight, LocalDate[] dates,
                       int windowDays, double threshold) {
        int n = group.length;
        for (int round = 0; round < ROUNDS; round++) {
            int[] size = new int[n];
            LocalDate[] first = new LocalDate[n];
            LocalDate[] last = new LocalDate[n];
            for (int r = 0; r < n; r++) {
                int g = group[r];
                size[g]++;
                LocalDate d = dates[r];
                if (d == null) continue;
                if (first[g] == null || d.isBefore(first[g])) first[g] = d;
                if (last[g] == null || d.isAfter(last[g])) last[g] = d;
            }
            boolean changed = false;
            for (int r = 0; r < n; r++) {
                if (!movable[r]) continue;
                Map<Integer, Double> sums = new TreeMap<>();
                for (int k = 0; k < neighbour[r].length; k++) sums.merge(group[neighbour[r][k]], weight[r][k], Double::sum);
                int own = group[r];
                double best = size[own] > 1 ? sums.getOrDefault(own, 0.0) / (size[own] - 1) : 0;
                int bestGroup = own;
                for (Map.Entry<Integer, Double> e : sums.entrySet()) {
                    int g = e.getKey();
                    double mean = e.getValue() / size[g];
                    if (g == own || mean < threshold || mean <= best) continue;
                    LocalDate d = dates[r];
                    if (d != null && first[g] != null
                            && (d.isBefore(first[g].minusDays(windowDays)) || d.isAfter(last[g].plusDays(windowDays)))) {
                        continue;
                    }
                    best = mean;
                    bestGroup = g;
                }
                if (bestGroup != own) {
                    size[own]--;
                    size[bestGroup]++;
                    group[r] = bestGroup;
                    changed = true;
                }
            }
            if (!changed) return;
        }
    }
}
