package crosscheck.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrosscheckSourceTest {
    @Test
    void aWorkflowFetchesOverHttpsWithoutAKey() {
        assertEquals(Optional.of("https://github.com/news/crosscheck.git"),
                CrosscheckSource.reachable("https://github.com/news/crosscheck.git"));
        assertEquals(Optional.of("https://github.com/news/crosscheck.git"),
                CrosscheckSource.reachable("git@github.com:news/crosscheck.git"));
        assertEquals(Optional.empty(), CrosscheckSource.reachable("/home/me/crosscheck"));
        assertEquals(Optional.empty(), CrosscheckSource.reachable("file:///home/me/crosscheck"));
    }

    @Test
    void onlySingleWordsGoIntoTheWorkflow() {
        assertThrows(IllegalArgumentException.class, () -> new CrosscheckSource("https://x/y\nrun: evil", "main"));
        assertThrows(IllegalArgumentException.class, () -> new CrosscheckSource("https://x/y", "a\"b"));
        assertThrows(IllegalArgumentException.class, () -> new CrosscheckSource(" ", "main"));
        assertThrows(IllegalArgumentException.class, () -> new CrosscheckSource("https://x/y", "main evil"));
        assertThrows(IllegalArgumentException.class, () -> new CrosscheckSource("https://x/y", "*alias"));
        assertThrows(IllegalArgumentException.class, () -> new CrosscheckSource("https://x/y", "$(evil)"));
        new CrosscheckSource("git@github.com:news/crosscheck.git", "v1.2.0-rc1");
        new CrosscheckSource("file:///home/me/crosscheck", "4f2c0d9e");
    }

    @Test
    void knownUnlessMarked() {
        assertTrue(new CrosscheckSource("https://x/y.git", "main").known());
        assertFalse(new CrosscheckSource(CrosscheckSource.UNKNOWN, CrosscheckSource.UNKNOWN).known());
    }
}
