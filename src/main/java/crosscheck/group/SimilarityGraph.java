package crosscheck.group;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The sparse similarity graph of a set of reports: an edge for each candidate pair ({@link CandidatePairs})
 * published within the window of each other and at least {@link EventGrouper#MIN_EDGE} similar, its similarity
 * discounted when the two share nothing specific ({@link SpecificEvidence}). The similarities
 * are computed on all cores (each is a pure function of two reports); the edges keep the pairs' order.
 *
 * @param from     the lower report index of each edge
 * @param to       the higher report index of each edge
 * @param weight   the similarity of each edge
 * @param specific whether the two reports of each edge share something specific ({@link SpecificEvidence#shared})
 * @param evidence the rare phrases and names the similarities were weighed by, for the grouping's evidence
 */
record SimilarityGraph(int[] from, int[] to, double[] weight, boolean[] specific, SpecificEvidence evidence) {

    /** @param memo where the reports' phrases and names may be known from the last grouping */
    static SimilarityGraph of(List<ReportFeatures> reports, EventGrouper.Settings settings, GroupingMemo memo) {
        long[] pairs = CandidatePairs.of(reports);
        Similarity similarity = new Similarity(settings);
        SpecificEvidence evidence = SpecificEvidence.of(reports.stream().map(r -> r.article).toList(),
                settings.windowDays(), memo);
        double[] similarities = new double[pairs.length];
        boolean[] specificPairs = new boolean[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(p -> {
            ReportFeatures a = reports.get(CandidatePairs.lower(pairs[p]));
            ReportFeatures b = reports.get(CandidatePairs.higher(pairs[p]));
            similarities[p] = -1;
            if (a.date != null && b.date != null
                    && Math.abs(b.date.toEpochDay() - a.date.toEpochDay()) > settings.windowDays()) return;
            SpecificEvidence.Shared shared = evidence.shared(a.index, b.index, similarity.onWords(a, b));
            similarities[p] = SpecificEvidence.weigh(shared, similarity.of(a, b), settings);
            specificPairs[p] = shared.specific();
        });
        int edges = (int) Arrays.stream(similarities).filter(s -> s >= EventGrouper.MIN_EDGE).count();
        int[] from = new int[edges];
        int[] to = new int[edges];
        double[] weight = new double[edges];
        boolean[] specific = new boolean[edges];
        for (int p = 0, e = 0; p < pairs.length; p++) {
            if (similarities[p] < EventGrouper.MIN_EDGE) continue;
            from[e] = CandidatePairs.lower(pairs[p]);
            to[e] = CandidatePairs.higher(pairs[p]);
            specific[e] = specificPairs[p];
            weight[e++] = similarities[p];
        }
        return new SimilarityGraph(from, to, weight, specific, evidence);
    }

    int edges() {
        return from.length;
    }

    /**
     * The edges of each of {@code reports} reports: report r's are at positions {@code start[r]} to
     * {@code start[r + 1]} of {@code other} (the report at the other end) and {@code weight}, in edge order.
     */
    record Neighbours(int[] start, int[] other, double[] weight) {
    }

    /** The edges of each report, for looking them up by report. */
    Neighbours neighbours(int reports) {
        int[] start = new int[reports + 1];
        for (int e = 0; e < from.length; e++) {
            start[from[e] + 1]++;
            start[to[e] + 1]++;
        }
        for (int r = 0; r < reports; r++) start[r + 1] += start[r];
        int[] next = Arrays.copyOf(start, reports);
        int[] other = new int[2 * from.length];
        double[] weights = new double[2 * from.length];
        for (int e = 0; e < from.length; e++) {
            other[next[from[e]]] = to[e];
            weights[next[from[e]]++] = weight[e];
            other[next[to[e]]] = from[e];
            weights[next[to[e]]++] = weight[e];
        }
        return new Neighbours(start, other, weights);
    }
}
