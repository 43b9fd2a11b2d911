package crosscheck.digest;

import crosscheck.clean.Article;
import crosscheck.clean.Block;
import crosscheck.group.Event;
import crosscheck.text.AnalyzedArticle;
import crosscheck.text.TextAnalyzer;
import java.util.Arrays;
import java.util.List;

/** Short inline reports for the digest tests: one paragraph a string, analysed as the build analyses them. */
public final class InlineReports {
    private InlineReports() {
    }

    /** A report of the given paragraphs. */
    public static AnalyzedArticle report(String id, String... paragraphs) {
        Article article = new Article(id, "articles/" + id + ".txt", "Report " + id, null, null, null, null, null,
                null, Arrays.stream(paragraphs).map(Block::paragraph).toList(), List.of());
        try (TextAnalyzer analyzer = new TextAnalyzer()) {
            return analyzer.analyze(article);
        }
    }

    /** One event of the given reports. */
    public static Event event(AnalyzedArticle... reports) {
        return new Event("event", "Event", List.of(reports), null, null, List.of());
    }
}
