package crosscheck.clean.language;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a text shows about its language (see {@link LanguageGuesser}).
 *
 * @param tag         the language guessed, a BCP 47 primary subtag ("en", "pt", "ru"), or null when the text is
 *                    too short or its words match no list well enough to tell
 * @param script      the script most of its letters are written in, or null when it has no letters
 * @param scriptShare the share of its letters written in {@code script}, 0 to 1
 * @param words       how many words were read (runs of letters)
 * @param letters     how many letters were read
 * @param shares      for each language of {@link StopWords#TAGS}, by index, the share of the words read that are
 *                    stop words of that language, 0 to 1
 */
record LanguageGuess(String tag, Character.UnicodeScript script, double scriptShare, int words, int letters,
                     double[] shares) {
    static final LanguageGuess NONE = new LanguageGuess(null, null, 0, 0, 0, new double[StopWords.TAGS.size()]);

    LanguageGuess {
        shares = shares.clone();
    }

    /** The share of the words that are stop words of language {@code tag}, or -1 when no list is for it. */
    double share(String tag) {
        int index = StopWords.indexOf(tag);
        return index < 0 ? -1 : shares[index];
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LanguageGuess g && Objects.equals(tag, g.tag) && script == g.script
                && scriptShare == g.scriptShare && words == g.words && letters == g.letters
                && Arrays.equals(shares, g.shares);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, script, words, letters) * 31 + Arrays.hashCode(shares);
    }

    @Override
    public String toString() {
        return "LanguageGuess[" + tag + ", " + script + " " + scriptShare + ", " + words + " words, " + letters
                + " letters]";
    }
}
