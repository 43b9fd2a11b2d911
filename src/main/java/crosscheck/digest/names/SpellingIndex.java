package crosscheck.digest.names;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An event's spellings by keys that two spellings share whenever {@link NameSpellings} may find them alike, so that
 * {@link NameGroups} compares each spelling with the few that share a key with it rather than with every other: the
 * first letter of a one-word spelling ({@link NameSpellings#similar} wants it equal), the first word of a longer one
 * or the letter an acronym stands for ({@link NameSpellings#acronymOf}), the number of words besides initials with the
 * first letter of the last ({@link NameSpellings#sameFullName}), and the first letter of the last word
 * ({@link NameSpellings#ends}). Letters are those of the normal forms.
 */
final class SpellingIndex {
    private final List<NameForm> forms;
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    SpellingIndex(List<NameForm> forms) {
        this.forms = List.copyOf(forms);
        for (int i = 0; i < forms.size(); i++) {
            NameForm form = forms.get(i);
            for (String key : alikeKeys(form)) add(key, i);
            if (!form.first().text().isEmpty()) add("written:" + upperInitial(form.first()), i);
            if (form.first().acronym()) add("acronym:" + acronymInitial(form.first()), i);
            add("last:" + head(form.last()), i);
        }
    }

    /** The spellings after {@code i} that may be alike to it as wholes or full names, in order. */
    List<Integer> alikeAfter(int i) {
        NameForm form = forms.get(i);
        List<String> keys = new ArrayList<>(alikeKeys(form));
        if (form.first().acronym()) keys.add("written:" + acronymInitial(form.first()));
        if (!form.first().text().isEmpty()) keys.add("acronym:" + upperInitial(form.first()));
        BitSet found = new BitSet();
        for (String key : keys) {
            for (int j : byKey.getOrDefault(key, List.of())) {
                if (j > i) found.set(j);
            }
        }
        return found.stream().boxed().toList();
    }

    /** The spellings whose last word may end alike to the last word of spelling {@code i}, in order. */
    List<Integer> endingAlike(int i) {
        return byKey.get("last:" + head(forms.get(i).last()));
    }

    /** The keys two spellings share when alike: as one word, by first word, as full names. */
    private static List<String> alikeKeys(NameForm form) {
        List<String> keys = new ArrayList<>();
        if (form.size() == 1) keys.add("one:" + head(form.first()));
        keys.add("first:" + form.first().normal());
        List<NameForm.Word> named = form.withoutInitials();
        if (named.size() >= 2) keys.add("names:" + named.size() + ":" + head(named.get(named.size() - 1)));
        return keys;
    }

    private void add(String key, int i) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }

    /** The first letter of a word's normal form, or "" when it has none. */
    private static String head(NameForm.Word word) {
        return word.normal().isEmpty() ? "" : word.normal().substring(0, 1);
    }

    /** The first character of a word as written, in upper case: what an acronym's letter must be. */
    private static char upperInitial(NameForm.Word word) {
        return Character.toUpperCase(word.text().charAt(0));
    }

    /** The first letter an acronym stands for. */
    private static char acronymInitial(NameForm.Word acronym) {
        return acronym.text().replace(".", "").charAt(0);
    }
}
