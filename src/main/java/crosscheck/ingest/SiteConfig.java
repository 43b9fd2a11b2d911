package crosscheck.ingest;

/**
 * The site settings from {@code content/site.yml}.
 *
 * @param title        site title
 * @param description  one-line description for the home page and feeds
 * @param baseUrl      absolute address the site is published at, ending in "/" (may be empty)
 * @param language     BCP 47 language tag of the site
 * @param summaryWords word budget of each event's summary
 * @param articles     how much of each report's text the site publishes
 */
public record SiteConfig(String title, String description, String baseUrl, String language, int summaryWords,
                         ArticleText articles) {

    public static final int DEFAULT_SUMMARY_WORDS = 100;

    public SiteConfig {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("site title is required");
        description = description == null ? "" : description;
        baseUrl = normaliseBaseUrl(baseUrl);
        language = language == null || language.isBlank() ? "en" : language;
        if (summaryWords <= 0) throw new IllegalArgumentException("summaryWords must be positive");
        java.util.Objects.requireNonNull(articles, "articles");
    }

    /** Settings that publish an excerpt of each report, the default. */
    public SiteConfig(String title, String description, String baseUrl, String language, int summaryWords) {
        this(title, description, baseUrl, language, summaryWords, ArticleText.EXCERPT);
    }

    /** The same settings published at another address. */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, summaryWords, articles);
    }

    /** The same settings publishing as much of each report's text as {@code text} says. */
    public SiteConfig withArticles(ArticleText text) {
        return new SiteConfig(title, description, baseUrl, language, summaryWords, text);
    }

    static String normaliseBaseUrl(String url) {
        if (url == null || url.isBlank()) return "";
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
