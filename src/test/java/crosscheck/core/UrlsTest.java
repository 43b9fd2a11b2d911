package crosscheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlsTest {
    @Test
    void hostIsLowerCaseAndKeepsWww() {
        assertEquals("www.example.com", Urls.host("  https://WWW.Example.com/a?b=1#c "));
        assertEquals("example.com", Urls.host("http://user@example.com:8080/x"));
        assertEquals("[::1]", Urls.host("http://[::1]/"));
    }

    @Test
    void hostIsNullForUnparseableOrHostlessAddresses() {
        assertNull(Urls.host(null));
        assertNull(Urls.host(""));
        assertNull(Urls.host("http://exa mple.com/"));
        assertNull(Urls.host("articles/a.html"));
        assertNull(Urls.host("mailto:desk@example.com"));
        assertNull(Urls.host("http://my_host.example.com/"));
    }
}
