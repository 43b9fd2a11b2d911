package crosscheck.group;

import crosscheck.text.AnalyzedArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reports that cover the same event.
 *
 * @param id          slug, unique in the site; the event page lives at {@code events/<id>/}
 * @param title       headline for the event
 * @param articles    its reports, oldest first (undated last), then by id
 * @param first       earliest publication date of its reports, or null when none is dated
 * @param last        latest publication date of its reports, or null when none is dated
 * @param sharedTerms the terms most of its reports share: why they were grouped
 */
public record Event(String id, String title, List<AnalyzedArticle> articles, LocalDate first, LocalDate last,
                    List<String> sharedTerms) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        articles = List.copyOf(articles);
        sharedTerms = List.copyOf(sharedTerms);
        if (articles.isEmpty()) throw new IllegalArgumentException("an event needs at least one report");
    }
}
