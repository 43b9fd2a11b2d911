package crosscheck.clean.metadata;

import static crosscheck.clean.Reports.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import crosscheck.clean.Report;
import crosscheck.clean.Reports;
import crosscheck.ingest.Format;
import crosscheck.ingest.FrontMatter;
import org.junit.jupiter.api.Test;

class OutletNameTest {
    private static final String BODY = "<p>Israeli Defense Minister Yoav Gallant departed for Washington on Sunday, "
            + "at the invitation of his American counterpart Lloyd Austin, for talks on the war.</p>";

    private static String outlet(String head) {
        return html("<html><head>" + head + "</head><body>" + BODY + "</body></html>").source();
    }

    @Test
    void thePublisherOfTheArticleComesFirst() {
        assertEquals("The Detroit News", outlet("""
                <meta property="og:site_name" content="Detroit News">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Gallant heads to US",
                 "publisher": {"@type": "NewsMediaOrganization", "name": "The Detroit News"}}</script>"""));
    }

    @Test
    void aSiteTaglineIsNotTheOutlet() {
        assertEquals("Horse & Rider", outlet("""
                <title>How to lunge a young horse | Horse &amp; Rider</title>
                <meta property="og:site_name" content="Expert how-to for English Riders">"""));
        assertEquals("Motorsport Weekly", outlet("""
                <title>Verstappen wins in Brazil - Motorsport Weekly</title>
                <meta property="og:site_name" content="Autoracing | F1 | Indy | MotoGP | StockCar | NASCAR">"""));
        assertEquals("example.com", outlet("""
                <meta property="og:site_name" content="The best news from all over the world, every day.">
                <link rel="canonical" href="https://www.example.com/2024/gallant">"""));
    }

    @Test
    void aSiteNameThatReadsAsANameIsKept() {
        assertEquals("The Times of Israel", outlet("<meta property=\"og:site_name\" content=\"The Times of Israel\">"));
        assertEquals("JNS - Jewish News Syndicate",
                outlet("<meta property=\"og:site_name\" content=\"JNS - Jewish News Syndicate\">"));
    }

    @Test
    void theTitleSuffixNamesTheOutletButNotItsSection() {
        assertEquals("The Outlet", outlet("<title>Gallant heads to Washington for talks - The Outlet</title>"));
        assertEquals("BBC News", outlet("<title>Gallant heads to Washington for talks | World | BBC News</title>"));
        assertNull(outlet("<title>Gallant heads to Washington for talks | World</title>"));
    }

    @Test
    void aBareSiteIdGivesTheDomainOrTheNameThePageGivesIt() {
        assertEquals("detroitnews.com", outlet("""
                <meta property="og:site_name" content="detroitnews">
                <link rel="canonical" href="https://www.detroitnews.com/story/news/2019/11/19/gallant/">"""));
        assertEquals("The Detroit News", outlet("""
                <meta property="og:site_name" content="detroitnews">
                <script type="application/ld+json">{"@type": "WebSite", "name": "The Detroit News"}</script>
                <link rel="canonical" href="https://www.detroitnews.com/story/news/2019/11/19/gallant/">"""));
        assertEquals("Cleveland.com", outlet("""
                <meta property="og:site_name" content="cleveland">
                <meta name="application-name" content="Cleveland.com">
                <meta property="og:url" content="https://www.cleveland.com/news/2019/11/gallant.html">"""));
        assertEquals("cleveland.com", outlet("""
                <meta property="og:site_name" content="cleveland">
                <meta property="og:url" content="https://www.cleveland.com/news/2019/11/gallant.html">"""));
    }

    @Test
    void theFrontMatterSourceAlwaysWins() {
        FrontMatter stated = new FrontMatter(null, "Curated Outlet", null, null, null, null, null);
        Report report = Reports.clean(Format.HTML, stated, "<html><head><meta property=\"og:site_name\" "
                + "content=\"Example News\"></head><body>" + BODY + "</body></html>");
        assertEquals("Curated Outlet", report.source());
    }

    @Test
    void taglines() {
        assertEquals(true, OutletName.isTagline("Expert how-to for English Riders"));
        assertEquals(true, OutletName.isTagline("Autoracing | F1 | Indy | MotoGP | StockCar | NASCAR"));
        assertEquals(true, OutletName.isTagline("SIMPLYFOUND.COM | BY: JOE WEE"));
        assertEquals(false, OutletName.isTagline("Radio Free Europe/Radio Liberty"));
        assertEquals(false, OutletName.isTagline("El País"));
        assertEquals(false, OutletName.isTagline("史蒂文的家"), "a script without case has no lower-case phrase");
        assertEquals(false, OutletName.isTagline("Yahoo News - Latest News & Headlines"));
    }
}
