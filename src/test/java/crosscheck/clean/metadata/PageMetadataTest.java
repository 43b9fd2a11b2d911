package crosscheck.clean.metadata;

import static crosscheck.clean.Reports.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import crosscheck.clean.Report;
import crosscheck.clean.Reports;
import crosscheck.ingest.Format;
import crosscheck.ingest.FrontMatter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
    private static final String BODY = "<p>Israeli Defense Minister Yoav Gallant departed for Washington on Sunday, "
            + "at the invitation of his American counterpart Lloyd Austin, for talks on the war.</p>";

    @Test
    void openGraphAndMetaTags() {
        Report article = html("""
                <html lang="en-GB"><head>
                <title>Gallant heads to US | Example News</title>
                <meta property="og:title" content="Gallant heads to US">
                <meta property="og:site_name" content="Example News">
                <meta name="author" content="Jane Doe">
                <meta property="article:published_time" content="2024-03-24T09:12:00Z">
                <link rel="canonical" href="https://example.com/news/gallant">
                </head><body>""" + BODY + "</body></html>");
        assertEquals("Gallant heads to US", article.title());
        assertEquals("Example News", article.source());
        assertEquals("Jane Doe", article.author());
        assertEquals(LocalDate.of(2024, 3, 24), article.published());
        assertEquals("https://example.com/news/gallant", article.url());
        assertEquals("en-GB", article.language());
    }

    @Test
    void jsonLd() {
        Report article = html("""
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Site"},
                  {"@type": "NewsArticle", "headline": "Gallant heads to US",
                   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
                   "publisher": {"@type": "Organization", "name": "Jewish News Syndicate"},
                   "datePublished": "2024-03-24T10:00:00+02:00", "url": "https://example.org/gallant"}]}
                </script></head><body>""" + BODY + "</body></html>");
        assertEquals("Gallant heads to US", article.title());
        assertEquals("Jane Doe and John Roe", article.author());
        assertEquals("Jewish News Syndicate", article.source());
        assertEquals(LocalDate.of(2024, 3, 24), article.published());
        assertEquals("https://example.org/gallant", article.url());
    }

    @Test
    void titleTagWithoutTheSiteNameAndTheVisibleHeadline() {
        assertEquals("Latest Amelia Earhart search falls short", html("<title>Latest Amelia Earhart search falls "
                + "short - CBS News</title><body>" + BODY).title());
        assertEquals("GWT 2.5 Final is here!", html("<title>Google Web Toolkit Blog: GWT 2.5 Final is here!</title>"
                + "<body><h1><a href=\"/\">Google Web Toolkit Blog</a></h1><h3>GWT 2.5 Final is here!</h3>" + BODY)
                .title());
    }

    @Test
    void timeElementGivesTheDateAndOnlyWebAddressesAreKept() {
        Report article = html("<head><link rel=canonical href=\"javascript:alert(1)\">"
                + "<meta property=og:url content=\"/relative/path\"></head><body><time datetime=\"2012-07-24\">"
                + "July 24</time>" + BODY);
        assertEquals(LocalDate.of(2012, 7, 24), article.published());
        assertNull(article.url());
    }

    @Test
    void frontMatterWinsOverThePage() {
        FrontMatter stated = new FrontMatter("Curated title", "Curated outlet", "https://curated.example/a",
                LocalDate.of(2024, 1, 2), "Curator", "fr", "gaza-talks");
        Report article = Reports.clean(Format.HTML, stated, """
                <html lang="en"><head><meta property="og:title" content="Page title">
                <meta property="og:site_name" content="Page outlet"><meta name="author" content="Page author">
                <meta property="article:published_time" content="2020-05-05"></head><body>""" + BODY);
        assertEquals("Curated title", article.title());
        assertEquals("Curated outlet", article.source());
        assertEquals("https://curated.example/a", article.url());
        assertEquals(LocalDate.of(2024, 1, 2), article.published());
        assertEquals("Curator", article.author());
        assertEquals("fr", article.language());
        assertEquals("gaza-talks", article.event());
    }

    @Test
    void siteNamesComeOffEitherEndOfATitle() {
        assertEquals("RepeatedTitle of the day", PageMetadata.withoutSiteName("RepeatedTitle of the day | Example News",
                "Example News"));
        assertEquals("RepeatedTitle of the day", PageMetadata.withoutSiteName("Example News | RepeatedTitle of the day",
                "Example News"));
        assertEquals("Israel - the long war", PageMetadata.withoutSiteName("Israel - the long war", null));
    }
}
