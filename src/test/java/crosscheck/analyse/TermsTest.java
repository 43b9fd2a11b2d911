package crosscheck.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {
    @Test
    void stemsLowerCasesAndDropsStopWordsAndPossessives() {
        try (Terms terms = new Terms()) {
            assertEquals(List.of("gallant", "defens", "minist", "meet", "austin"),
                    terms.stems("Gallant's defense ministers are meeting with Austin"));
        }
    }

    @Test
    void spellingsWithTheSameStemMatch() {
        try (Terms terms = new Terms()) {
            assertEquals(terms.stems("attacks attacked"), List.of("attack", "attack"));
        }
    }

    @Test
    void eachStemIsOneObjectHowEverManyTextsUseIt() {
        try (Terms terms = new Terms()) {
            List<String> first = terms.stems("Shelling hit the port");
            List<String> second = terms.stems("The port was shelled again");
            assertEquals("port", first.get(2));
            assertSame(first.get(2), second.get(0), "a build's reports share their stems' memory");
            assertSame(first.get(0), second.get(1));
        }
    }
}
