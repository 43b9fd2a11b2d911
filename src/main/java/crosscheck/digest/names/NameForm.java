package crosscheck.digest.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A spelling of a name as {@link NameSpellings} compares it, worked out once: its words ({@link Word}) and the
 * words that are not initials. An event compares each of its spellings with many others, so each word is
 * normalised once here rather than in every comparison.
 *
 * @param text            the spelling: "Yoav Gallant", "J. Smith"
 * @param words           its words, split at spaces
 * @param withoutInitials its words that are not initials ("J."): what full names are compared on
 */
record NameForm(String text, List<Word> words, List<Word> withoutInitials) {
    /**
     * One word of a spelling.
     *
     * @param text     the word as written
     * @param normal   lower case, without accents, dots or apostrophes ({@link NameSpellings#normalise})
     * @param skeleton the consonants of the normal form ({@link NameSpellings#skeleton} of it)
     * @param initial  whether it is an initial ({@link NameSpellings#isInitial})
     * @param acronym  whether it is an acronym ({@link NameSpellings#isAcronym})
     */
    record Word(String text, String normal, String skeleton, boolean initial, boolean acronym) {
        static Word of(String text) {
            String normal = NameSpellings.normalise(text);
            return new Word(text, normal, NameSpellings.skeleton(normal), NameSpellings.isInitial(text),
                    NameSpellings.isAcronym(text));
        }
    }

    NameForm {
        words = List.copyOf(words);
        withoutInitials = List.copyOf(withoutInitials);
    }

    static NameForm of(String spelling) {
        List<Word> words = Arrays.stream(spelling.split(" ")).map(Word::of).toList();
        List<Word> named = new ArrayList<>();
        for (Word w : words) {
            if (!w.initial()) named.add(w);
        }
        return new NameForm(spelling, words, named);
    }

    int size() {
        return words.size();
    }

    Word first() {
        return words.get(0);
    }

    Word last() {
        return words.get(words.size() - 1);
    }

    /** Whether two spellings differ only in accents, dots, apostrophes or initials. */
    boolean sameLetters(NameForm other) {
        if (withoutInitials.size() != other.withoutInitials.size()) return false;
        for (int i = 0; i < withoutInitials.size(); i++) {
            if (!withoutInitials.get(i).normal().equals(other.withoutInitials.get(i).normal())) return false;
        }
        return true;
    }
}
