package crosscheck.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Web addresses as the stages read them. */
public final class Urls {
    private Urls() {
    }

    /**
     * The host of {@code url} in lower case ("www.example.com"), or null when the address cannot be parsed or names
     * no host (a relative path, {@code mailto:}, a registry-based authority such as "my_host").
     */
    public static String host(String url) {
        if (url == null) return null;
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
