package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.analyse.TfIdf;
import crosscheck.eval.GroupingSetsEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the candidate pairs of each development set with what the grouping knows of them and whether the two
 * reports are of one gold event: for studying which evidence separates the same story from two.
 * PairDump SETS OUT set1,set2,...
 */
public final class PairDump {
    public static void main(String[] args) throws IOException {
        Path sets = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        EventGrouper.Settings settings = EventGrouper.Settings.DEFAULT;
        for (String name : args[2].split(",")) {
            GroupingSetsEvaluation.Set set = GroupingSetsEvaluation.load(name, sets.resolve(name));
            List<AnalysedReport> articles = new ArrayList<>(set.reports());
            articles.sort(Comparator.comparing(AnalysedReport::id));
            List<StemCounts> stems = articles.parallelStream().map(StemCounts::of).toList();
            TfIdf vocabulary = StemCounts.vocabulary(articles, stems);
            List<ReportFeatures> reports = Reports.of(articles, stems, vocabulary, GroupingMemo.none());
            long[] pairs = CandidatePairs.of(reports);
            Similarity similarity = new Similarity(settings);
            SpecificEvidence evidence = SpecificEvidence.of(articles, settings.windowDays());
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(name + ".tsv")))) {
                w.println("a\tb\tsame\twcos\tncos\tfcos\thasn\thasf\tdays\tyear\tphr\tnam\tsameout\thead\ttitle\tlead"
                        + "\tdd\tlena\tlenb\tsim\tweight");
                for (long p : pairs) {
                    ReportFeatures a = reports.get(CandidatePairs.lower(p));
                    ReportFeatures b = reports.get(CandidatePairs.higher(p));
                    String ga = set.gold().get(a.id());
                    String gb = set.gold().get(b.id());
                    double sim = similarity.of(a, b);
                    boolean onWords = similarity.onWords(a, b);
                    double weight = evidence.weigh(a.index, b.index, sim, settings, onWords);
                    Integer ya = a.mentions.latestYear();
                    Integer yb = b.mentions.latestYear();
                    int year = ya == null || yb == null ? 0 : ya.equals(yb) ? 1 : -1;
                    long dd = a.date == null || b.date == null ? -1
                            : Math.abs(a.date.toEpochDay() - b.date.toEpochDay());
                    String oa = SpecificEvidence.outlet(a.article);
                    boolean sameOutlet = oa != null && oa.equals(SpecificEvidence.outlet(b.article));
                    w.printf("%s\t%s\t%d\t%.4f\t%.4f\t%.4f\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t%d\t%d\t%d"
                                    + "\t%.4f\t%.4f%n",
                            a.id(), b.id(), ga != null && ga.equals(gb) ? 1 : 0, a.words.cosine(b.words),
                            a.names.isEmpty() || b.names.isEmpty() ? 0 : a.names.cosine(b.names),
                            a.numbers.isEmpty() || b.numbers.isEmpty() ? 0 : a.numbers.cosine(b.numbers),
                            a.names.isEmpty() || b.names.isEmpty() ? 0 : 1,
                            a.numbers.isEmpty() || b.numbers.isEmpty() ? 0 : 1,
                            a.mentions.closestDays(b.mentions), year, evidence.sharedPhrases(a.index, b.index),
                            evidence.sharedNames(a.index, b.index), sameOutlet ? 1 : 0, a.headline.cosine(b.headline),
                            jaccard(a.article.titleStems(), b.article.titleStems()), jaccard(lead(a.article), lead(b.article)),
                            dd, a.article.sentences().size(), b.article.sentences().size(), sim, weight);
                }
            }
            System.err.println(name + ": " + pairs.length + " pairs");
        }
    }

    private static List<String> lead(AnalysedReport r) {
        List<String> out = new ArrayList<>();
        for (Sentence s : r.sentences().subList(0, Math.min(3, r.sentences().size()))) out.addAll(s.stems());
        return out;
    }

    private static double jaccard(List<String> a, List<String> b) {
        Set<String> x = new HashSet<>(a);
        Set<String> y = new HashSet<>(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        int common = 0;
        for (String s : x) if (y.contains(s)) common++;
        return (double) common / (x.size() + y.size() - common);
    }
}
