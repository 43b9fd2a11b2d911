package crosscheck.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The curator's editor's note, from Markdown to HTML with flexmark. Raw HTML in the note is shown as text,
 * and the result goes through a jsoup safelist of text markup, links only to http(s) addresses.
 */
final class EditorsNote {
    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, " ");
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
    private static final Safelist SAFE = Safelist.basic()
            .removeProtocols("a", "href", "ftp", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private EditorsNote() {
    }

    /** Safe HTML of a Markdown note, or null for none. */
    static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) return null;
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, SAFE).strip();
    }
}
