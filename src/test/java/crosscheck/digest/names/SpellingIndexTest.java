package crosscheck.digest.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every pair of spellings {@link NameSpellings} finds alike shares a key of the {@link SpellingIndex}. */
class SpellingIndexTest {
    private static final List<String> SPELLINGS = List.of("Yoav Gallant", "Yove Gallant", "Y. Yoav Gállant", "Gallant",
            "Galant", "Galante", "Defense Minister Yove", "Yove", "UN Security Council", "United Nations Security Council",
            "U.N. Security Council", "Security Council", "UN", "United Nations", "IDF", "Israel Defense Forces",
            "O'Brien", "O’Brien", "Joe Biden", "Jill Biden", "Biden", "Bidden", "Los Angeles", "Angeles", "Angels",
            "al-Sinwar", "Al-Sinwar", "Sinwar", "Élysée", "Elysee", "J. Smith", "John Smith", "Smith");

    @Test
    void alikeSpellingsShareAKey() {
        List<NameForm> forms = SPELLINGS.stream().map(NameForm::of).toList();
        SpellingIndex index = new SpellingIndex(forms);
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                NameForm a = forms.get(i);
                NameForm b = forms.get(j);
                boolean alike = NameSpellings.sameFullName(a, b) || NameSpellings.acronymOf(a, b)
                        || a.size() == 1 && b.size() == 1 && NameSpellings.similar(a.first(), b.first());
                if (alike) assertTrue(index.alikeAfter(i).contains(j), a.text() + " / " + b.text());
                for (boolean loosely : new boolean[] {false, true}) {
                    if (NameSpellings.ends(a, b, loosely)) assertTrue(index.endingAlike(j).contains(i), a.text());
                    if (NameSpellings.ends(b, a, loosely)) assertTrue(index.endingAlike(i).contains(j), b.text());
                }
            }
        }
    }
}
