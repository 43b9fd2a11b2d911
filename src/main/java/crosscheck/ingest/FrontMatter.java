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
 * @param draft     whether the report is a draft ({@code draft: true}): work in progress, left out of the published
 *                  site unless drafts are asked for ({@code build --drafts}, {@code serve})
 */
public record FrontMatter(String title, String source, String url, LocalDate published,
                          String author, String language, String event, boolean draft) {

    public static final FrontMatter EMPTY = new FrontMatter(null, null, null, null, null, null, null);

    /** Front matter of a report that is not a draft. */
    public FrontMatter(String title, String source, String url, LocalDate published, String author, String language,
                       String event) {
        this(title, source, url, published, author, language, event, false);
    }
}
