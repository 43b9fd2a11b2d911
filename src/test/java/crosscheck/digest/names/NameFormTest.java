package crosscheck.digest.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFormTest {
    @Test
    void wordsAreNormalisedOnceAndInitialsSetApart() {
        NameForm form = NameForm.of("J. Yoav Gállant");
        assertEquals(3, form.size());
        assertEquals(List.of("yoav", "gallant"), form.withoutInitials().stream().map(NameForm.Word::normal).toList());
        assertTrue(form.first().initial());
        assertEquals(NameSpellings.skeleton("Gallant"), form.last().skeleton());
        assertTrue(NameForm.of("U.N.").first().acronym());
    }

    @Test
    void sameLettersIgnoresAccentsDotsApostrophesAndInitials() {
        assertTrue(NameForm.of("Yoav Gallant").sameLetters(NameForm.of("Y. Yoav Gállant")));
        assertTrue(NameForm.of("O'Brien").sameLetters(NameForm.of("O’Brien")));
        assertFalse(NameForm.of("Yoav Gallant").sameLetters(NameForm.of("Yove Gallant")));
    }

    @Test
    void spellingsAreComparedOnTheirForms() {
        assertTrue(NameSpellings.similar(NameForm.Word.of("Gallant"), NameForm.Word.of("Galante")));
        assertTrue(NameSpellings.sameFullName(NameForm.of("Yove Gallant"), NameForm.of("Yoav Gallant")));
        assertTrue(NameSpellings.acronymOf(NameForm.of("UN Security Council"),
                NameForm.of("United Nations Security Council")));
        assertTrue(NameSpellings.ends(NameForm.of("Yoav Gallant"), NameForm.of("Gallant"), false));
    }
}
