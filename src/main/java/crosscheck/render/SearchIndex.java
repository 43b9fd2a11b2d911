package crosscheck.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.ingest.ArticleText;
import crosscheck.render.SiteIndex.EntityEntry;
import crosscheck.render.SiteIndex.EventEntry;
import crosscheck.render.SiteIndex.OutletEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code search.json}: the small index the search page ({@code search/}, script {@code assets/search.js})
 * matches in the browser, with no server. Its shape:
 * <pre>{"items": [{"type", "title", "url", "text", "draft"}, ...]}</pre>
 * one item a line: every event (home-page order), report (by id), person, place and organisation (by kind and
 * name) and outlet (by name). {@code type} is "event", "report", "person", "place", "organisation" or
 * "outlet"; {@code url} is the page's address from the site root, e.g. "events/cairo-talks/"; {@code text} is
 * a short text to match besides the title, cut at a word: an event's first summary sentences, a report's
 * outlet and first paragraph (unless the site publishes no report text), an entity's other spellings. Kept small on purpose: titles and a few words, never
 * whole reports. {@code "draft": true} marks a draft report, only in a site built with its drafts (serve, build
 * --drafts); other items have no {@code draft} field.
 */
final class SearchIndex {
    static final String FILE = "search.json";
    /** Most characters of an item's text. */
    static final int TEXT_LIMIT = 200;

    @JsonPropertyOrder({"type", "title", "url", "text", "draft"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(String type, String title, String url, String text, Boolean draft) {
        Item(String type, String title, String url, String text) {
            this(type, title, url, text, null);
        }
    }

    private static final ObjectWriter WRITER = new ObjectMapper().writer();

    private SearchIndex() {
    }

    /** Every item to search, in the order described above. */
    static List<Item> items(SiteIndex index, ArticleText published) {
        List<Item> items = new ArrayList<>();
        for (EventEntry event : index.events()) {
            StringBuilder text = new StringBuilder();
            for (SummarySentence sentence : event.digest().summary()) {
                if (text.length() >= TEXT_LIMIT) break;
                if (!text.isEmpty()) text.append(' ');
                text.append(sentence.text().strip());
            }
            items.add(new Item("event", event.event().title(), event.path().url(), cut(text.toString())));
        }
        for (Report article : index.articles().values()) {
            String outlet = SiteIndex.outletName(article);
            String first = published == ArticleText.NONE ? "" : article.blocks().stream()
                    .filter(b -> b.kind() == Block.Kind.PARAGRAPH && !b.text().isBlank())
                    .map(b -> b.text().strip()).findFirst().orElse("");
            String text = outlet == null ? first : first.isEmpty() ? outlet : outlet + ": " + first;
            items.add(new Item("report", article.displayTitle(), index.articlePath(article).url(), cut(text),
                    article.draft() ? Boolean.TRUE : null));
        }
        for (EntityEntry entity : index.entities().values()) {
            items.add(new Item(entity.kind().name().toLowerCase(Locale.ROOT), entity.name(), entity.path().url(),
                    cut(String.join(", ", entity.spellings()))));
        }
        for (OutletEntry outlet : index.outlets().values()) {
            items.add(new Item("outlet", outlet.name(), outlet.path().url(), ""));
        }
        return items;
    }

    /** The JSON text: compact, one item a line, "\n" line endings and a final newline. */
    /** @param text how much of the reports' text the site publishes: none leaves their first paragraphs out */
    static String of(SiteIndex index, ArticleText text) {
        StringBuilder out = new StringBuilder("{\"items\":[");
        List<Item> items = items(index, text);
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            try {
                out.append(WRITER.writeValueAsString(items.get(i)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write " + FILE, e);
            }
        }
        return out.append(items.isEmpty() ? "" : "\n").append("]}\n").toString();
    }

    /** The text whitespace-collapsed and at most {@link #TEXT_LIMIT} characters, cut at a word. */
    static String cut(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= TEXT_LIMIT) return flat;
        int space = flat.lastIndexOf(' ', TEXT_LIMIT);
        int end = space > TEXT_LIMIT / 2 ? space : TEXT_LIMIT;
        if (Character.isHighSurrogate(flat.charAt(end - 1))) end--;
        return flat.substring(0, end).strip() + " …";
    }
}
