package crosscheck.ingest;

import java.util.Objects;

/**
 * One report file as the curator dropped it: decoded, its front matter read, its body untouched.
 *
 * @param id          file name without extensions; unique in the content folder
 * @param file        path of the file relative to the content folder, with "/" separators
 * @param format      how the body is written
 * @param frontMatter what the curator states about the report
 * @param body        the text after the front matter
 * @param bodyLine    1-based line of the file where the body starts
 */
public record RawReport(String id, String file, Format format, FrontMatter frontMatter, String body, int bodyLine) {
    public RawReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        if (bodyLine < 1) throw new IllegalArgumentException("bodyLine must be 1 or more");
    }

    /** Whether the front matter says {@code draft: true}. */
    public boolean draft() {
        return frontMatter.draft();
    }
}
