package crosscheck.group;

import crosscheck.text.AnalyzedArticle;
import crosscheck.text.Sentence;
import crosscheck.text.TfIdf;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What grouping compares of one report: three TF-IDF channels over its stems (all words, names only, numbers
 * only) and the dates and years it mentions. Term counts weigh the title and the lead, where news reports
 * state what happened, more than the rest.
 */
final class Report {
    /** How many times a title stem counts. */
    static final double TITLE_WEIGHT = 2;
    /** How many times a stem of the lead (headings and the first sentences) counts. */
    static final double LEAD_WEIGHT = 2;
    /** How many sentences make the lead. */
    static final int LEAD_SENTENCES = 3;

    final int index;
    final AnalyzedArticle article;
    final LocalDate date;
    /** All stems. */
    final SparseVector words;
    /** Stems of names: words capitalised inside sentences. */
    final SparseVector names;
    /** Figures: stems made of digits (counts, magnitudes, years, times). */
    final SparseVector numbers;
    final Mentions mentions;

    private Report(int index, AnalyzedArticle article, SparseVector words, SparseVector names, SparseVector numbers,
                   Mentions mentions) {
        this.index = index;
        this.article = article;
        this.date = article.article().published();
        this.words = words;
        this.names = names;
        this.numbers = numbers;
        this.mentions = mentions;
    }

    /**
     * @param terms numbers of the terms seen so far, shared by all reports of one grouping; new terms are added
     */
    static Report of(int index, AnalyzedArticle article, TfIdf tfidf, Map<String, Integer> terms) {
        Map<String, Double> counts = new HashMap<>();
        for (String stem : article.titleStems()) counts.merge(stem, TITLE_WEIGHT, Double::sum);
        int sentences = 0;
        for (Sentence s : article.sentences()) {
            double weight = sentences < LEAD_SENTENCES ? LEAD_WEIGHT : 1;
            if (!s.heading()) sentences++;
            for (String stem : s.stems()) counts.merge(stem, weight, Double::sum);
        }
        Map<Integer, Double> words = new HashMap<>();
        Map<Integer, Double> names = new HashMap<>();
        Map<Integer, Double> numbers = new HashMap<>();
        new TreeMap<>(counts).forEach((term, n) -> {
            double w = (1 + Math.log(Math.max(1, n))) * tfidf.idf(term);
            Integer id = terms.computeIfAbsent(term, t -> terms.size());
            words.put(id, w);
            if (article.nameStems().contains(term)) names.put(id, w);
            if (isNumber(term)) numbers.put(id, w);
        });
        return new Report(index, article, SparseVector.of(words), SparseVector.of(names), SparseVector.of(numbers),
                Mentions.of(article));
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
