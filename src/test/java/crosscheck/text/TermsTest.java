package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
