package crosscheck.group;

import crosscheck.text.AnalyzedArticle;
import java.util.List;

/** TEMPORARY: replaced by the real grouper. */
public final class EventGrouper {
    public List<Event> group(List<AnalyzedArticle> articles) {
        if (articles.isEmpty()) return List.of();
        return List.of(new Event("event", articles.get(0).article().displayTitle(), articles, null, null, List.of()));
    }
}
