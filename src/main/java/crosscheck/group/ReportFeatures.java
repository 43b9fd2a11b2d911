package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.TermVector;
import crosscheck.analyse.TfIdf;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.SortedSet;

/**
 * What grouping knows of one report. To compare it with others: three TF-IDF channels over its stems (all words,
 * names only, numbers only), weighted by {@link StemCounts}, and the dates and years it mentions. To name its
 * event: the TF-IDF vector of its terms with its title terms counted once more and names weighted double, and how
 * often it uses each term.
 */
final class ReportFeatures {
    final int index;
    final AnalysedReport article;
    final LocalDate date;
    /** All stems, over term numbers. */
    final TermVector words;
    /** Stems of names: words capitalised inside sentences. */
    final TermVector names;
    /** Figures: stems made of digits (counts, magnitudes, times), years excepted ({@link #isYear}). */
    final TermVector numbers;
    final Mentions mentions;
    /** The naming vector ({@link NamingVector#vector}), over vocabulary ranks. */
    final TermVector headline;
    /** The article's term counts ({@link AnalysedReport#termCounts}) as (rank, count) {@link RankCounts}, by rank. */
    final long[] termCounts;
    /** The names it writes, for the grouping's evidence and doubts. */
    final WrittenNames writtenNames;

    private ReportFeatures(int index, AnalysedReport article, TermVector words, TermVector names, TermVector numbers,
                   Mentions mentions, TermVector headline, long[] termCounts, WrittenNames writtenNames) {
        this.index = index;
        this.article = article;
        this.date = article.report().published();
        this.words = words;
        this.names = names;
        this.numbers = numbers;
        this.mentions = mentions;
        this.headline = headline;
        this.termCounts = termCounts;
        this.writtenNames = writtenNames;
    }

    /**
     * @param stems      the report's weighted stem counts
     * @param stemRanks  the vocabulary rank of each of those stems
     * @param numberOf   the term number of each vocabulary rank, shared by all reports of one grouping
     * @param mentions   the dates and years the report mentions ({@link Mentions#of})
     * @param names      the names it writes ({@link WrittenNames#of})
     */
    static ReportFeatures of(int index, AnalysedReport article, StemCounts stems, int[] stemRanks, int[] numberOf,
                     TfIdf vocabulary, Mentions mentions, WrittenNames names) {
        int[] stemTerms = numbers(stemRanks, numberOf);
        int[] byTerm = byTerm(stemTerms); // sorted once here, not once for each channel
        int[] terms = at(byTerm, stemTerms);
        double[] weights = weights(stems, stemRanks, vocabulary);
        long[] termCounts = NamingVector.termCounts(article, stems, stemRanks, vocabulary);
        return new ReportFeatures(index, article, TermVector.of(terms, at(byTerm, weights)),
                TermVector.of(terms, at(byTerm, only(weights, names(stems.stems(), article.nameStems())))),
                TermVector.of(terms, at(byTerm, only(weights, numbers(stems.stems())))),
                mentions, NamingVector.vector(article, termCounts, vocabulary), termCounts, names);
    }

    /** The positions of the (distinct) terms in increasing order. */
    private static int[] byTerm(int[] terms) {
        long[] order = new long[terms.length]; // the term in the high half, its position in the low half
        for (int i = 0; i < terms.length; i++) order[i] = (long) terms[i] << 32 | i;
        Arrays.sort(order);
        int[] positions = new int[terms.length];
        for (int i = 0; i < terms.length; i++) positions[i] = (int) order[i];
        return positions;
    }

    private static int[] at(int[] positions, int[] values) {
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) out[i] = values[positions[i]];
        return out;
    }

    private static double[] at(int[] positions, double[] values) {
        double[] out = new double[positions.length];
        for (int i = 0; i < positions.length; i++) out[i] = values[positions[i]];
        return out;
    }

    private static int[] numbers(int[] ranks, int[] numberOf) {
        int[] out = new int[ranks.length];
        for (int i = 0; i < ranks.length; i++) out[i] = numberOf[ranks[i]];
        return out;
    }

    /** TF-IDF of weighted counts ({@link TfIdf#weight}). */
    private static double[] weights(StemCounts stems, int[] ranks, TfIdf vocabulary) {
        double[] out = new double[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            out[i] = TfIdf.weight(stems.counts()[i], vocabulary.idf(ranks[i]));
        }
        return out;
    }

    /** The weights where {@code keep} is true; 0 elsewhere. */
    private static double[] only(double[] weights, boolean[] keep) {
        double[] out = new double[weights.length];
        for (int i = 0; i < weights.length; i++) if (keep[i]) out[i] = weights[i];
        return out;
    }

    /** Which of the alphabetically sorted terms are names: a walk along both when the names are sorted alike. */
    static boolean[] names(String[] terms, SortedSet<String> names) {
        boolean[] out = new boolean[terms.length];
        if (names.comparator() != null) {
            for (int i = 0; i < terms.length; i++) out[i] = names.contains(terms[i]);
            return out;
        }
        Iterator<String> name = names.iterator();
        String next = name.hasNext() ? name.next() : null;
        for (int i = 0; i < terms.length && next != null; i++) {
            int c;
            while ((c = next.compareTo(terms[i])) < 0 && name.hasNext()) next = name.next();
            out[i] = c == 0;
            if (c < 0) break; // every name is before the rest of the terms
        }
        return out;
    }

    private static boolean[] numbers(String[] terms) {
        boolean[] out = new boolean[terms.length];
        for (int i = 0; i < terms.length; i++) out[i] = isNumber(terms[i]) && !isYear(terms[i]);
        return out;
    }

    /**
     * Whether a figure reads as a year (1900 to 2099). Years are left out of the figure channel: they are evidence
     * of when, weighed by the years mentioned ({@link Similarity}), and two short reports that both name the
     * current year would otherwise look alike in their figures.
     */
    static boolean isYear(String term) {
        return term.length() == 4 && (term.startsWith("19") || term.startsWith("20"))
                && Character.isDigit(term.charAt(2)) && Character.isDigit(term.charAt(3));
    }

    static boolean isNumber(String term) {
        boolean digit = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (c != '.' && c != ',') return false;
        }
        return digit;
    }

    String id() {
        return article.id();
    }
}
