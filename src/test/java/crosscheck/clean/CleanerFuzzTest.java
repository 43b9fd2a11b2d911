package crosscheck.clean;

import crosscheck.FuzzTimeout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import crosscheck.ingest.Format;
import crosscheck.ingest.FrontMatter;
import crosscheck.ingest.RawReport;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Fuzzes {@link Cleaner#clean} with arbitrary web pages, text scrapes and Markdown: it must not throw, must not
 * hang (over ten seconds for one input, see {@link FuzzTimeout}), and a block's markup may only ever hold the safelist's text markup.
 * A normal test run replays the inputs in {@code src/test/resources/crosscheck/clean/CleanerFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes (see {@code .ci/run}).
 */
class CleanerFuzzTest {
    private static final Cleaner CLEANER = new Cleaner();
    private static final Format[] FORMATS = Format.values();

    @FuzzTest
    void cleaningAnyReportIsSafe(FuzzedDataProvider data) {
        FuzzTimeout.run(() -> check(data));
    }

    private static void check(FuzzedDataProvider data) {
        Format format = data.pickValue(FORMATS);
        String url = data.consumeBoolean() ? "https://news.example.org/world/story.html" : null;
        String body = data.consumeRemainingAsString();
        RawReport report = new RawReport("fuzz", "articles/fuzz." + format.name().toLowerCase(Locale.ROOT), format,
                new FrontMatter(null, null, url, null, null, null, null), body, 1);
        Report article = CLEANER.clean(report);
        assertNotNull(article);
        for (Block block : article.blocks()) {
            assertNotNull(block.text());
            if (block.markup() != null) assertSafe(block.markup());
        }
    }

    /** Only the safelist's text-level elements; only {@code a href} (http/https) with its rel, and {@code abbr title}. */
    static void assertSafe(String markup) {
        Element body = Jsoup.parseBodyFragment(markup).body();
        for (Element element : body.getAllElements()) {
            if (element == body) continue;
            String tag = element.normalName();
            assertTrue(SafeMarkup.TAGS.contains(tag) || tag.equals("br"), () -> "element <" + tag + "> in " + markup);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (tag.equals("a") && name.equals("href")) {
                    String href = attribute.getValue().toLowerCase(Locale.ROOT);
                    assertTrue(href.startsWith("http:") || href.startsWith("https:"), () -> "link in " + markup);
                } else if (tag.equals("a") && name.equals("rel")) {
                    assertEquals("nofollow noopener", attribute.getValue(), markup);
                } else {
                    assertTrue(tag.equals("abbr") && name.equals("title"), () -> "attribute " + name + " in " + markup);
                }
            }
        }
    }
}
