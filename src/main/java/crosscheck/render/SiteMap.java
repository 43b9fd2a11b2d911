package crosscheck.render;

import java.util.List;
import java.util.TreeSet;

/**
 * {@code sitemap.xml} and {@code robots.txt}. A sitemap needs absolute addresses, so there is one only when the
 * site has a baseUrl: every page's address, sorted. {@code robots.txt} lets every crawler in and names the
 * sitemap when there is one (crawlers read it only at the root of a host, so on a project site it is a hint).
 */
final class SiteMap {
    static final String SITEMAP = "sitemap.xml";
    static final String ROBOTS = "robots.txt";

    private SiteMap() {
    }

    /** The sitemap of the pages, for a non-empty baseUrl. */
    static String xml(String baseUrl, List<PagePath> pages) {
        TreeSet<String> urls = new TreeSet<>();
        for (PagePath page : pages) urls.add(baseUrl + page.url());
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls) out.append("  <url><loc>").append(escape(url)).append("</loc></url>\n");
        out.append("</urlset>\n");
        return out.toString();
    }

    /** {@code robots.txt}, naming the sitemap when the site has a baseUrl. */
    static String robots(String baseUrl) {
        return "User-agent: *\nDisallow:\n" + (baseUrl.isEmpty() ? "" : "\nSitemap: " + baseUrl + SITEMAP + "\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
