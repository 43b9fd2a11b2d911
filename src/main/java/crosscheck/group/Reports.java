package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.TfIdf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The {@link ReportFeatures}s of one grouping, built on all cores. Stems are numbered in the order the reports first use
 * them (reports in index order, each report's stems in alphabetical order) by one short sequential pass between
 * two parallel ones, so the numbers, and with them the order of every floating-point sum over terms, never depend
 * on the threads.
 */
final class Reports {
    private Reports() {
    }

    /**
     * The reports of a grouping's articles, sorted by id (index i is the i-th), over their own vocabulary; what the
     * memo knows of an article is taken from it.
     */
    static List<ReportFeatures> of(List<AnalysedReport> input, GroupingMemo memo) {
        List<AnalysedReport> articles = new ArrayList<>(input);
        articles.sort(Comparator.comparing(AnalysedReport::id));
        List<StemCounts> stems = articles.parallelStream().map(memo::stems).toList();
        return of(articles, stems, StemCounts.vocabulary(articles, stems), memo);
    }

    /**
     * The reports of the articles, {@code articles.get(i)} at index i; {@code stems.get(i)} are its stem counts.
     * What the memo knows of an article is taken from it. The names each writes are read over the name words of
     * all of them ({@link WrittenNames}).
     */
    static List<ReportFeatures> of(List<AnalysedReport> articles, List<StemCounts> stems, TfIdf vocabulary,
                           GroupingMemo memo) {
        int[][] stemRanks = stems.parallelStream().map(s -> vocabulary.numbers(s.stems())).toArray(int[][]::new);
        int[] numberOf = new int[vocabulary.size()];
        Arrays.fill(numberOf, -1);
        int numbered = 0;
        for (int[] ranks : stemRanks) {
            for (int rank : ranks) if (numberOf[rank] < 0) numberOf[rank] = numbered++;
        }
        List<List<String>> nameWords = articles.parallelStream().map(memo::nameWords).toList();
        Set<String> allNameWords = new HashSet<>();
        nameWords.forEach(allNameWords::addAll);
        return IntStream.range(0, articles.size()).parallel()
                .mapToObj(r -> ReportFeatures.of(r, articles.get(r), stems.get(r), stemRanks[r], numberOf, vocabulary,
                        memo.mentions(articles.get(r)),
                        WrittenNames.of(articles.get(r), nameWords.get(r), allNameWords)))
                .toList();
    }
}
