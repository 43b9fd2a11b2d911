package crosscheck.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of reports worth comparing. An inverted index over each report's {@link #INDEXED_TERMS} heaviest terms
 * gives, for each report, the reports that share one of them, scored by the product of the shared terms' weights;
 * the report keeps its {@link #NEIGHBOURS} best scored. A term among the heaviest of more than {@link #POSTING_CAP}
 * reports is too common to tell events apart and is skipped. So each report looks at a bounded number of others
 * and is compared with at most {@code 2 * NEIGHBOURS}: the number of pairs grows linearly with the number of reports.
 */
final class CandidatePairs {
    static final int INDEXED_TERMS = 30;
    static final int POSTING_CAP = 200;
    static final int NEIGHBOURS = 100;

    private CandidatePairs() {
    }

    /** Each pair once, as {lower index, higher index}, in increasing order. */
    static List<int[]> of(List<Report> reports) {
        int n = reports.size();
        Map<Integer, List<Integer>> postings = new HashMap<>();
        int[][] top = new int[n][];
        double[][] topWeights = new double[n][];
        for (Report r : reports) {
            top[r.index] = r.words.top(INDEXED_TERMS);
            topWeights[r.index] = new double[top[r.index].length];
            for (int k = 0; k < top[r.index].length; k++) {
                topWeights[r.index][k] = r.words.weight(top[r.index][k]);
                postings.computeIfAbsent(top[r.index][k], t -> new ArrayList<>()).add(r.index);
            }
        }
        double[] score = new double[n];
        int[] touched = new int[n];
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int k = 0; k < top[i].length; k++) {
                List<Integer> posting = postings.get(top[i][k]);
                if (posting.size() > POSTING_CAP) continue;
                for (int j : posting) {
                    if (j == i) continue;
                    if (score[j] == 0) touched[count++] = j;
                    score[j] += topWeights[i][k] * reports.get(j).words.weight(top[i][k]);
                }
            }
            Integer[] order = new Integer[count];
            for (int c = 0; c < count; c++) order[c] = touched[c];
            Arrays.sort(order, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(x, y));
            for (int c = 0; c < Math.min(NEIGHBOURS, count); c++) {
                int j = order[c];
                pairs.add(i < j ? new int[]{i, j} : new int[]{j, i});
            }
            for (int c = 0; c < count; c++) score[touched[c]] = 0;
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        List<int[]> distinct = new ArrayList<>(pairs.size());
        for (int[] p : pairs) {
            int[] last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (last == null || last[0] != p[0] || last[1] != p[1]) distinct.add(p);
        }
        return distinct;
    }
}
