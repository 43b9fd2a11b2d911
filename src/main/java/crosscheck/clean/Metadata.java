package crosscheck.clean;

import java.time.LocalDate;

/** What a report shows about itself (inferred, as opposed to what the curator states). Any field may be null. */
record Metadata(String title, String source, String url, LocalDate published, String author, String language) {
    static final Metadata NONE = new Metadata(null, null, null, null, null, null);

    /** This, with each missing field taken from {@code other}. */
    Metadata or(Metadata other) {
        return new Metadata(pick(title, other.title), pick(source, other.source), pick(url, other.url),
                published != null ? published : other.published, pick(author, other.author),
                pick(language, other.language));
    }

    static String pick(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
