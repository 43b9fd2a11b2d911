package crosscheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {
    @Test
    void makesSafeFolderNames() {
        assertEquals("gallant-heads-to-us-amid-tensions", Slug.of("Gallant heads to US, amid tensions!"));
        assertEquals("jns-jewish-news-syndicate", Slug.of("JNS - Jewish News Syndicate"));
        assertEquals("galante-s-visit", Slug.of("Galante’s visit"));
        assertEquals("cafe-zurich", Slug.of("Café Zürich"));
        assertEquals("x", Slug.of("../../x"));
        assertEquals("untitled", Slug.of("???"));
        assertTrue(Slug.of("a".repeat(200)).length() <= 60);
        assertEquals("defense-leaders-from-israel-and-the-united-states-met-in",
                Slug.of("Defense leaders from Israel and the United States met in Washington to study the situation"));
    }

    @Test
    void acceptsOnlySafeCuratorSlugs() {
        assertTrue(Slug.isValid("austin-gallant-meeting"));
        assertFalse(Slug.isValid("../../x"));
        assertFalse(Slug.isValid("Upper"));
        assertFalse(Slug.isValid(""));
    }
}
