package crosscheck.ingest;

import java.util.Objects;

/**
 * A page of the site's own text, from {@code content/pages/<name>.md}, e.g. the About page.
 *
 * @param name     the file name without {@code .md}: a safe slug, the page's folder ({@code pages/<name>/})
 * @param title    the front matter {@code title}, else made from the name ("about" gives "About")
 * @param markdown the Markdown after the front matter
 */
public record Page(String name, String title, String markdown) {
    public Page {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
    }
}
