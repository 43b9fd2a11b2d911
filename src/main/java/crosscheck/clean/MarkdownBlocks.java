package crosscheck.clean;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import crosscheck.clean.metadata.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a Markdown report: flexmark renders it to HTML and every block of that HTML becomes a piece (the
 * curator wrote the file, so there is no main content to find; scraped boilerplate lines are still left to
 * the classifier). Raw HTML in the Markdown is read as text only: scripts and styles are skipped.
 */
final class MarkdownBlocks {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private MarkdownBlocks() {
    }

    static Draft read(String markdown) {
        Node document = PARSER.parse(markdown);
        String html = RENDERER.render(document);
        Document page = Jsoup.parseBodyFragment(html);
        PageText text = PageText.walk(page.body(), false);
        return new Draft(text.pieces(), Metadata.NONE);
    }
}
