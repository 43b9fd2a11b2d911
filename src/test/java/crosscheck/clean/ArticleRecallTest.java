package crosscheck.clean;

import static crosscheck.clean.Reports.html;
import static crosscheck.clean.Reports.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Web pages whose article text the extractor must keep whole: parts that look like furniture but are not. */
class ArticleRecallTest {
    private static final String P1 = "Israeli Defense Minister Yoav Gallant departed for Washington on Sunday, at the "
            + "invitation of his American counterpart, Lloyd Austin, for talks on the war in Gaza.";
    private static final String P2 = "Gallant is scheduled to meet with Austin, Secretary of State Antony Blinken, "
            + "National Security Advisor Jake Sullivan and additional senior officials.";

    @Test
    void aParagraphOfProseTheArticleRepeatsStaysTwice() {
        Report article = html("""
                <html><head><title>Talks in Washington</title></head><body>
                <div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>
                <article><p>%s</p><p>%s</p><p>%s</p></article>
                </body></html>""".formatted(P1, P2, P1));
        assertEquals(List.of(P1, P2, P1), texts(article), Reports.removedSummary(article));
    }
}
