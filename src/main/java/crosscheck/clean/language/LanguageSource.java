package crosscheck.clean.language;

/** Where a report's {@link crosscheck.clean.Report#language() language} comes from. */
public enum LanguageSource {
    /** No language: the report declares none and has too little text to tell (see {@link crosscheck.clean.Cleaner#guessLanguage}). */
    NONE("unknown: none declared, too little text to tell"),
    /** The curator's front matter ({@code language:}): always wins. */
    FRONT_MATTER("from the front matter"),
    /**
     * The page's own markup ({@code <html lang>}, content-language, og:locale, JSON-LD inLanguage), which its text
     * does not overwhelmingly contradict.
     */
    PAGE("declared by the page"),
    /** Guessed from the text: the report declares no language. */
    TEXT("guessed from the text"),
    /**
     * Guessed from the text, which is overwhelmingly in another language than the page declares (a scraped site's
     * template saying {@code lang="en"} around a Russian report).
     */
    TEXT_OVER_PAGE("guessed from the text, which overrules the language the page declares");

    private final String description;

    LanguageSource(String description) {
        this.description = description;
    }

    /** A few words for the curator, e.g. "guessed from the text". */
    public String description() {
        return description;
    }
}
