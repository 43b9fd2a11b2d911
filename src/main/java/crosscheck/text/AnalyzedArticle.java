package crosscheck.text;

import crosscheck.clean.Article;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A cleaned report with its sentences and terms.
 *
 * @param article    the report
 * @param titleStems index terms of its title
 * @param sentences  its sentences in order
 * @param termCounts how often each stem occurs in title and text, sorted by stem
 */
public record AnalyzedArticle(Article article, List<String> titleStems, List<Sentence> sentences,
                              SortedMap<String, Integer> termCounts) {
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        titleStems = List.copyOf(titleStems);
        sentences = List.copyOf(sentences);
        termCounts = Collections.unmodifiableSortedMap(new TreeMap<>(termCounts));
    }

    public String id() {
        return article.id();
    }
}
