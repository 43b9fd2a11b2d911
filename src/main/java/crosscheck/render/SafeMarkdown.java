package crosscheck.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import crosscheck.core.BuildException;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The curator's Markdown (an event's editor's note, a page of {@code content/pages/}) to HTML with flexmark, made
 * safe: raw HTML in the Markdown is shown as text, and the result goes through a jsoup safelist of text markup,
 * links only to http(s) addresses and marked {@code rel="nofollow noopener"}.
 */
final class SafeMarkdown {
    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, " ");
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    /** An editor's note: text markup and links, no headings. */
    static final SafeMarkdown NOTE = new SafeMarkdown(false);
    /** A page of the site's own text: headings too, level 1 made level 2, as the page's title is its only h1. */
    static final SafeMarkdown PAGE = new SafeMarkdown(true);

    private final Safelist safelist;
    private final boolean headings;

    private SafeMarkdown(boolean headings) {
        Safelist safe = Safelist.basic()
                .removeProtocols("a", "href", "ftp", "mailto")
                .addEnforcedAttribute("a", "rel", "nofollow noopener");
        this.safelist = headings ? safe.addTags("h2", "h3", "h4", "h5", "h6", "hr") : safe;
        this.headings = headings;
    }

    /**
     * Safe HTML of the Markdown, or null when there is none.
     *
     * @param file the file the Markdown is in, for the error, e.g. {@code pages/about.md}
     * @param what what the Markdown is, for the error, e.g. {@code the note of event 'varna-strike'}
     * @throws BuildException naming {@code file} when the Markdown is nested too deeply to render (hundreds of
     *                        quote or list levels overflow the parser's or renderer's stack)
     */
    String html(String markdown, String file, String what) {
        if (markdown == null || markdown.isBlank()) return null;
        try {
            String html = RENDERER.render(PARSER.parse(markdown));
            if (headings) html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>");
            return Jsoup.clean(html, safelist).strip();
        } catch (StackOverflowError deep) {
            throw new BuildException(file, 0, what + " is nested too deeply to render (hundreds of '>' quote "
                    + "or list levels inside one another)",
                    "nest quotes and lists a few levels deep at most, e.g. remove the run of '>' at the start of "
                            + "its lines");
        }
    }
}
