package crosscheck.digest.names;

import crosscheck.digest.names.NameTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The roles a sentence gives a name, in its own words: the capitalised title stripped from before the name with
 * the nationality or country just before it ("Israeli Defense Minister" Yoav Gallant, "US Defense Secretary"
 * Lloyd Austin), a lower-case title just before it ("national security adviser" Jake Sullivan), and a title in
 * apposition after it (Netanyahu, "the prime minister of Israel",). Only words the sentence writes next to the
 * name, never a word added; forms of address ("Mr.") and words that only relate one person to another ("his
 * counterpart", "her son") are not roles.
 */
final class Roles {
    /** Forms of address: they say nothing of what a person does. */
    private static final Set<String> ADDRESS = Set.of("Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss");
    /** Words that say whose someone is, not what: "his Israeli counterpart", "the minister's son". */
    private static final Set<String> RELATIONAL = Set.of("counterpart", "son", "daughter", "wife", "husband",
            "brother", "sister", "father", "mother");
    /** Determiners that open an apposition: ", the prime minister of". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her");
    /** Words after an apposition's title that end it: ", the prime minister who", "..., and". */
    private static final Set<String> APPOSITION_ENDS = Set.of("who", "whom", "whose", "and", "that", "which");
    /** Most words of an apposition after its title: "of the Israel Defense Forces". */
    private static final int MOST_WORDS_AFTER_TITLE = 5;

    private Roles() {
    }

    /**
     * The role of a capitalised title inside a run of capitalised words: the title's words {@code run[from, to)},
     * with the body's acronym ("CIA" Director) and the nationalities and countries just before it from
     * {@code earliest} on ("Israeli", "US"), or null.
     *
     * @param opener a word before the run that opens the sentence ("Israeli" of "Israeli Defense Minister Yoav
     *               Gallant met ..."), or null
     */
    static String titled(List<String> run, int earliest, int from, int to, String opener) {
        int start = from;
        if (start > earliest && NameSpellings.isAcronym(run.get(start - 1))) start--; // "CIA Director"
        while (start > earliest && nationality(run.get(start - 1))) start--;
        List<String> words = new ArrayList<>(run.subList(start, to));
        if (start == 0 && opener != null && nationality(opener)) words.add(0, opener);
        return role(words);
    }

    /**
     * The role a lower-case title just before the name at {@code from} gives it ("spokesman X", "national security
     * adviser X", "the army's chief of staff, X"), with its lower-case modifiers and a nationality before them, or
     * null.
     */
    static String before(List<Token> t, int from) {
        int title = from - 1;
        if (title >= 1 && t.get(title).text().equals(",")) title--; // "counterpart, Yoav Gallant"
        if (title < 0 || !t.get(title).lowerCase() || !Titles.isLowerCase(t.get(title).text())) return null;
        int start = title;
        while (start > 0 && t.get(start - 1).lowerCase() && !t.get(start - 1).possessive()
                && (Titles.isModifier(capitalised(t.get(start - 1).text())) || Titles.isLowerCase(t.get(start - 1).text()))) {
            start--;
        }
        if (start > 0 && !t.get(start - 1).possessive() && nationality(t.get(start - 1).text())) start--;
        return role(texts(t, start, title + 1));
    }

    /**
     * Where the title of an apposition ends that starts at {@code from}, after a name and its comma (", the prime
     * minister of", ", an Army general who"): the index of its lower-case title word, or -1 when there is none.
     */
    static int appositionTitle(List<Token> t, int from) {
        if (from >= t.size() || !DETERMINERS.contains(t.get(from).text())) return -1;
        for (int i = from + 1; i < Math.min(t.size() - 1, from + 4); i++) {
            if (!t.get(i).word()) return -1;
            if (t.get(i).lowerCase() && Titles.isLowerCase(t.get(i).text())) {
                String next = t.get(i + 1).text();
                return List.of("of", "who", "and", ",", ".").contains(next) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The role an apposition starting at {@code from} gives (", the prime minister of Israel," is "prime minister
     * of Israel"): its words after the determiner up to the title, then an "of" phrase up to the next mark or
     * "who"; null when there is no apposition or it is no role.
     */
    static String apposition(List<Token> t, int from) {
        int title = appositionTitle(t, from);
        if (title < 0) return null;
        int end = title + 1;
        if (t.get(end).text().equals("of")) {
            int limit = Math.min(t.size(), end + 1 + MOST_WORDS_AFTER_TITLE);
            int k = end + 1;
            while (k < limit && t.get(k).word() && !APPOSITION_ENDS.contains(t.get(k).text())) k++;
            // "of" and its words, when the phrase ends at a mark or "who" within reach, else the title alone
            boolean closed = k > end + 1 && (k == t.size() || !t.get(k).word() || APPOSITION_ENDS.contains(t.get(k).text()));
            if (closed) end = k;
        }
        return role(texts(t, from + 1, end));
    }

    /** The words as one role, forms of address left out; null when none is left or they only relate. */
    private static String role(List<String> words) {
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (!ADDRESS.contains(word)) kept.add(word);
        }
        if (kept.isEmpty()) return null;
        for (String word : kept) {
            if (RELATIONAL.contains(word.toLowerCase(Locale.ROOT))) return null;
        }
        return String.join(" ", kept);
    }

    /** A nationality or country before a title: "Israeli", "US". */
    private static boolean nationality(String word) {
        return NameWords.isDemonym(word) || Countries.isCountry(word);
    }

    private static List<String> texts(List<Token> t, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(t.get(i).text());
        return out;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
