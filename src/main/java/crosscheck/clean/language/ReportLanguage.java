package crosscheck.clean.language;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A report's language and where it comes from, chosen in this order: the curator's front matter, always; else what
 * the page declares, unless its text overwhelmingly says otherwise; else the language of its text.
 *
 * <p>Why the text may overrule the page: a saved page's declaration is most often its site template's
 * ({@code <html lang="en">} around every article of a site, whatever the article), not the report's, while the text
 * is the report itself; and grouping words of a Russian report as if they were English would be wrong in the way
 * the curator least sees. So the text wins, but only on overwhelming evidence ({@link #overrules}); otherwise the
 * page is believed, since a guess can be wrong too.
 *
 * @param tag    the language, as stated or declared (e.g. "pt-BR") or a guessed primary subtag ("pt"), or null
 * @param source where it comes from
 */
public record ReportLanguage(String tag, LanguageSource source) {
    static final ReportLanguage NONE = new ReportLanguage(null, LanguageSource.NONE);
    /** Words a text needs before it may overrule a page: a paragraph or two, not a caption. */
    static final int OVERRULE_WORDS = 50;
    /** Letters of a script written without spaces that may overrule a page. */
    static final int OVERRULE_LETTERS = 150;
    /** The share of the letters in another script than the declared language's that overrules it. */
    static final double OVERRULE_SCRIPT_SHARE = 0.9;
    /** The share of stop words of the guessed language at least that may overrule a page. */
    static final double OVERRULE_SHARE = 0.2;
    /** How many times the declared language's share of stop words the guessed one's must be to overrule. */
    static final int OVERRULE_RATIO = 4;
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*");
    /** Tags that say no language: undetermined, several, no linguistic content, not coded. */
    private static final Set<String> NO_LANGUAGE = Set.of("und", "mul", "zxx", "mis");

    /**
     * The language of a report whose front matter states {@code stated} and whose page declares {@code declared}
     * (either may be null), with {@code text} giving its cleaned text only when it is needed.
     */
    public static ReportLanguage of(String stated, String declared, Supplier<String> text) {
        if (stated != null && !stated.isBlank()) return new ReportLanguage(stated.strip(), LanguageSource.FRONT_MATTER);
        String page = primary(declared) == null ? null : declared.strip();
        LanguageGuess guess = LanguageGuesser.guess(text.get());
        if (page != null) {
            return overrules(guess, primary(page)) ? new ReportLanguage(guess.tag(), LanguageSource.TEXT_OVER_PAGE)
                    : new ReportLanguage(page, LanguageSource.PAGE);
        }
        return guess.tag() == null ? NONE : new ReportLanguage(guess.tag(), LanguageSource.TEXT);
    }

    /**
     * Whether the text overwhelmingly shows another language than {@code declared} (a primary subtag): with at least
     * {@value #OVERRULE_WORDS} words (or {@value #OVERRULE_LETTERS} letters of Chinese, Japanese, Thai...), either
     * {@value #OVERRULE_SCRIPT_SHARE} of its letters are in a script the declared language is not written in
     * (Cyrillic text on a page declared English), or both languages have stop word lists and at least
     * {@value #OVERRULE_SHARE} of its words are stop words of the guessed language, and {@value #OVERRULE_RATIO}
     * times as many as of the declared one (French news text on a page declared English: 0.38 French, 0.06
     * English; English text scores 0.25 to 0.5 on the English list). Close languages never overrule each other this
     * way (Spanish text scores 0.47 on the Spanish list, 0.35 on the Galician one), nor does a guess overrule a
     * language Crosscheck has no list for.
     */
    static boolean overrules(LanguageGuess guess, String declared) {
        if (guess.tag() == null || declared == null || same(guess.tag(), declared)) return false;
        boolean enough = LanguageGuesser.spaceless(guess.script()) ? guess.letters() >= OVERRULE_LETTERS
                : guess.words() >= OVERRULE_WORDS;
        if (!enough) return false;
        UnicodeScript written = LanguageGuesser.scriptOf(canonical(declared));
        if (written != null && written != guess.script() && guess.scriptShare() >= OVERRULE_SCRIPT_SHARE) {
            return true;
        }
        double declaredShare = guess.share(canonical(declared));
        double guessedShare = guess.share(guess.tag());
        return declaredShare >= 0 && guessedShare >= OVERRULE_SHARE && guessedShare >= OVERRULE_RATIO * declaredShare;
    }

    /** The primary subtag of a well-formed language tag, lower-case ("pt" of "pt-BR"), or null for none. */
    public static String primary(String tag) {
        if (tag == null) return null;
        String text = tag.strip();
        if (!TAG.matcher(text).matches()) return null;
        int dash = text.indexOf('-') >= 0 ? text.indexOf('-') : text.indexOf('_');
        String primary = (dash < 0 ? text : text.substring(0, dash)).toLowerCase(Locale.ROOT);
        return NO_LANGUAGE.contains(primary) ? null : primary;
    }

    /** Whether two primary subtags name one language, counting the Norwegian ones and the retired codes. */
    private static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    /** The tag Crosscheck's tables use for a primary subtag. */
    public static String canonical(String primary) {
        return switch (primary) {
            case "nb", "nn" -> "no";
            case "iw" -> "he";
            case "in" -> "id";
            case "ji" -> "yi";
            case "tl" -> "fil";
            default -> primary;
        };
    }
}
