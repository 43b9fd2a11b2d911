package crosscheck.digest.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameSpellingsTest {
    @Test
    void spellingsAreComparedInLowerCaseWithoutAccentsDotsOrApostrophes() {
        assertEquals("gallant", NameSpellings.normalise("Gallant"));
        assertEquals("gallant", NameSpellings.normalise("Gállant"));
        assertEquals("obrien", NameSpellings.normalise("O'Brien"));
        assertEquals("obrien", NameSpellings.normalise("O’Brien"));
        assertEquals("us", NameSpellings.normalise("U.S."));
        assertEquals("al-sisi", NameSpellings.normalise("Al-Sisi"));
        assertEquals(NameSpellings.skeleton("Galante"), NameSpellings.skeleton("Gallant"));
    }
}
