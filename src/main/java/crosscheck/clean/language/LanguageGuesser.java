package crosscheck.clean.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * Guesses the language of a report's text from two things any news paragraph shows: the script its letters are
 * written in ({@link Character.UnicodeScript}) and, where several languages share that script, which language's
 * stop words ({@link StopWords}, Lucene's lists) its words are. A script used by one language alone (Greek, Hebrew,
 * Hangul, Thai, Armenian, Georgian...) names it; Han with kana is Japanese, without it Chinese; Cyrillic with the
 * letters only Ukrainian (і ї є ґ), Belarusian (ў), Serbian (ђ ћ џ) or Macedonian (ѓ ќ ѕ) writes is that language,
 * else Russian or Bulgarian by their stop words; Latin, Arabic and Devanagari go by stop words.
 *
 * <p>Too little text gives no guess: fewer than {@value #MIN_WORDS} words (or, in a script written without spaces
 * between words, fewer than {@value #MIN_LETTERS} letters), or fewer than {@value #MIN_SHARE} of the words being
 * stop words of the best language (a list of names, or a language Lucene has no list for, such as Vietnamese or
 * Swahili: no guess is better than a wrong one). Only the first {@value #MAX_CHARS} characters are read: a news
 * report's language shows in its first paragraphs, and the cost stays bounded (some 30 µs a report).
 *
 * <p>Stateless: the tables are constants, loaded once.
 */
public final class LanguageGuesser {
    /** Fewer words than this do not tell a language: a headline, a caption, a byline. */
    static final int MIN_WORDS = 20;
    /** For scripts written without spaces (Chinese, Japanese, Thai...): a sentence or two. */
    static final int MIN_LETTERS = 40;
    /** News text in any listed language has a quarter to a half of its words on its list; names and numbers few. */
    static final double MIN_SHARE = 0.15;
    /** Only this many characters of a text are read. */
    public static final int MAX_CHARS = 6_000;

    /** Scripts that one language (of those a news digest meets) writes alone. */
    private static final Map<UnicodeScript, String> ONE_LANGUAGE = new EnumMap<>(Map.ofEntries(
            Map.entry(UnicodeScript.GREEK, "el"), Map.entry(UnicodeScript.HEBREW, "he"),
            Map.entry(UnicodeScript.ARMENIAN, "hy"), Map.entry(UnicodeScript.GEORGIAN, "ka"),
            Map.entry(UnicodeScript.HANGUL, "ko"), Map.entry(UnicodeScript.THAI, "th"),
            Map.entry(UnicodeScript.LAO, "lo"), Map.entry(UnicodeScript.KHMER, "km"),
            Map.entry(UnicodeScript.MYANMAR, "my"), Map.entry(UnicodeScript.BENGALI, "bn"),
            Map.entry(UnicodeScript.GURMUKHI, "pa"), Map.entry(UnicodeScript.GUJARATI, "gu"),
            Map.entry(UnicodeScript.TAMIL, "ta"), Map.entry(UnicodeScript.TELUGU, "te"),
            Map.entry(UnicodeScript.KANNADA, "kn"), Map.entry(UnicodeScript.MALAYALAM, "ml"),
            Map.entry(UnicodeScript.SINHALA, "si"), Map.entry(UnicodeScript.ETHIOPIC, "am"),
            Map.entry(UnicodeScript.TIBETAN, "bo")));

    private LanguageGuesser() {
    }

    /** Whether text in {@code script} is written without spaces between words. */
    static boolean spaceless(UnicodeScript script) {
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.THAI || script == UnicodeScript.LAO || script == UnicodeScript.KHMER
                || script == UnicodeScript.MYANMAR || script == UnicodeScript.TIBETAN;
    }

    /**
     * The script language {@code tag} (a primary subtag) is written in, when Crosscheck knows it and the language
     * has one; null otherwise (Serbian, for one, is written in two).
     */
    static UnicodeScript scriptOf(String tag) {
        int index = StopWords.indexOf(tag);
        if (index >= 0 && !tag.equals("sr")) return StopWords.SCRIPTS.get(index);
        for (Map.Entry<UnicodeScript, String> entry : ONE_LANGUAGE.entrySet()) {
            if (entry.getValue().equals(tag)) return entry.getKey();
        }
        return switch (tag) {
            case "uk", "be", "mk", "kk", "ky", "mn", "tg" -> UnicodeScript.CYRILLIC;
            case "ur", "ps", "ku" -> UnicodeScript.ARABIC;
            case "zh", "ja" -> UnicodeScript.HAN;
            case "mr" -> UnicodeScript.DEVANAGARI;
            case "pl", "sk", "sl", "hr", "bs", "sq", "vi", "ms", "tl", "sw", "so", "ha", "yo", "is", "mt", "cy", "af",
                 "az", "uz" -> UnicodeScript.LATIN;
            default -> null;
        };
    }

    /**
     * The language {@code text} is guessed to be in, a BCP 47 primary subtag ("en", "pt", "ru"), or null when it is
     * too short or matches no language well enough ({@link #guess}).
     */
    public static String tag(CharSequence text) {
        return guess(text).tag();
    }

    /** What {@code text} shows about its language. */
    static LanguageGuess guess(CharSequence text) {
        if (text == null) throw new IllegalArgumentException("text is null");
        int n = Math.min(text.length(), MAX_CHARS);
        if (n > 0 && n < text.length() && Character.isHighSurrogate(text.charAt(n - 1))) n--;
        char[] lower = new char[n];
        int[] scripts = new int[UnicodeScript.values().length];
        int languages = StopWords.TAGS.size();
        int[] hits = new int[languages];
        double[] votes = new double[languages];
        Cyrillic cyrillic = new Cyrillic();
        int words = 0;
        int letters = 0;
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean inWord = false;
            if (i < n) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    inWord = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
                    if (inWord) {
                        scripts[UnicodeScript.LATIN.ordinal()]++;
                        letters++;
                    }
                    lower[i] = inWord ? (char) (c | 0x20) : c;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(i + 1));
                    inWord = Character.isLetter(cp);
                    if (inWord) {
                        scripts[UnicodeScript.of(cp).ordinal()]++;
                        letters++;
                    }
                    lower[i] = c;
                    lower[i + 1] = text.charAt(i + 1);
                    if (inWord) {
                        if (start < 0) start = i;
                        i++;
                        continue;
                    }
                } else {
                    int type = Character.getType(c);
                    boolean letter = Character.isLetter(c);
                    inWord = letter || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
                    if (letter) {
                        UnicodeScript script = UnicodeScript.of(c);
                        scripts[script.ordinal()]++;
                        letters++;
                        if (script == UnicodeScript.CYRILLIC) cyrillic.see(c);
                    }
                    lower[i] = StopWords.fold(Character.toLowerCase(c));
                }
            }
            if (inWord) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                if (touchesDigit(lower, start, i, n) || (i - start == 1 && abbreviationOrClitic(lower, start, n))) {
                    start = -1;
                    continue;
                }
                words++;
                long bits = StopWords.languages(lower, start, i - start);
                if (bits != 0) {
                    double vote = 1.0 / Long.bitCount(bits);
                    for (long rest = bits; rest != 0; rest &= rest - 1) {
                        int language = Long.numberOfTrailingZeros(rest);
                        hits[language]++;
                        votes[language] += vote;
                    }
                }
                start = -1;
            }
        }
        double[] shares = new double[languages];
        for (int l = 0; l < languages; l++) shares[l] = words == 0 ? 0 : hits[l] / (double) words;
        if (letters == 0) return new LanguageGuess(null, null, 0, words, 0, shares);
        UnicodeScript script = dominant(scripts);
        double scriptShare = letterShare(scripts, script, letters);
        return new LanguageGuess(tag(script, words, letters, japanese(scripts), shares, votes, cyrillic), script, scriptShare, words,
                letters, shares);
    }

    /**
     * Whether the one letter at {@code at} is a letter of an abbreviation ("U.S.", "p.m.") or the end of a clitic
     * ("Biden's", "don't"), which say nothing of the language and would count as stop words of the lists that hold
     * single letters.
     */
    private static boolean abbreviationOrClitic(char[] text, int at, int length) {
        return (at + 1 < length && text[at + 1] == '.') || (at > 0 && (text[at - 1] == '\'' || text[at - 1] == '’'));
    }

    /** Whether the letters from {@code start} to {@code end} touch a digit: a code ("76ERS", "9402E6D7"), no word. */
    private static boolean touchesDigit(char[] text, int start, int end, int length) {
        return (start > 0 && Character.isDigit(text[start - 1])) || (end < length && Character.isDigit(text[end]));
    }

    /** The script with the most letters; Han, hiragana and katakana count together, as one writing. */
    private static UnicodeScript dominant(int[] scripts) {
        UnicodeScript[] all = UnicodeScript.values();
        UnicodeScript best = null;
        int most = 0;
        for (UnicodeScript script : all) {
            int count = script == UnicodeScript.HAN ? japanese(scripts) + scripts[script.ordinal()]
                    : script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA ? 0
                    : scripts[script.ordinal()];
            if (count > most) {
                most = count;
                best = script;
            }
        }
        return best;
    }

    private static int japanese(int[] scripts) {
        return scripts[UnicodeScript.HIRAGANA.ordinal()] + scripts[UnicodeScript.KATAKANA.ordinal()];
    }

    private static double letterShare(int[] scripts, UnicodeScript script, int letters) {
        int count = scripts[script.ordinal()] + (script == UnicodeScript.HAN ? japanese(scripts) : 0);
        return count / (double) letters;
    }

    private static String tag(UnicodeScript script, int words, int letters, int kana, double[] shares,
                              double[] votes, Cyrillic cyrillic) {
        if (spaceless(script) ? letters < MIN_LETTERS : words < MIN_WORDS) return null;
        if (script == UnicodeScript.HAN) return kana * 10 >= letters ? "ja" : "zh";
        String only = ONE_LANGUAGE.get(script);
        if (only != null) return only;
        if (script == UnicodeScript.CYRILLIC) {
            String byLetters = cyrillic.language();
            if (byLetters != null) return byLetters;
        }
        int best = -1;
        for (int l = 0; l < shares.length; l++) {
            if (StopWords.SCRIPTS.get(l) != script) continue;
            if (best < 0 || shares[l] > shares[best] || (shares[l] == shares[best] && votes[l] > votes[best])) best = l;
        }
        return best >= 0 && shares[best] >= MIN_SHARE ? StopWords.TAGS.get(best) : null;
    }

    /** Counts of the Cyrillic letters that only some of the languages written in it use. */
    private static final class Cyrillic {
        int all;
        int ukrainian;
        int belarusian;
        int serbian;
        int macedonian;
        int russian;

        void see(char c) {
            all++;
            switch (Character.toLowerCase(c)) {
                case 'і', 'ї', 'є', 'ґ' -> ukrainian++;
                case 'ў' -> belarusian++;
                case 'ђ', 'ћ', 'џ' -> serbian++;
                case 'ѓ', 'ќ', 'ѕ' -> macedonian++;
                case 'ы', 'э', 'ъ', 'ё' -> russian++;
                default -> { }
            }
        }

        /** A language its letters alone tell, or null. */
        String language() {
            if (belarusian >= 2 && belarusian * 200 >= all) return "be";
            if (macedonian >= 2 && macedonian * 200 >= all) return "mk";
            if (serbian >= 2 && serbian * 200 >= all && russian * 500 < all) return "sr";
            if (ukrainian * 100 >= all && russian * 500 < all) return "uk";
            return null;
        }
    }
}
