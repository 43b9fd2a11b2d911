package crosscheck.render;

import java.util.List;
import java.util.Objects;

/**
 * One page as the search knows it: what it is, its title and address, and the published text it is found by, in
 * passages the search page shows a matched one of.
 *
 * @param type     "event", "report", "person", "place", "organisation" or "outlet"
 * @param title    the page's title, searched like its passages and ranked above them
 * @param url      the page's address from the site root, e.g. "events/cairo-talks/"
 * @param draft    a draft report, only in a site built with its drafts (serve, build --drafts)
 * @param passages the page's text that the site publishes, a passage a paragraph, sentence or quotation, each
 *                 whitespace-collapsed; none blank
 */
record SearchDocument(String type, String title, String url, boolean draft, List<String> passages) {
    SearchDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        passages = passages.stream().map(SearchDocument::flat).filter(p -> !p.isEmpty()).toList();
    }

    /** The text with its runs of whitespace made one space, stripped; empty for null. */
    static String flat(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
