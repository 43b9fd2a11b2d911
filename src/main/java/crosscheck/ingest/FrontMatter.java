package crosscheck.ingest;

import java.time.LocalDate;

/**
 * What the curator states about a report in its YAML front matter. Every field may be absent (null):
 * the build infers what it can from the report itself, and front matter always wins over inference.
 *
 * @param title     headline
 * @param source    outlet name
 * @param url       address of the original
 * @param published publication date
 * @param author    byline
 * @param language  BCP 47 language tag
 * @param event     slug of the event the curator pins the report to
 */
public record FrontMatter(String title, String source, String url, LocalDate published,
                          String author, String language, String event) {

    public static final FrontMatter EMPTY = new FrontMatter(null, null, null, null, null, null, null);
}
