package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.analyse.TfIdf;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * How often a report uses each of its stems, weighted: a title stem counts {@link #TITLE_WEIGHT} times and a stem
 * of the lead (headings and the first sentences), where news reports state what happened, {@link #LEAD_WEIGHT}
 * times.
 *
 * @param stems              the distinct stems, in alphabetical order
 * @param counts             the weighted count of each stem, at the same positions
 * @param matchesTermCounts  whether the article's {@link AnalysedReport#termCounts} has exactly these stems, in
 *                           this order (as the text stage makes them)
 */
record StemCounts(String[] stems, double[] counts, boolean matchesTermCounts) {
    /** How many times a title stem counts. */
    static final double TITLE_WEIGHT = 2;
    /** How many times a stem of the lead counts. */
    static final double LEAD_WEIGHT = 2;
    /** How many sentences make the lead. */
    static final int LEAD_SENTENCES = 3;
    private static final Function<String, double[]> NEW_COUNT = stem -> new double[1];
    private static final Function<String, int[]> NEW_FREQUENCY = term -> new int[1];

    static StemCounts of(AnalysedReport article) {
        Map<String, double[]> counts = new HashMap<>();
        for (String stem : article.titleStems()) counts.computeIfAbsent(stem, NEW_COUNT)[0] += TITLE_WEIGHT;
        int sentences = 0;
        for (Sentence s : article.sentences()) {
            double weight = sentences < LEAD_SENTENCES ? LEAD_WEIGHT : 1;
            if (!s.heading()) sentences++;
            for (String stem : s.stems()) counts.computeIfAbsent(stem, NEW_COUNT)[0] += weight;
        }
        String[] stems = counts.keySet().toArray(String[]::new);
        Arrays.sort(stems);
        double[] weighted = new double[stems.length];
        for (int i = 0; i < stems.length; i++) weighted[i] = counts.get(stems[i])[0];
        return new StemCounts(stems, weighted, same(stems, article.termCounts().keySet()));
    }

    /**
     * The grouping's vocabulary: the terms the articles count ({@link AnalysedReport#termCounts}), each in as many
     * documents as articles count it, and the stems they weigh for grouping. Counted on all cores.
     */
    static TfIdf vocabulary(List<AnalysedReport> articles, List<StemCounts> stems) {
        Map<String, int[]> counted = IntStream.range(0, articles.size()).parallel().collect(
                HashMap::new,
                (df, r) -> {
                    for (String term : articles.get(r).termCounts().keySet()) {
                        df.computeIfAbsent(term, NEW_FREQUENCY)[0]++;
                    }
                    if (stems.get(r).matchesTermCounts()) return;
                    for (String stem : stems.get(r).stems()) df.computeIfAbsent(stem, NEW_FREQUENCY); // not counted
                },
                (df, more) -> more.forEach((term, n) -> df.computeIfAbsent(term, NEW_FREQUENCY)[0] += n[0]));
        Map<String, Integer> frequencies = new HashMap<>(2 * counted.size());
        counted.forEach((term, n) -> frequencies.put(term, n[0]));
        return TfIdf.of(frequencies, articles.size());
    }

    private static boolean same(String[] stems, Collection<String> others) {
        if (others.size() != stems.length) return false;
        Iterator<String> other = others.iterator();
        for (String stem : stems) if (!stem.equals(other.next())) return false;
        return true;
    }
}
