package crosscheck.group;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * @param specific whether the two reports of each edge share something specific ({@link SpecificEvidence#specific})
 * @param evidence the rare phrases and names the similarities were weighed by, for the grouping's evidence
 */
record SimilarityGraph(int[] from, int[] to, double[] weight, boolean[] specific, SpecificEvidence evidence) {

    static SimilarityGraph of(List<ReportFeatures> reports, EventGrouper.Settings settings) {
        long[] pairs = CandidatePairs.of(reports);
        Similarity similarity = new Similarity(settings);
        SpecificEvidence evidence = SpecificEvidence.of(reports.stream().map(r -> r.article).toList(), settings.windowDays());
        double[] similarities = IntStream.range(0, pairs.length).parallel().mapToDouble(p -> {
            ReportFeatures a = reports.get(CandidatePairs.lower(pairs[p]));
            ReportFeatures b = reports.get(CandidatePairs.higher(pairs[p]));
            if (a.date != null && b.date != null
                    && Math.abs(b.date.toEpochDay() - a.date.toEpochDay()) > settings.windowDays()) return -1;
            return evidence.weigh(a.index, b.index, similarity.of(a, b), settings, similarity.onWords(a, b));
        }).toArray();
        int edges = (int) Arrays.stream(similarities).filter(s -> s >= EventGrouper.MIN_EDGE).count();
        int[] from = new int[edges];
        int[] to = new int[edges];
        double[] weight = new double[edges];
        for (int p = 0, e = 0; p < pairs.length; p++) {
            if (similarities[p] < EventGrouper.MIN_EDGE) continue;
            from[e] = CandidatePairs.lower(pairs[p]);
            to[e] = CandidatePairs.higher(pairs[p]);
            weight[e++] = similarities[p];
        }
        boolean[] specific = new boolean[edges];
        IntStream.range(0, edges).parallel().forEach(e -> specific[e] = evidence.specific(from[e], to[e],
                similarity.onWords(reports.get(from[e]), reports.get(to[e]))));
        return new SimilarityGraph(from, to, weight, specific, evidence);
    }

    int edges() {
        return from.length;
    }

    /** The similarity of each pair of reports with an edge, by {@link CandidatePairs#pair}; others are absent. */
    Map<Long, Double> weights() {
        Map<Long, Double> out = new HashMap<>(from.length * 2);
        for (int e = 0; e < from.length; e++) out.put(CandidatePairs.pair(from[e], to[e]), weight[e]);
        return out;
    }
}
