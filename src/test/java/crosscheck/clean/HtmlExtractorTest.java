package crosscheck.clean;

import static crosscheck.clean.Reports.html;
import static crosscheck.clean.Reports.reasonFor;
import static crosscheck.clean.Reports.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private static final String P1 = "Israeli Defense Minister Yoav Gallant departed for Washington on Sunday, at the "
            + "invitation of his American counterpart, Lloyd Austin, for talks on the war in Gaza.";
    private static final String P2 = "Gallant is scheduled to meet with Austin, Secretary of State Antony Blinken, "
            + "National Security Advisor Jake Sullivan and additional senior officials.";
    private static final String P3 = "The parties will discuss the war against Hamas, efforts to return the hostages, "
            + "humanitarian aid and the measures required to ensure regional stability.";

    private static String page(String article) {
        return """
                <!DOCTYPE html><html lang="en"><head><title>Gallant heads to US - Example News</title></head>
                <body>
                <div id="header"><a href="/">Example News</a>
                  <ul class="menu"><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
                  <li><a href="/economy">Economy</a></li><li><a href="/sport">Sport</a></li></ul></div>
                <div class="sidebar"><h3>Most read</h3><ul>
                  <li><a href="/a">Markets fall as rates rise again across the region, and traders worry</a></li>
                  <li><a href="/b">Local team wins the cup after a long season of hard games</a></li></ul>
                  <p>About us: Example News brings you the news of the day, every day, from all over the world.</p>
                </div>
                """ + article + """
                <div id="comments"><h3>3 Comments</h3>
                  <div class="comment"><p>Great article, thanks for writing it, I agree with everything said here.</p></div>
                  <div class="comment"><p>I disagree with the minister, and I think the war should end right now.</p></div>
                </div>
                <div id="footer"><p>Copyright 2024 Example News. All rights reserved.</p>
                  <a href="/about">About</a> | <a href="/contact">Contact</a></div>
                </body></html>""";
    }

    private static final String ARTICLE = "<div class=\"article-body\"><h1>Gallant heads to US</h1>"
            + "<p>" + P1 + "</p><h2>Talks at the Pentagon</h2><p>" + P2 + "</p>"
            + "<figure><img src=x.jpg><figcaption>Yoav Gallant in Washington (AP Photo/J. Martin)</figcaption></figure>"
            + "<p>" + P3 + "</p>"
            + "<div class=\"share-buttons\"><a href=#>Share on Facebook</a> <a href=#>Tweet</a></div></div>";

    @Test
    void keepsTheArticleAndDropsNavigationSidebarCommentsAndFooter() {
        Report article = html(page(ARTICLE));
        assertEquals("Gallant heads to US", article.title());
        assertEquals(List.of(P1, "Talks at the Pentagon", P2, P3), texts(article), Reports.removedSummary(article));
        assertEquals(Block.Kind.HEADING, article.blocks().get(1).kind());
        assertEquals("photo caption", reasonFor(article, "Yoav Gallant in Washington (AP Photo/J. Martin)"));
        assertEquals("outside the main content", reasonFor(article,
                "Great article, thanks for writing it, I agree with everything said here."));
        assertEquals("en", article.language());
    }

    @Test
    void anArticleSplitOverSiblingBlocksIsKeptWhole() {
        String split = "<div class=\"story\"><div class=\"part\"><p>" + P1 + "</p></div>"
                + "<div class=\"part\"><p>" + P2 + "</p></div><div class=\"part\"><p>" + P3 + "</p></div></div>";
        assertEquals(List.of(P1, P2, P3), texts(html(page(split))));
    }

    @Test
    void listsQuotesAndTablesKeepTheirOrderAndKind() {
        String body = "<article><p>" + P1 + "</p><ul><li>A ceasefire of six weeks, at least</li>"
                + "<li>The release of all the hostages held in Gaza</li></ul>"
                + "<blockquote><p>We will do it alone if necessary, the prime minister said.</p></blockquote>"
                + "<table><tr><th>City</th><th>Population</th></tr><tr><td>Rafah</td><td>1,400,000</td></tr></table>"
                + "<p>" + P2 + "</p></article>";
        Report article = html(page(body));
        assertEquals(List.of(P1, "A ceasefire of six weeks, at least", "The release of all the hostages held in Gaza",
                "We will do it alone if necessary, the prime minister said.", "City | Population",
                "Rafah | 1,400,000", P2), texts(article), Reports.removedSummary(article));
        assertEquals(Block.Kind.ITEM, article.blocks().get(1).kind());
        assertEquals(Block.Kind.QUOTE, article.blocks().get(3).kind());
    }

    @Test
    void hostileMarkupLeavesNoMarkupOrScriptInTheText() {
        String hostile = "<div class=content><p>" + P1 + "<script>alert('x')</script></p>"
                + "<style>p { color: red }</style><p onclick=\"steal()\">" + P2
                + "<img src=x onerror=\"alert(1)\"></p><iframe src=\"javascript:alert(2)\">frame text</iframe>"
                + "<noscript><p>Enable JavaScript to see this page properly.</p></noscript>"
                + "<p>" + P3 + " &lt;script&gt;alert(3)&lt;/script&gt;</p>"
                + "<svg><text>svg text</text></svg><template><p>template text</p></template></div>";
        Report article = html(page(hostile));
        String text = article.text();
        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
        for (String bad : List.of("alert('x')", "color: red", "steal", "onerror", "frame text", "Enable JavaScript",
                "svg text", "template text")) {
            assertFalse(text.contains(bad), bad + " leaked into " + text);
        }
        // escaped markup in the page's text is text, and stays text: the renderer escapes it
        assertTrue(text.contains("<script>alert(3)</script>"), text);
        assertFalse(text.contains("<p") || text.contains("<div"), text);
    }

    @Test
    void formsGiveNoTextButAPageWrappedInOneStillDoes() {
        String body = "<div class=\"post\"><p>" + P1 + "</p><form action=/search><label>Search this site</label>"
                + "<input name=q value=\"query text\"><button>Go</button></form><p>" + P2 + "</p></div>";
        Report article = html(page(body));
        assertEquals(List.of(P1, P2), texts(article));
        assertEquals("form", reasonFor(article, "Search this site"));
        String wrapped = "<html><body><form id=aspnetForm><div><a href=/>Home</a></div><div><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div></form></body></html>";
        assertEquals(List.of(P1, P2, P3), texts(html(wrapped)));
    }

    @Test
    void hiddenElementsGiveNoText() {
        String body = "<div class=content><p>" + P1 + "</p><p style=\"display: none\">Hidden promo text for bots"
                + " that readers never see on the page at all.</p><p hidden>Hidden too, never shown to readers.</p>"
                + "<p>" + P2 + "</p></div>";
        assertEquals(List.of(P1, P2), texts(html(page(body))));
    }

    @Test
    void elementsHiddenByClassOrAriaGiveNoText() {
        String body = "<div class=content><p>" + P1 + "</p><p class=\"sr-only\">Skip to the next section of this "
                + "page, for readers of the screen.</p><div aria-hidden=\"true\">Icon text that no reader sees on "
                + "the page at all.</div><p class=\"story-text hidden\">Text kept hidden from sight on every page.</p>"
                + "<p>" + P2 + "</p></div>";
        assertEquals(List.of(P1, P2), texts(html(page(body))));
    }

    @Test
    void aSentenceThatIsALinkIsTextButALinkedHeadlineIsNot() {
        String body = "<div class=\"post\"><p>" + P1 + "</p><p><a href=/profile>Deadspin has an interesting profile "
                + "on election forecasting expert Nate Silver.</a></p><p><a href=/x>Other Story On The Site</a></p>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p></div>";
        assertEquals(List.of(P1, "Deadspin has an interesting profile on election forecasting expert Nate Silver.",
                P2, P3), texts(html(page(body))));
    }

    @Test
    void theTextUnderTheHeadlineBeatsLongerProseElsewhere() {
        String about = "I am a writer and I have written for many papers over many years, in many countries, about "
                + "many things, and I keep writing, every day, about all of them, as long as readers want it. ";
        String html = "<html><head><title>Gallant heads to US</title></head><body><div class=\"main\">"
                + "<h2>Gallant heads to US</h2><div class=\"body\"><p>" + P1 + "</p></div></div>"
                + "<div class=\"profile\"><p>" + about + "</p><p>" + about + "</p><p>" + about + "</p></div>"
                + "</body></html>";
        assertEquals(List.of(P1), texts(html(html)));
    }

    @Test
    void aPageWrapperNamedForItsSidebarStillHoldsTheArticle() {
        String html = "<html><head><title>Gallant heads to US</title></head><body><div id=\"content-sidebar-wrap\">"
                + "<div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div class=\"widget\"><ul><li><a href=/a>Archive</a></li><li><a href=/b>Categories</a></li></ul>"
                + "</div></div></body></html>";
        assertEquals(List.of(P1, P2, P3), texts(html(html)));
    }

    @Test
    void theBylineAndDateAboveTheArticleStayInAWebPage() {
        String body = "<article><h1>Gallant heads to US</h1><p>By Jane Doe</p><p>March 24, 2024</p><p>" + P1 + "</p><p>"
                + P2 + "</p></article>";
        Report article = html(page(body));
        assertEquals(List.of("By Jane Doe", "March 24, 2024", P1, P2), texts(article));
        assertEquals("Jane Doe", article.author());
        assertEquals(java.time.LocalDate.of(2024, 3, 24), article.published());
    }

    @Test
    void aHundredThousandNestedElementsDoNotOverflowTheStack() {
        String deep = "<div>".repeat(100_000) + "<p>" + P1 + "</p>" + "</div>".repeat(100_000);
        Report article = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> html(page(deep)));
        assertEquals(List.of(P1), texts(article));
    }

    @Test
    void truncatedAndBrokenMarkupStillGivesTheText() {
        String broken = "<html><body><div class=\"content\"><p>" + P1 + "<p>" + P2 + "<table><tr><td><p>" + P3
                + "</div></span><b><i> And more <a href=\"/x";
        String text = html(broken).text();
        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3 + " And more"), text);
    }

    @Test
    void garbageAndEmptyInputDoNotThrow() {
        for (String junk : List.of("", "<", "<<<>>>", "</html>", "\u0000\u0001binary", "<!--", "<script>",
                "<html><head><script type=\"application/ld+json\">{\"@type\": [[[[</script>")) {
            Report article = html(junk);
            assertTrue(article.blocks().size() <= 1, junk);
        }
    }

    @Test
    void linkListsInsideTheArticleAreDropped() {
        String body = "<div class=\"post\"><p>" + P1 + "</p><ul><li><a href=/1>First other story on the site</a></li>"
                + "<li><a href=/2>Second other story on the site</a></li><li><a href=/3>Third one</a></li></ul>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p></div>";
        Report article = html(page(body));
        assertEquals(List.of(P1, P2, P3), texts(article));
        assertEquals("link list", reasonFor(article, "First other story on the site"));
    }

    @Test
    void brokenLinesInOldStylePagesBecomeParagraphs() {
        String body = "<table><tr><td class=nav><a href=/>Home</a><br><a href=/news>News</a></td>"
                + "<td>" + P1 + "<br><br>" + P2 + "<br><br>" + P3 + "</td></tr></table>";
        assertEquals(List.of(P1, P2, P3), texts(html(page(body))));
    }
}
