package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.analyse.TfIdf;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.group.EventGrouper.Settings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The review list's doubts, on a similarity graph made by hand so that each case is exact: a report that fits two
 * events, joins near the threshold, an event spread over more days than the window, and clear joins left alone.
 */
class DoubtsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private static List<ReportFeatures> features(List<AnalysedReport> articles) {
        List<StemCounts> stems = articles.stream().map(StemCounts::of).toList();
        TfIdf vocabulary = StemCounts.vocabulary(articles, stems);
        return Reports.of(articles, stems, vocabulary, GroupingMemo.none());
    }

    private static AnalysedReport report(String id, String text, LocalDate date) {
        Report article = new Report(id, "articles/" + id + ".txt", "Report " + id, null, null, date, null, null, null,
                List.of(Block.paragraph(text)), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    /** The graph of the given edges: {a, b, weight in thousandths}. */
    private static SimilarityGraph graph(int[]... edges) {
        int[] from = new int[edges.length];
        int[] to = new int[edges.length];
        double[] weight = new double[edges.length];
        for (int e = 0; e < edges.length; e++) {
            from[e] = edges[e][0];
            to[e] = edges[e][1];
            weight[e] = edges[e][2] / 1000.0;
        }
        return new SimilarityGraph(from, to, weight, new boolean[edges.length], null);
    }

    private static Map<String, Doubt> byReport(List<Doubt> doubts) {
        Map<String, Doubt> out = new TreeMap<>();
        doubts.forEach(d -> out.put(d.report(), d));
        return out;
    }

    @Test
    void aReportThatFitsTwoEventsAndABorderlineJoinAreFlaggedClearJoinsAreNot() {
        List<AnalysedReport> articles = new ArrayList<>();
        articles.add(report("a0", "Mayor Franco Bassi said the quake in Tolmezzo killed 14.", DAY));
        articles.add(report("a1", "In Tolmezzo, Mayor Franco Bassi counted 14 dead.", DAY));
        articles.add(report("a2", "Mayor Franco Bassi of Tolmezzo met Governor Elena Greco.", DAY));
        articles.add(report("b3", "Governor Elena Greco visited Sulmona after the flood.", DAY));
        articles.add(report("b4", "In Sulmona, Governor Elena Greco asked for boats.", DAY));
        // event A = a0 a1 a2, event B = b3 b4; a2 is nearly as like B as A; b3-b4 barely joined
        SimilarityGraph graph = graph(new int[]{0, 1, 800}, new int[]{0, 2, 500}, new int[]{1, 2, 500},
                new int[]{2, 3, 500}, new int[]{2, 4, 450}, new int[]{3, 4, 330});
        int[] group = {0, 0, 0, 3, 3};
        boolean[] free = {true, true, true, true, true};
        Map<String, Doubt> doubts = byReport(Doubts.of(features(articles), group, free, graph, Settings.DEFAULT));

        assertEquals(List.of("a2", "b3", "b4"), List.copyOf(doubts.keySet()), "clear joins (a0, a1) are left alone");
        Doubt two = doubts.get("a2");
        assertEquals(Doubt.Kind.TWO_EVENTS, two.kind());
        assertEquals("b3", two.other(), "named by a report of the other event");
        assertEquals(0.5, two.own(), 1e-9);
        assertEquals(0.475, two.closest(), 1e-9);
        assertTrue(two.sharedOwn().stream().anyMatch(n -> n.endsWith("Franco Bassi")), two.sharedOwn().toString());
        assertTrue(two.sharedOther().stream().anyMatch(n -> n.endsWith("Elena Greco")), two.sharedOther().toString());
        assertEquals(List.of("a2"), two.split());

        Doubt borderline = doubts.get("b3");
        assertEquals(Doubt.Kind.BORDERLINE, borderline.kind());
        assertEquals(0.33, borderline.own(), 1e-9);
        assertEquals(Settings.DEFAULT.threshold(), borderline.threshold());
    }

    @Test
    void pinnedReportsAreTheCuratorsChoiceAndAreNotFlagged() {
        List<AnalysedReport> articles = List.of(report("b3", "Governor Elena Greco visited Sulmona.", DAY),
                report("b4", "In Sulmona, Governor Elena Greco asked for boats.", DAY));
        List<Doubt> doubts = Doubts.of(features(articles), new int[]{0, 0}, new boolean[]{false, false},
                graph(new int[]{0, 1, 310}), Settings.DEFAULT);
        assertEquals(List.of(), doubts);
    }

    @Test
    void anEventSpreadOverMoreDaysThanTheWindowIsSplitAtItsWidestGap() {
        List<AnalysedReport> articles = List.of(
                report("s1", "Varna dock workers strike over pay.", DAY),
                report("s2", "The Varna strike goes on.", DAY.plusDays(2)),
                report("s3", "Varna dock workers strike again.", DAY.plusDays(20)));
        List<Doubt> doubts = Doubts.of(features(articles), new int[]{0, 0, 0}, new boolean[]{true, true, true},
                graph(new int[]{0, 1, 700}, new int[]{0, 2, 600}, new int[]{1, 2, 600}), Settings.DEFAULT);
        assertEquals(1, doubts.size(), doubts.toString());
        Doubt span = doubts.get(0);
        assertEquals(Doubt.Kind.LONG_SPAN, span.kind());
        assertEquals(DAY, span.first());
        assertEquals(DAY.plusDays(20), span.last());
        assertEquals(List.of("s3"), span.split(), "the smaller side of the widest gap");
    }
}
