package crosscheck.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-link agglomerative clustering over a sparse similarity graph. The two groups with the highest mean
 * similarity over all pairs of their reports (a pair without an edge counts 0) merge, as long as that mean
 * reaches the threshold, they are not pinned to different events and their dates are within the window of each
 * other. Each merge touches only the groups linked to the two, so the cost grows with the number of edges (times
 * a log), not with the square of the number of reports. Ties go to the lower group indexes: deterministic.
 */
final class AverageLink {
    private final int[] parent;
    private final int[] size;
    private final String[] pin;
    private final LocalDate[] first;
    private final LocalDate[] last;
    private final List<Map<Integer, Double>> links = new ArrayList<>();
    private final int windowDays;

    /** A possible merge, scored when it was queued; merges since may have lowered the score. */
    private record Candidate(double score, int a, int b) {
    }

    /**
     * @param groups     initial groups of report indexes (each pin's reports together, every other report alone)
     * @param pins       the pin of each initial group, or null
     * @param dates      the publication date of each report, or null
     * @param windowDays most days between the date ranges of two groups that merge
     */
    AverageLink(List<int[]> groups, List<String> pins, LocalDate[] dates, int windowDays) {
        int n = groups.size();
        parent = new int[n];
        size = new int[n];
        pin = new String[n];
        first = new LocalDate[n];
        last = new LocalDate[n];
        this.windowDays = windowDays;
        for (int g = 0; g < n; g++) {
            parent[g] = g;
            size[g] = groups.get(g).length;
            pin[g] = pins.get(g);
            for (int r : groups.get(g)) {
                LocalDate d = dates[r];
                if (d == null) continue;
                if (first[g] == null || d.isBefore(first[g])) first[g] = d;
                if (last[g] == null || d.isAfter(last[g])) last[g] = d;
            }
            links.add(new HashMap<>());
        }
    }

    /** Adds the similarity of two reports in groups {@code a} and {@code b} (initial group indexes). */
    void link(int a, int b, double similarity) {
        if (a == b || similarity <= 0) return;
        links.get(a).merge(b, similarity, Double::sum);
        links.get(b).merge(a, similarity, Double::sum);
    }

    /** Runs the merges; gives for each initial group the index of the group it ended in. */
    int[] cluster(double threshold) {
        PriorityQueue<Candidate> queue = new PriorityQueue<>((x, y) -> x.score != y.score
                ? Double.compare(y.score, x.score)
                : x.a != y.a ? Integer.compare(x.a, y.a) : Integer.compare(x.b, y.b));
        for (int a = 0; a < links.size(); a++) {
            for (Map.Entry<Integer, Double> e : links.get(a).entrySet()) {
                if (a < e.getKey()) offer(queue, a, e.getKey(), threshold);
            }
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (parent[c.a] != c.a || parent[c.b] != c.b) continue; // one of them merged into another group
            double mean = mean(c.a, c.b);
            if (mean != c.score) { // lowered by merges since: queue again at its present score
                offer(queue, c.a, c.b, threshold);
                continue;
            }
            if (!compatible(c.a, c.b)) continue;
            merge(c.a, c.b, queue, threshold);
        }
        int[] root = new int[parent.length];
        for (int g = 0; g < parent.length; g++) {
            int r = g;
            while (parent[r] != r) r = parent[r];
            root[g] = r;
        }
        return root;
    }

    private double mean(int a, int b) {
        return links.get(a).getOrDefault(b, 0.0) / ((double) size[a] * size[b]);
    }

    private void offer(PriorityQueue<Candidate> queue, int a, int b, double threshold) {
        double mean = mean(a, b);
        if (mean < threshold || (pin[a] != null && pin[b] != null)) return;
        queue.add(new Candidate(mean, Math.min(a, b), Math.max(a, b)));
    }

    private boolean compatible(int a, int b) {
        if (pin[a] != null && pin[b] != null) return false;
        if (first[a] == null || first[b] == null) return true;
        return !first[b].isAfter(last[a].plusDays(windowDays)) && !first[a].isAfter(last[b].plusDays(windowDays));
    }

    /**
     * Merges two groups; the one with more links absorbs the other's, so that few links move. Only the pairs with the absorbed group's neighbours can have gained: they are queued again; the others lost
     * (the merged group is larger) and are rescored when they come out of the queue.
     */
    private void merge(int x, int y, PriorityQueue<Candidate> queue, double threshold) {
        int a = links.get(x).size() >= links.get(y).size() ? x : y;
        int b = a == x ? y : x;
        parent[b] = a;
        size[a] += size[b];
        if (pin[a] == null) pin[a] = pin[b];
        if (first[b] != null) {
            first[a] = first[a] == null || first[b].isBefore(first[a]) ? first[b] : first[a];
            last[a] = last[a] == null || last[b].isAfter(last[a]) ? last[b] : last[a];
        }
        Map<Integer, Double> la = links.get(a);
        Map<Integer, Double> lb = links.get(b);
        la.remove(b);
        lb.remove(a);
        for (Map.Entry<Integer, Double> e : lb.entrySet()) {
            int c = e.getKey();
            la.merge(c, e.getValue(), Double::sum);
            Map<Integer, Double> lc = links.get(c);
            lc.merge(a, lc.remove(b), Double::sum);
        }
        for (int c : lb.keySet()) offer(queue, a, c, threshold);
        lb.clear();
    }
}
