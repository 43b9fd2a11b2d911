package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import java.util.ArrayList;
import java.util.List;

/**
 * What the grouping weighs for one candidate pair of reports, for studying and tuning it (the evaluations write
 * these for development sets with gold events): the two reports, the cosine of their words, their similarity, that
 * similarity weighed by what specific they share (the edge the clustering sees) and the days between their
 * publication dates.
 *
 * @param a          the id of one report
 * @param b          the id of the other
 * @param words      the cosine of their word channels
 * @param similarity their similarity ({@code Similarity}): channels and time evidence
 * @param weight     the similarity weighed by what specific they share ({@code SpecificEvidence#weigh})
 * @param daysApart  days between their publication dates, -1 when either is undated
 */
public record PairEvidence(String a, String b, double words, double similarity, double weight, long daysApart) {

    /** The candidate pairs of a set of reports, as {@link EventGrouper} with these settings compares them. */
    public static List<PairEvidence> of(List<AnalysedReport> input, EventGrouper.Settings settings) {
        List<ReportFeatures> reports = Reports.of(input, GroupingMemo.none());
        List<AnalysedReport> articles = reports.stream().map(r -> r.article).toList();
        Similarity similarity = new Similarity(settings);
        SpecificEvidence evidence = SpecificEvidence.of(articles, settings.windowDays());
        List<PairEvidence> out = new ArrayList<>();
        for (long pair : CandidatePairs.of(reports)) {
            ReportFeatures x = reports.get(CandidatePairs.lower(pair));
            ReportFeatures y = reports.get(CandidatePairs.higher(pair));
            double s = similarity.of(x, y);
            out.add(new PairEvidence(x.id(), y.id(), x.words.cosine(y.words), s,
                    SpecificEvidence.weigh(evidence.shared(x.index, y.index, similarity.onWords(x, y)), s, settings),
                    x.date == null || y.date == null ? -1 : Math.abs(x.date.toEpochDay() - y.date.toEpochDay())));
        }
        return out;
    }
}
