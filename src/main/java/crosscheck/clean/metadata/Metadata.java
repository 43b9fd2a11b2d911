package crosscheck.clean.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report shows about itself (inferred, as opposed to what the curator states). Any field may be null but
 * {@code credits}.
 *
 * @param origin  the wire service whose copy the report is, when its lines say so ({@link Credits})
 * @param credits the people and agencies its credit lines credit, in order
 */
public record Metadata(String title, String source, String url, LocalDate published, String author, String language,
                String origin, List<Credit> credits) {
    /** Nothing known. */
    public static final Metadata NONE = new Metadata(null, null, null, null, null, null);

    public Metadata {
        credits = credits == null ? List.of() : List.copyOf(credits);
    }

    /** What a page's markup states: it credits no one. */
    public Metadata(String title, String source, String url, LocalDate published, String author, String language) {
        this(title, source, url, published, author, language, null, List.of());
    }

    /** This, with each missing field taken from {@code other}; the credits of both, this one's first. */
    public Metadata or(Metadata other) {
        List<Credit> all = new ArrayList<>(credits);
        for (Credit credit : other.credits) if (!all.contains(credit)) all.add(credit);
        return new Metadata(pick(title, other.title), pick(source, other.source), pick(url, other.url),
                published != null ? published : other.published, pick(author, other.author),
                pick(language, other.language), pick(origin, other.origin), all);
    }

    /** {@code first} unless it is null or blank, else {@code second}. */
    public static String pick(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
