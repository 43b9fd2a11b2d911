package crosscheck.clean.language;

/**
 * Whether one sentence is written in another language than a given one (the site's), from what a sentence can
 * show ({@link LanguageGuesser}): most of its letters in a script that language is not written in (a Russian
 * sentence on an English site), or, in the same script, a sentence of six words or more with few of that
 * language's stop words and many of another's ("Der Minister sagte, dass die Gespräche weitergehen."). A short
 * sentence, a list of names or figures, or a language Crosscheck has no stop words for is never called foreign.
 */
public final class SentenceLanguage {
    /** Fewer words than this do not tell a sentence's language apart in one script. */
    static final int MIN_WORDS = 6;
    /** At most this share of the words on the language's stop list... */
    static final double FEW = 0.1;
    /** ...and at least this share on another's. */
    static final double MANY = 0.3;

    private SentenceLanguage() {
    }

    /**
     * Whether {@code sentence} is plainly in another language than {@code language} (a primary subtag, "en");
     * false when {@code language} is null.
     */
    public static boolean foreign(String sentence, String language) {
        if (language == null || sentence == null) return false;
        LanguageGuess guess = LanguageGuesser.guess(sentence);
        if (guess.letters() == 0) return false;
        Character.UnicodeScript script = LanguageGuesser.scriptOf(language);
        if (script != null && !sameWriting(guess.script(), script) && guess.scriptShare() >= 0.5) return true;
        double own = guess.share(language);
        if (own < 0 || guess.words() < MIN_WORDS || own > FEW) return false;
        double[] shares = guess.shares();
        for (int l = 0; l < shares.length; l++) {
            if (!StopWords.TAGS.get(l).equals(language) && shares[l] >= MANY) return true;
        }
        return false;
    }

    /** Whether two scripts are one writing: Han, hiragana and katakana are. */
    private static boolean sameWriting(Character.UnicodeScript a, Character.UnicodeScript b) {
        return a == b || (japanese(a) && japanese(b));
    }

    private static boolean japanese(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
