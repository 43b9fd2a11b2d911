package crosscheck.clean;

import static crosscheck.clean.Reports.html;
import static crosscheck.clean.Reports.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.ingest.Format;
import crosscheck.ingest.FrontMatter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken pages: each is cleaned in bounded time without throwing, keeps what text it has, and
 * carries a warning that says what was wrong (the build names the file).
 */
class BadInputTest {
    private static final String P1 = "Israeli Defense Minister Yoav Gallant departed for Washington on Sunday, at the "
            + "invitation of his American counterpart, Lloyd Austin, for talks on the war in Gaza.";
    private static final String P2 = "Gallant is scheduled to meet with Austin, Secretary of State Antony Blinken, "
            + "National Security Advisor Jake Sullivan and additional senior officials.";
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static boolean warns(Report article, String words) {
        return article.warnings().stream().anyMatch(w -> w.contains(words));
    }

    @Test
    void aWholePageGivesNoWarnings() {
        Report article = html("<!DOCTYPE html><html><head><title>T</title></head><body><article><p>" + P1 + "</p><p>"
                + P2 + "</p></article></body></html>\n");
        assertEquals(List.of(), article.warnings());
        assertEquals(List.of(P1, P2), texts(article));
    }

    @Test
    void aFiftyMegabytePageIsCutAndSaysSo() {
        StringBuilder page = new StringBuilder("<html><head><title>Gallant heads to US</title></head><body><article><p>")
                .append(P1).append("</p><p>").append(P2).append("</p></article>");
        String filler = "<div class=\"teaser\"><p>Another story from the archive, with a few words of its own, number ";
        for (int i = 0; page.length() < 50_000_000; i++) page.append(filler).append(i).append(".</p></div>\n");
        page.append("</body></html>");
        Report article = assertTimeoutPreemptively(LIMIT, () -> html(page.toString()));
        assertTrue(article.text().contains(P1), "the report at the top of the page is kept");
        assertTrue(warns(article, "only the first"), article.warnings().toString());
    }

    @Test
    void aFiftyMegabytePageOfOneTextIsCutAndSaysSo() {
        String page = "<html><body><p>" + (P1 + " ").repeat(50_000_000 / (P1.length() + 1)) + "</p></body></html>";
        Report article = assertTimeoutPreemptively(LIMIT, () -> html(page));
        assertTrue(article.text().startsWith(P1), "the text is kept as far as it was read");
        assertTrue(article.text().length() <= Cleaner.MAX_HTML_CHARS);
        assertTrue(warns(article, "only the first"), article.warnings().toString());
    }

    @Test
    void aFiftyMegabyteTextScrapeIsCutAndSaysSo() {
        String scrape = (P1 + "\n\n" + P2 + "\n\n").repeat(50_000_000 / (P1.length() + P2.length() + 4));
        Report article = assertTimeoutPreemptively(LIMIT,
                () -> Reports.clean(Format.TEXT, FrontMatter.EMPTY, scrape));
        assertEquals(List.of(P1, P2), texts(article), "the rest repeats word for word");
        assertTrue(warns(article, "only the first"), article.warnings().toString());
    }

    @Test
    void aHundredThousandNestedElementsGiveTheTextAndAWarning() {
        for (String tag : List.of("div", "span", "b", "blockquote", "table")) {
            String deep = "<html><body>" + ("<" + tag + ">").repeat(100_000) + "<p>" + P1 + "</p><p>" + P2 + "</p>"
                    + ("</" + tag + ">").repeat(100_000) + "</body></html>";
            Report article = assertTimeoutPreemptively(LIMIT, () -> html(deep));
            assertTrue(article.text().contains(P1) && article.text().contains(P2), tag + ": " + article.text());
            if (!tag.equals("table")) assertTrue(warns(article, "nested"), tag + ": " + article.warnings());
        }
    }

    @Test
    void truncatedMarkupGivesTheTextAndAWarning() {
        String whole = "<!DOCTYPE html><html><head><title>T</title></head><body><div class=\"content\"><p>" + P1
                + "</p><p>" + P2 + "</p><p>More text of the report follows here, cut off in the middle of";
        for (String cut : List.of(whole, whole + " a <a href=\"/x", whole + " a sentence.</p></div><!-- foot",
                whole + " a sentence.</p></div><script>var x = '<div>';")) {
            Report article = assertTimeoutPreemptively(LIMIT, () -> html(cut));
            assertTrue(article.text().contains(P1) && article.text().contains(P2), cut + ": " + article.text());
            assertTrue(warns(article, "ends in the middle of its markup"), cut + ": " + article.warnings());
        }
    }

    @Test
    void emptyBinaryAndGarbageBodiesGiveNoTextAndNeverThrow() {
        for (String junk : List.of("", " ", "\u0000\u0001\u0002\u0003binary\u0000", "\uFFFD".repeat(1000),
                "<".repeat(100_000), "<!--".repeat(10_000), "<a href=".repeat(10_000), "&#".repeat(50_000),
                "<html><head><script type=\"application/ld+json\">" + "[".repeat(100_000) + "</script>")) {
            for (Format format : Format.values()) {
                Report article = assertTimeoutPreemptively(LIMIT,
                        () -> Reports.clean(format, FrontMatter.EMPTY, junk));
                assertTrue(article.blocks().size() <= 1, format + ": " + article.blocks());
            }
        }
    }

    @Test
    void deeplyNestedInlineMarkupStillGivesSafeMarkup() {
        String deep = "<html><body><article><p>" + P1 + " " + "<em><a href=\"javascript:x\">".repeat(5_000) + "deep"
                + "</a></em>".repeat(5_000) + "</p><p>" + P2 + "</p></article></body></html>";
        Report article = assertTimeoutPreemptively(LIMIT, () -> html(deep));
        for (Block block : article.blocks()) {
            assertTrue(block.markup() == null || !block.markup().contains("javascript"), block.markup());
        }
    }
}
