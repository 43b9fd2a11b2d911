package crosscheck.group;

import crosscheck.analyse.TermVector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pass over a clustering that joins whole groups: two groups linked by at least one edge merge when the cosine of
 * their centroids (the mean of their reports' word vectors, where the words of the event add up and each report's
 * own words fade) reaches {@code centroid} and their mean similarity over all pairs reaches {@code floor}: two kinds
 * of evidence, so that neither one strong pair nor a topic the groups share is enough. Best pairs first, each group
 * at most once a round, rounds until nothing merges. Deterministic: ties go to lower group numbers.
 */
final class CentroidMerge {
    static final int ROUNDS = 6;

    private CentroidMerge() {
    }

    private record Candidate(int a, int b, double cosine) {
    }

    static void merge(int[] group, boolean[] movable, int[][] neighbour, double[][] weight, LocalDate[] dates,
                      int windowDays, List<TermVector> vectors, double centroid, double floor) {
        int n = group.length;
        for (int round = 0; round < ROUNDS; round++) {
            Map<Integer, List<Integer>> members = new TreeMap<>();
            for (int r = 0; r < n; r++) members.computeIfAbsent(group[r], k -> new ArrayList<>()).add(r);
            Map<Integer, TermVector> centroids = new HashMap<>();
            Map<Integer, LocalDate[]> span = new HashMap<>();
            Map<Integer, Boolean> pinned = new HashMap<>();
            members.forEach((g, list) -> {
                centroids.put(g, TermVector.centroid(list.stream().map(vectors::get).toList()));
                LocalDate first = null, last = null;
                boolean pin = false;
                for (int r : list) {
                    pin |= !movable[r];
                    LocalDate d = dates[r];
                    if (d == null) continue;
                    if (first == null || d.isBefore(first)) first = d;
                    if (last == null || d.isAfter(last)) last = d;
                }
                span.put(g, new LocalDate[]{first, last});
                pinned.put(g, pin);
            });
            Map<Long, Double> sums = new HashMap<>();
            for (int r = 0; r < n; r++) {
                for (int k = 0; k < neighbour[r].length; k++) {
                    int o = neighbour[r][k];
                    if (o <= r || group[o] == group[r]) continue;
                    sums.merge(CandidatePairs.pair(group[r], group[o]), weight[r][k], Double::sum);
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            sums.forEach((pair, sum) -> {
                int a = CandidatePairs.lower(pair), b = CandidatePairs.higher(pair);
                double mean = sum / ((double) members.get(a).size() * members.get(b).size());
                if (mean < floor || (pinned.get(a) && pinned.get(b))) return;
                LocalDate[] sa = span.get(a), sb = span.get(b);
                if (sa[0] != null && sb[0] != null && (sb[0].isAfter(sa[1].plusDays(windowDays))
                        || sa[0].isAfter(sb[1].plusDays(windowDays)))) return;
                double cosine = centroids.get(a).cosine(centroids.get(b));
                if (cosine >= centroid) candidates.add(new Candidate(a, b, cosine));
            });
            if (candidates.isEmpty()) return;
            candidates.sort((x, y) -> x.cosine != y.cosine ? Double.compare(y.cosine, x.cosine)
                    : x.a != y.a ? Integer.compare(x.a, y.a) : Integer.compare(x.b, y.b));
            Map<Integer, Integer> into = new HashMap<>();
            java.util.Set<Integer> used = new java.util.HashSet<>();
            for (Candidate c : candidates) {
                if (used.contains(c.a) || used.contains(c.b)) continue;
                used.add(c.a);
                used.add(c.b);
                into.put(c.b, c.a);
            }
            for (int r = 0; r < n; r++) group[r] = into.getOrDefault(group[r], group[r]);
        }
    }
}
