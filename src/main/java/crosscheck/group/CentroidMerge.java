package crosscheck.group;

import crosscheck.analyse.TermVector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A pass after average-link clustering that joins whole groups of one story that average-link left apart. A big
 * story told by many outlets falls into several groups: each report is like some of the others, so the mean over
 * all pairs of two groups stays low. Two groups linked by an edge merge here when four kinds of evidence agree:
 * <ul>
 * <li>their centroids (the sum of their reports' word vectors, where the story's words add up and each report's own
 * words fade) have a cosine of at least {@link #CENTROID};</li>
 * <li>at least {@link #SPECIFIC_SHARE} of the pairs across them share something specific
 * ({@link SpecificEvidence}: a rare phrase or two rare names), not only topic words;</li>
 * <li>their mean similarity over all pairs across them is at least {@link #FLOOR};</li>
 * <li>the year their reports mention last, as most of each group has it, is the same (or unknown on one side):
 * the same kind of story in another year (an earlier earthquake, last year's patch) is another event.</li>
 * </ul>
 * Their dates must be within the window and they may not both hold curator pins. The best cosines merge first, each
 * group at most once a round, rounds until nothing merges or {@link #ROUNDS}. Deterministic: groups are visited in
 * order of their lowest report, ties go to lower group numbers.
 */
final class CentroidMerge {
    static final double CENTROID = 0.4;
    static final double SPECIFIC_SHARE = 0.2;
    static final double FLOOR = 0.12;
    static final int ROUNDS = 6;

    private CentroidMerge() {
    }

    private record Candidate(int a, int b, double cosine) {
    }

    /** What one group is, for the merge; its centroid is made when a merge first needs it ({@link #centroid}). */
    private record Group(List<Integer> members, LocalDate first, LocalDate last, boolean pinned, Integer year) {
        static Group of(List<Integer> members, List<ReportFeatures> reports, boolean[] movable) {
            LocalDate first = null;
            LocalDate last = null;
            boolean pinned = false;
            Map<Integer, Integer> votes = new TreeMap<>();
            for (int r : members) {
                pinned |= !movable[r];
                Integer latest = reports.get(r).mentions.latestYear();
                if (latest != null) votes.merge(latest, 1, Integer::sum);
                LocalDate d = reports.get(r).date;
                if (d == null) continue;
                if (first == null || d.isBefore(first)) first = d;
                if (last == null || d.isAfter(last)) last = d;
            }
            Integer year = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(null);
            return new Group(members, first, last, pinned, year);
        }

        /** The sum of its reports' word vectors, normalised. */
        TermVector centroid(List<ReportFeatures> reports) {
            return TermVector.centroid(members.stream().map(r -> reports.get(r).words).toList());
        }

        boolean compatible(Group other, int windowDays) {
            if (pinned && other.pinned) return false;
            if (year != null && other.year != null && !year.equals(other.year)) return false;
            if (first == null || other.first == null) return true;
            return !other.first.isAfter(last.plusDays(windowDays)) && !first.isAfter(other.last.plusDays(windowDays));
        }
    }

    /**
     * @param group   the group of each report (numbered by a report of it), changed in place
     * @param movable whether each report is free (not pinned by the curator)
     * @param reports the reports: their word vectors, publication dates and latest years mentioned
     */
    static void merge(int[] group, boolean[] movable, SimilarityGraph graph, List<ReportFeatures> reports,
                      int windowDays) {
        int n = group.length;
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int r = 0; r < n; r++) members.computeIfAbsent(group[r], k -> new ArrayList<>()).add(r);
        Map<Integer, Group> groups = new HashMap<>();
        members.forEach((g, list) -> groups.put(g, Group.of(list, reports, movable)));
        Map<Integer, TermVector> centroids = new HashMap<>(); // of the groups a merge looked at, until they change
        for (int round = 0; round < ROUNDS; round++) {
            Map<Long, double[]> across = new HashMap<>(); // similarity sum, specific pairs
            for (int e = 0; e < graph.edges(); e++) {
                int a = group[graph.from()[e]];
                int b = group[graph.to()[e]];
                if (a == b) continue;
                double[] sums = across.computeIfAbsent(CandidatePairs.pair(a, b), k -> new double[2]);
                sums[0] += graph.weight()[e];
                if (graph.specific()[e]) sums[1]++;
            }
            List<Candidate> candidates = new ArrayList<>();
            across.forEach((pair, sums) -> {
                Group a = groups.get(CandidatePairs.lower(pair));
                Group b = groups.get(CandidatePairs.higher(pair));
                double pairs = (double) a.members().size() * b.members().size();
                if (sums[0] / pairs < FLOOR || sums[1] < SPECIFIC_SHARE * pairs || !a.compatible(b, windowDays)) return;
                double cosine = centroids.computeIfAbsent(CandidatePairs.lower(pair), g -> a.centroid(reports))
                        .cosine(centroids.computeIfAbsent(CandidatePairs.higher(pair), g -> b.centroid(reports)));
                if (cosine >= CENTROID) candidates.add(new Candidate(CandidatePairs.lower(pair),
                        CandidatePairs.higher(pair), cosine));
            });
            if (candidates.isEmpty()) return;
            candidates.sort((x, y) -> x.cosine != y.cosine ? Double.compare(y.cosine, x.cosine)
                    : x.a != y.a ? Integer.compare(x.a, y.a) : Integer.compare(x.b, y.b));
            Map<Integer, Integer> into = new HashMap<>();
            Set<Integer> merged = new HashSet<>();
            for (Candidate c : candidates) {
                if (merged.contains(c.a) || merged.contains(c.b)) continue;
                merged.add(c.a);
                merged.add(c.b);
                into.put(c.b, c.a); // the lower number is the group's lowest report: it names the merged group
            }
            for (int r = 0; r < n; r++) group[r] = into.getOrDefault(group[r], group[r]);
            into.forEach((absorbed, kept) -> { // only the merged groups change
                List<Integer> joined = new ArrayList<>(groups.remove(kept).members());
                joined.addAll(groups.remove(absorbed).members());
                joined.sort(null);
                groups.put(kept, Group.of(joined, reports, movable));
                centroids.remove(kept);
                centroids.remove(absorbed);
            });
        }
    }
}
