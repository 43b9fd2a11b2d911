package crosscheck.digest.names;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two spellings name the same thing: transliterations and typos of one word ("Gallant", "Galant",
 * "Galante"), full names that differ in such words ("Yove Gallant", "Yoav Gallant"), acronyms of a name's
 * words ("UN Security Council", "United Nations Security Council") and short forms that end a full name.
 */
final class NameSpellings {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DOTS_AND_APOSTROPHES = Pattern.compile("[.'’]");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

    private NameSpellings() {
    }

    /** Lower case, without accents, dots or apostrophes: how a spelling is compared. */
    static String normalise(String word) {
        if (plainAscii(word)) return word.toLowerCase(Locale.ROOT); // what the rest gives such a word, much faster
        String letters = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("");
        return DOTS_AND_APOSTROPHES.matcher(letters).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** ASCII without dots or apostrophes: nothing for NFKD, the marks or the dots to change but case. */
    private static boolean plainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 || c == '.' || c == '\'') return false;
        }
        return true;
    }

    /**
     * The consonants of a word after its first letter, repeats collapsed: "Galante" and "Gallant" both
     * give "glnt"; vowels and doubled letters are what transliterations most often change.
     */
    static String skeleton(String word) {
        String w = normalise(word);
        if (w.isEmpty()) return w;
        StringBuilder out = new StringBuilder().append(w.charAt(0));
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if ("aeiouyh-".indexOf(c) >= 0) continue;
            if (out.charAt(out.length() - 1) != c) out.append(c);
        }
        return out.toString();
    }

    /** Edit distance divided by the longer length: 0 for equal words, 1 for nothing in common. */
    static double distance(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        int max = Math.max(x.length(), y.length());
        return max == 0 ? 0 : levenshtein(x, y) / (double) max;
    }

    private static int levenshtein(String x, String y) {
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) previous[j] = j;
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }

    /**
     * Whether two words are spellings of one name: equal when normalised, or with the same first letter,
     * at least four letters, and either the same consonant skeleton within 40% edits or within 20% edits.
     */
    static boolean similar(NameForm.Word a, NameForm.Word b) {
        String x = a.normal();
        String y = b.normal();
        if (x.equals(y)) return true;
        if (x.isEmpty() || y.isEmpty() || x.charAt(0) != y.charAt(0)) return false;
        if (Math.min(x.length(), y.length()) < 4 || a.acronym() || b.acronym()) return false;
        double d = distance(x, y);
        return a.skeleton().equals(b.skeleton()) ? d <= 0.4 : d <= 0.2 && Math.min(x.length(), y.length()) >= 6;
    }

    /** Looser, for a given name when the surname already matches: same first letter and skeleton. */
    static boolean soundAlike(NameForm.Word a, NameForm.Word b) {
        String x = a.normal();
        String y = b.normal();
        return similar(a, b) || !x.isEmpty() && !y.isEmpty() && x.charAt(0) == y.charAt(0)
                && a.skeleton().equals(b.skeleton()) && a.skeleton().length() >= 2;
    }

    /** A capital letter alone or with a dot: "J", "J.". */
    static boolean isInitial(String word) {
        return INITIAL.matcher(word).matches();
    }

    /** All capitals, two to six letters, dots allowed: "UN", "IDF", "U.S.". */
    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.') continue;
            if (!Character.isLetter(c) || !Character.isUpperCase(c)) return false;
            letters++;
        }
        return letters >= 2 && letters <= 6;
    }

    /**
     * Whether two full names (two words or more) name the same person or body: surnames alike, given
     * names alike (loosely, when the surnames are equal), middle initials ignored; or one spells out the
     * other's acronym.
     */
    static boolean sameFullName(NameForm a, NameForm b) {
        if (acronymOf(a, b)) return true;
        List<NameForm.Word> x = a.withoutInitials();
        List<NameForm.Word> y = b.withoutInitials();
        if (x.size() < 2 || x.size() != y.size()) return false;
        NameForm.Word lastX = x.get(x.size() - 1);
        NameForm.Word lastY = y.get(y.size() - 1);
        if (!similar(lastX, lastY)) return false;
        boolean sameLast = lastX.normal().equals(lastY.normal());
        for (int i = 0; i < x.size() - 1; i++) {
            boolean alike = sameLast ? soundAlike(x.get(i), y.get(i)) : similar(x.get(i), y.get(i));
            if (!alike) return false;
        }
        return true;
    }

    /** Whether one spelling writes some words of the other as their acronym: "UN Security Council". */
    static boolean acronymOf(NameForm a, NameForm b) {
        return expands(a.words(), 0, b.words(), 0) || expands(b.words(), 0, a.words(), 0);
    }

    /** Whether a short form names the end of a full name: "Gallant" of "Yoav Gallant". */
    static boolean ends(NameForm full, NameForm shortForm, boolean loosely) {
        if (shortForm.size() >= full.size()) return false;
        int offset = full.size() - shortForm.size();
        for (int i = 0; i < shortForm.size(); i++) {
            NameForm.Word f = full.words().get(offset + i);
            NameForm.Word s = shortForm.words().get(i);
            boolean match = loosely && i == shortForm.size() - 1 ? similar(f, s) : f.normal().equals(s.normal());
            if (!match) return false;
        }
        return true;
    }

    /** Whether a[i..] equals b[j..] with each acronym of a standing for the words of b it abbreviates. */
    private static boolean expands(List<NameForm.Word> a, int i, List<NameForm.Word> b, int j) {
        if (i == a.size() || j == b.size()) return i == a.size() && j == b.size() && i > 0;
        NameForm.Word word = a.get(i);
        if (word.normal().equals(b.get(j).normal()) && expands(a, i + 1, b, j + 1)) return true;
        if (!word.acronym()) return false;
        String letters = word.text().replace(".", "");
        int k = letters.length();
        if (j + k > b.size()) return false;
        for (int m = 0; m < k; m++) {
            NameForm.Word w = b.get(j + m);
            if (w.text().isEmpty() || Character.toUpperCase(w.text().charAt(0)) != letters.charAt(m) || w.acronym()) {
                return false;
            }
        }
        return expands(a, i + 1, b, j + k);
    }
}
