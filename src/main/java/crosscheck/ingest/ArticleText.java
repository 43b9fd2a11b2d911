package crosscheck.ingest;

import java.util.Locale;

/**
 * How much of each report's own text the site publishes ({@code articles:} in {@code site.yml}). Reports belong to
 * their outlets: a public site shows an excerpt by default, and the full text only where the curator may publish it
 * (licensed or own content). {@code serve} always shows the full text to the curator.
 */
public enum ArticleText {
    /** The cleaned text, whole. */
    FULL,
    /** The report's opening, cut short, and the sentences the digest quotes from it. */
    EXCERPT,
    /** No text of the report's own: its headline, metadata and the link to the original. */
    NONE;

    /** The word {@code site.yml} uses: "full", "excerpt" or "none". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The setting a word names, or null if it names none. */
    public static ArticleText of(String word) {
        for (ArticleText value : values()) {
            if (value.word().equals(word.strip().toLowerCase(Locale.ROOT))) return value;
        }
        return null;
    }
}
