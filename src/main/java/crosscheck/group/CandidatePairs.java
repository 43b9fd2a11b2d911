package crosscheck.group;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The pairs of reports worth comparing. An inverted index over each report's {@link #INDEXED_TERMS} heaviest terms
 * gives, for each report, the reports that share one of them, scored by the product of the shared terms' weights;
 * the report keeps its {@link #NEIGHBOURS} best scored. A term among the heaviest of more than {@link #POSTING_CAP}
 * reports is too common to tell events apart, and is skipped, unless its rarer terms give a report fewer than
 * {@link #FEW} neighbours: then of each such term it looks at the {@link #POSTING_CAP} reports published nearest to
 * it (an undated report cannot). In a large site every heavy term of a long-running story is that common, and
 * its events are found among the reports of the same days. So each report looks at a bounded number of others
 * and is compared with at most {@code 2 * NEIGHBOURS}: the number of pairs grows linearly with the number of reports.
 * A site of at most {@link #ALL_PAIRS_UP_TO} reports compares every pair instead.
 * Reports find their neighbours on all cores, in slices of consecutive reports; each score is summed in the same
 * order whatever the thread, and the pairs are sorted at the end ({@link #sortedDistinct}).
 */
final class CandidatePairs {
    static final int INDEXED_TERMS = 30;
    static final int POSTING_CAP = 200;
    static final int NEIGHBOURS = 100;
    /** Up to this many reports, every pair is a candidate: a handful of reports may share no heavy term. */
    static final int ALL_PAIRS_UP_TO = 300;
    /** Fewer neighbours than this through rarer terms, and a report looks through its common terms too. */
    static final int FEW = 10;
    /** The day of a report without a publication date. */
    private static final int UNDATED = Integer.MIN_VALUE;
    /** Slices of the neighbour search per core: enough to share the work out evenly. */
    private static final int SLICES_PER_CORE = 4;

    private CandidatePairs() {
    }

    /** Each pair once, encoded by {@link #pair}, in increasing order (by lower index, then higher index). */
    static long[] of(List<ReportFeatures> reports) {
        int n = reports.size();
        if (n <= ALL_PAIRS_UP_TO) return all(n);
        int[][] top = reports.parallelStream().map(r -> r.words.top(INDEXED_TERMS)).toArray(int[][]::new);
        double[][] topWeights = IntStream.range(0, n).parallel()
                .mapToObj(r -> reports.get(r).words.weights(top[r]))
                .toArray(double[][]::new);
        int[] days = reports.stream().mapToInt(r -> r.date == null ? UNDATED : (int) r.date.toEpochDay()).toArray();
        Postings postings = Postings.of(top, topWeights, days);
        int size = n / (SLICES_PER_CORE * Runtime.getRuntime().availableProcessors()) + 1;
        long[][] slices = IntStream.range(0, (n + size - 1) / size).parallel().mapToObj(s -> {
            NeighbourSearch search = new NeighbourSearch(n);
            LongList pairs = new LongList(size * NEIGHBOURS);
            for (int i = s * size; i < Math.min(n, (s + 1) * size); i++) {
                search.pairs(i, days[i], top[i], topWeights[i], postings, pairs);
            }
            return pairs.toArray();
        }).toArray(long[][]::new);
        return sortedDistinct(slices, n);
    }

    /** Every pair of {@code n} reports, in increasing order. */
    static long[] all(int n) {
        long[] pairs = new long[n * (n - 1) / 2];
        int k = 0;
        for (int a = 0; a < n; a++) for (int b = a + 1; b < n; b++) pairs[k++] = pair(a, b);
        return pairs;
    }

    /**
     * The pairs of all slices in increasing order, each once. The pairs are gathered by their lower report (a
     * counting sort), and then only each report's few higher partners are sorted: faster than sorting them all.
     *
     * @param n the number of reports: every index in the pairs is below it
     */
    static long[] sortedDistinct(long[][] slices, int n) {
        int[] start = new int[n + 1];
        for (long[] slice : slices) for (long pair : slice) start[lower(pair) + 1]++;
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        int[] higher = new int[start[n]];
        int[] next = Arrays.copyOf(start, n);
        for (long[] slice : slices) for (long pair : slice) higher[next[lower(pair)]++] = higher(pair);
        long[] pairs = new long[start[n]];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            Arrays.sort(higher, start[i], start[i + 1]);
            for (int k = start[i]; k < start[i + 1]; k++) {
                if (k == start[i] || higher[k] != higher[k - 1]) pairs[distinct++] = pair(i, higher[k]);
            }
        }
        return Arrays.copyOf(pairs, distinct);
    }

    /** The pair of reports {@code a} and {@code b}: the lower index in the high half, the higher in the low half. */
    static long pair(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    /** The lower report index of a pair. */
    static int lower(long pair) {
        return (int) (pair >>> 32);
    }

    /** The higher report index of a pair. */
    static int higher(long pair) {
        return (int) pair;
    }

    /** For each indexed term, the reports that have it among their heaviest (in index order) and its weight there. */
    /**
     * For each term, the reports that have it among their heaviest, with its weight in each; a list longer than
     * {@link #POSTING_CAP} is sorted by publication day (undated first), with its days in {@code days}, else in
     * report order with no days (null).
     */
    private record Postings(int[][] reports, double[][] weights, int[][] days) {
        static Postings of(int[][] top, double[][] topWeights, int[] reportDays) {
            int terms = 0;
            for (int[] t : top) for (int term : t) terms = Math.max(terms, term + 1);
            int[] size = new int[terms];
            for (int[] t : top) for (int term : t) size[term]++;
            int[][] reports = new int[terms][];
            double[][] weights = new double[terms][];
            for (int term = 0; term < terms; term++) {
                reports[term] = new int[size[term]];
                weights[term] = new double[size[term]];
            }
            Arrays.fill(size, 0);
            for (int r = 0; r < top.length; r++) {
                for (int k = 0; k < top[r].length; k++) {
                    int term = top[r][k];
                    reports[term][size[term]] = r;
                    weights[term][size[term]++] = topWeights[r][k];
                }
            }
            int[][] days = new int[terms][];
            for (int term = 0; term < terms; term++) {
                if (reports[term].length > POSTING_CAP) days[term] = byDay(reports, weights, term, reportDays);
            }
            return new Postings(reports, weights, days);
        }

        /** Sorts one term's list by day, then report; returns the days in that order. */
        private static int[] byDay(int[][] reports, double[][] weights, int term, int[] reportDays) {
            int[] list = reports[term];
            double[] w = weights[term];
            Integer[] order = new Integer[list.length];
            for (int p = 0; p < order.length; p++) order[p] = p;
            Arrays.sort(order, (x, y) -> reportDays[list[x]] != reportDays[list[y]]
                    ? Integer.compare(reportDays[list[x]], reportDays[list[y]]) : Integer.compare(list[x], list[y]));
            int[] sortedReports = new int[list.length];
            double[] sortedWeights = new double[list.length];
            int[] days = new int[list.length];
            for (int p = 0; p < order.length; p++) {
                sortedReports[p] = list[order[p]];
                sortedWeights[p] = w[order[p]];
                days[p] = reportDays[sortedReports[p]];
            }
            reports[term] = sortedReports;
            weights[term] = sortedWeights;
            return days;
        }
    }

    /** The neighbour search of one thread: scores by report, reused from one report to the next. */
    private static final class NeighbourSearch {
        private final double[] score;
        private final int[] touched;
        private final int[] best = new int[NEIGHBOURS];

        NeighbourSearch(int reports) {
            score = new double[reports];
            touched = new int[reports];
        }

        /**
         * Adds the pairs of report {@code i}, published on {@code day}, with its best scored neighbours: those that
         * share its rarer heavy terms; and only when they are fewer than {@link #FEW}, also those published nearest
         * to it that share its common ones.
         */
        void pairs(int i, int day, int[] top, double[] topWeights, Postings postings, LongList out) {
            int count = 0;
            for (boolean common : new boolean[] {false, true}) {
                if (common && (count >= FEW || day == UNDATED)) break;
                for (int k = 0; k < top.length; k++) {
                    int[] reports = postings.reports()[top[k]];
                    double[] weights = postings.weights()[top[k]];
                    if (reports.length > POSTING_CAP != common) continue;
                    int from = 0;
                    int to = reports.length;
                    if (common) { // the POSTING_CAP reports published nearest to report i
                        int at = Arrays.binarySearch(postings.days()[top[k]], day);
                        if (at < 0) at = -at - 1;
                        from = Math.max(0, at - POSTING_CAP / 2);
                        to = Math.min(reports.length, from + POSTING_CAP);
                        from = Math.max(0, to - POSTING_CAP);
                    }
                    for (int p = from; p < to; p++) {
                        int j = reports[p];
                        if (j == i) continue;
                        if (score[j] == 0) touched[count++] = j;
                        score[j] += topWeights[k] * weights[p];
                    }
                }
            }
            int kept = TopScores.select(touched, count, score, best);
            for (int c = 0; c < kept; c++) out.add(pair(i, best[c]));
            for (int c = 0; c < count; c++) score[touched[c]] = 0;
        }
    }
}
