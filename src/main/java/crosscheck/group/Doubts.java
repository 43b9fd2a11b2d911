package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the joins the grouping is least sure of, once it has clustered: for each free report (not pinned by the
 * curator) in an event of two or more, its mean similarity to the other reports of its event and to the reports of
 * the other event it is most like. A report is in doubt when another event is within {@link #MARGIN} of its own
 * ({@link Doubt.Kind#TWO_EVENTS}), else when its own mean is within {@link #MARGIN} of the threshold, or below it
 * ({@link Doubt.Kind#BORDERLINE}). An event without pins whose reports were published further apart than the window
 * is in doubt too ({@link Doubt.Kind#LONG_SPAN}). Reports with no edge between them count as 0 similar.
 */
final class Doubts {
    /** How close to the threshold, or to another event, a report's mean similarity must be to be in doubt. */
    static final double MARGIN = 0.05;

    private Doubts() {
    }

    /**
     * @param reports the grouping's reports, by index
     * @param group   the event of each report, by index: the same number for the same event
     * @param movable whether each report is free (not pinned)
     * @param graph   the similarity graph the events were clustered on
     */
    static List<Doubt> of(List<ReportFeatures> reports, int[] group, boolean[] movable, SimilarityGraph graph,
                          EventGrouper.Settings settings) {
        int n = reports.size();
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) members.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        double[] own = new double[n];
        List<Map<Integer, Double>> toOthers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) toOthers.add(null);
        for (int e = 0; e < graph.edges(); e++) {
            int a = graph.from()[e];
            int b = graph.to()[e];
            double w = graph.weight()[e];
            if (group[a] == group[b]) {
                own[a] += w;
                own[b] += w;
            } else {
                add(toOthers, a, group[b], w);
                add(toOthers, b, group[a], w);
            }
        }
        double threshold = settings.threshold();
        Names names = new Names(reports, members);
        List<Doubt> reportDoubts = new ArrayList<>();
        List<Double> margins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> mine = members.get(group[i]);
            if (mine.size() < 2 || !movable[i]) continue;
            double mean = own[i] / (mine.size() - 1);
            int best = -1;
            double closest = 0;
            Map<Integer, Double> others = toOthers.get(i);
            if (others != null) {
                for (Map.Entry<Integer, Double> o : new TreeMap<>(others).entrySet()) {
                    double m = o.getValue() / members.get(o.getKey()).size();
                    if (m > closest) {
                        closest = m;
                        best = o.getKey();
                    }
                }
            }
            boolean twoEvents = best >= 0 && closest >= mean - MARGIN && closest >= threshold - MARGIN;
            boolean borderline = mean < threshold + MARGIN;
            if (!twoEvents && !borderline) continue;
            List<String> sharedOther = best < 0 ? List.of()
                    : names.sharedWith(reports.get(i), best);
            Doubt.Kind kind = twoEvents ? Doubt.Kind.TWO_EVENTS : Doubt.Kind.BORDERLINE;
            reportDoubts.add(new Doubt(kind, reports.get(i).id(),
                    best < 0 ? null : reports.get(members.get(best).get(0)).id(), round(mean), round(closest),
                    threshold, names.sharedWith(reports.get(i), group[i]), sharedOther, null, null, settings.windowDays(),
                    List.of(reports.get(i).id())));
            margins.add(twoEvents ? mean - closest : mean - threshold);
        }
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < reportDoubts.size(); d++) order.add(d);
        order.sort(Comparator.comparing((Integer d) -> reportDoubts.get(d).kind())
                .thenComparing(margins::get).thenComparing(d -> reportDoubts.get(d).report()));
        List<Doubt> out = new ArrayList<>();
        order.forEach(d -> out.add(reportDoubts.get(d)));
        out.addAll(longSpans(reports, members, movable, settings));
        return out;
    }

    /** Events without pins whose dated reports were published more than the window apart, widest span first. */
    private static List<Doubt> longSpans(List<ReportFeatures> reports, Map<Integer, List<Integer>> members,
                                         boolean[] movable, EventGrouper.Settings settings) {
        List<Doubt> out = new ArrayList<>();
        for (List<Integer> event : members.values()) {
            if (event.size() < 2 || event.stream().anyMatch(i -> !movable[i])) continue;
            List<ReportFeatures> dated = new ArrayList<>(at(reports, event).stream().filter(r -> r.date != null)
                    .toList());
            if (dated.size() < 2) continue;
            dated.sort(Comparator.comparing((ReportFeatures r) -> r.date).thenComparing(ReportFeatures::id));
            LocalDate first = dated.get(0).date;
            LocalDate last = dated.get(dated.size() - 1).date;
            if (last.toEpochDay() - first.toEpochDay() <= settings.windowDays()) continue;
            int cut = 1;
            long widest = -1;
            for (int k = 1; k < dated.size(); k++) {
                long gap = dated.get(k).date.toEpochDay() - dated.get(k - 1).date.toEpochDay();
                if (gap > widest) {
                    widest = gap;
                    cut = k;
                }
            }
            List<ReportFeatures> split = cut * 2 >= dated.size() ? dated.subList(cut, dated.size()) : dated.subList(0, cut);
            out.add(new Doubt(Doubt.Kind.LONG_SPAN, dated.get(0).id(), null, 0, 0, settings.threshold(), List.of(),
                    List.of(), first, last, settings.windowDays(), split.stream().map(ReportFeatures::id).toList()));
        }
        out.sort(Comparator.comparing((Doubt d) -> d.first().toEpochDay() - d.last().toEpochDay())
                .thenComparing(Doubt::report));
        return out;
    }

    private static void add(List<Map<Integer, Double>> toOthers, int report, int group, double w) {
        if (toOthers.get(report) == null) toOthers.set(report, new HashMap<>());
        toOthers.get(report).merge(group, w, Double::sum);
    }

    private static List<ReportFeatures> at(List<ReportFeatures> reports, List<Integer> indices) {
        return indices.stream().map(reports::get).toList();
    }

    /**
     * The names each report writes over the name words of all the reports ({@link WrittenNames#names()}), and how
     * many reports of each event write each name; each made once however many doubts name them.
     */
    private static final class Names {
        private final List<ReportFeatures> reports;
        private final Map<Integer, List<Integer>> members;
        private final Map<Integer, Set<String>> byReport = new HashMap<>();
        private final Map<Integer, Map<String, Integer>> byEvent = new HashMap<>();

        Names(List<ReportFeatures> reports, Map<Integer, List<Integer>> members) {
            this.reports = reports;
            this.members = members;
        }

        Set<String> of(ReportFeatures report) {
            return byReport.computeIfAbsent(report.index, i -> report.writtenNames.names());
        }

        /**
         * Names the report writes that at least one other report of the event writes too, at most
         * {@link SharedEvidence#NAMES}.
         */
        List<String> sharedWith(ReportFeatures report, int event) {
            Map<String, Integer> written = byEvent.computeIfAbsent(event, g -> {
                Map<String, Integer> counts = new HashMap<>();
                for (int r : members.get(g)) of(reports.get(r)).forEach(n -> counts.merge(n, 1, Integer::sum));
                return counts;
            });
            int others = members.get(event).contains(report.index) ? 2 : 1; // itself and another, or one
            return of(report).stream().filter(n -> written.getOrDefault(n, 0) >= others)
                    .limit(SharedEvidence.NAMES).toList();
        }
    }

    private static double round(double value) {
        return Math.max(0, Math.min(1, Math.round(value * 1000) / 1000.0));
    }
}
