package crosscheck.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A page of the site's own text ({@code content/pages/*.md}), from Markdown to HTML with flexmark, made safe
 * as {@link EditorsNote} makes the editor's note: raw HTML in the Markdown is shown as text, and the result
 * goes through a jsoup safelist of text markup and headings, links only to http(s) addresses.
 */
final class PageMarkdown {
    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, " ");
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h2", "h3", "h4", "h5", "h6", "hr")
            .removeProtocols("a", "href", "ftp", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private PageMarkdown() {
    }

    /**
     * Safe HTML of a page's Markdown, or null for an empty page. Headings of level 1 become level 2: the page's
     * title is its only {@code h1}.
     */
    static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) return null;
        String html = RENDERER.render(PARSER.parse(markdown)).replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        return Jsoup.clean(html, SAFE).strip();
    }
}
