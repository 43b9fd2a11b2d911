package crosscheck.render;

import crosscheck.core.BuildException;
import crosscheck.core.Urls;
import crosscheck.render.Parts.Original;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks the absolute addresses a page may link to: originals of reports and the site's own baseUrl. */
final class WebAddresses {
    private static final Pattern HTTP = Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}\"<>\\\\^`{|}]+");

    private WebAddresses() {
    }

    /** A link to a report's original, or null unless the address is a well-formed http or https URL. */
    static Original original(String url) {
        URI uri = httpUri(url);
        if (uri == null) return null;
        String host = Urls.host(url); // else an authority java.net.URI reads as no host, e.g. "my_host"
        return new Original(url.strip(), host != null ? host : uri.getRawAuthority().toLowerCase(Locale.ROOT));
    }

    /**
     * The site's baseUrl when it can prefix canonical links: "" stays "", an http(s) address ending in "/" is
     * kept; anything else is refused.
     */
    static String checkBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isEmpty()) return "";
        URI uri = httpUri(baseUrl);
        if (uri == null || !baseUrl.endsWith("/") || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new BuildException("site.yml", "baseUrl '" + baseUrl + "' is not an absolute http:// or https:// "
                    + "address ending in '/'",
                    "set baseUrl in site.yml (or pass --base-url) to the address the site is published at, "
                            + "e.g. https://user.github.io/repo/, or leave it empty");
        }
        return baseUrl;
    }

    private static URI httpUri(String url) {
        if (url == null) return null;
        String trimmed = url.strip();
        if (!HTTP.matcher(trimmed).matches()) return null;
        try {
            URI uri = new URI(trimmed);
            String authority = uri.getRawAuthority();
            if (authority == null || authority.isEmpty() || authority.contains("@")) return null;
            return uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
