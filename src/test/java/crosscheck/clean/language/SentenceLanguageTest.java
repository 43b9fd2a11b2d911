package crosscheck.clean.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceLanguageTest {
    @Test
    void anotherScriptOrAnotherLanguagesWordsAreForeign() {
        assertTrue(SentenceLanguage.foreign("Министр обороны Израиля Йоав Галант встретился с Ллойдом Остином в "
                + "Пентагоне.", "en"));
        assertTrue(SentenceLanguage.foreign("Der Minister sagte, dass die Gespräche in Washington weitergehen "
                + "werden.", "en"));
        assertTrue(SentenceLanguage.foreign("Austin met Gallant at the Pentagon on Tuesday.", "ru"));
        assertTrue(SentenceLanguage.foreign("Спасибо!", "en"), "a script tells even one word");
    }

    @Test
    void theSitesLanguageNamesAndShortTextAreNot() {
        assertFalse(SentenceLanguage.foreign("Austin met his Israeli counterpart, Yoav Gallant, on Tuesday.", "en"));
        assertFalse(SentenceLanguage.foreign("Israeli Defense Minister Yoav Gallant arrives in Washington", "en"));
        assertFalse(SentenceLanguage.foreign("Rafah, Khan Younis, Deir al-Balah, Jabalia, Beit Lahia", "en"));
        assertFalse(SentenceLanguage.foreign("Министр обороны Израиля встретился с Остином.", "ru"));
        assertFalse(SentenceLanguage.foreign("Any sentence at all.", null));
    }
}
