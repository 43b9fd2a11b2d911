package crosscheck.clean;

import crosscheck.clean.language.LanguageSource;
import crosscheck.clean.language.ReportLanguage;
import crosscheck.clean.metadata.Credit;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A cleaned report: only the report itself, with what is known about it. Metadata fields are null when
 * neither the front matter nor the report shows them.
 *
 * @param id        file name without extensions
 * @param file      path of the file under the content folder
 * @param title     headline
 * @param source    outlet name
 * @param url       address of the original
 * @param published publication date
 * @param author    byline
 * @param origin    the wire service whose copy this is, when the report says so: a wire credit ("(AP)"), a byline
 *                  ("By Tom Davies, Associated Press") or a wire's dateline ("WASHINGTON (Reuters) -"); else null.
 *                  Grouping's copies ({@code Event.origins}) are another matter: this is only what the report says
 * @param credits   the people and agencies the report's credit lines credit ("X and Y contributed to this report",
 *                  "Reporting by X; Editing by Y", "(AP)"), in order; the lines themselves are in {@code removed}
 * @param language  BCP 47 language tag: as the front matter states it or the page declares it ("pt-BR"), or
 *                  the primary subtag guessed from the text ("pt"); null when none is declared and the text is
 *                  too short to tell
 * @param languageSource where {@code language} comes from: {@link LanguageSource#NONE} exactly when it is null
 * @param event     the curator's pin to an event slug
 * @param blocks    the report's text, in order
 * @param removed   what cleaning dropped, in order, with reasons
 * @param warnings  problems with the file itself that the cleaner worked around (a page cut off, too large,
 *                  nested beyond reason, unreadable), each a sentence without the file name; the build lists
 *                  them as warnings naming the file
 * @param draft     whether the front matter says {@code draft: true}: such a report reaches the site only when
 *                  drafts are asked for, and is then marked as a draft wherever it is shown
 */
public record Report(String id, String file, String title, String source, String url, LocalDate published,
                      String author, String origin, List<Credit> credits, String language,
                      LanguageSource languageSource, String event, List<Block> blocks, List<Removed> removed,
                      List<String> warnings, boolean draft) {
    public Report {
        Objects.requireNonNull(id, "id");
        credits = credits == null ? List.of() : List.copyOf(credits);
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(languageSource, "languageSource");
        if ((language == null) != (languageSource == LanguageSource.NONE)) {
            throw new IllegalArgumentException("language " + language + " cannot come from " + languageSource);
        }
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A report that names no wire service and credits no one. */
    public Report(String id, String file, String title, String source, String url, LocalDate published,
                  String author, String language, LanguageSource languageSource, String event,
                  List<Block> blocks, List<Removed> removed, List<String> warnings, boolean draft) {
        this(id, file, title, source, url, published, author, null, List.of(), language, languageSource, event,
                blocks, removed, warnings, draft);
    }

    /** A report whose language, if any, counts as declared by its page ({@link LanguageSource#PAGE}). */
    public Report(String id, String file, String title, String source, String url, LocalDate published,
                   String author, String language, String event, List<Block> blocks, List<Removed> removed,
                   List<String> warnings, boolean draft) {
        this(id, file, title, source, url, published, author, language,
                language == null ? LanguageSource.NONE : LanguageSource.PAGE, event, blocks, removed, warnings, draft);
    }

    /** An article without warnings that is not a draft, its language as declared by its page. */
    public Report(String id, String file, String title, String source, String url, LocalDate published,
                   String author, String language, String event, List<Block> blocks, List<Removed> removed) {
        this(id, file, title, source, url, published, author, language, event, blocks, removed, List.of(), false);
    }

    /**
     * The primary subtag of the language, lower-case ("pt" for "pt-BR"; "no" for "nb" and "nn"), to compare with
     * another language such as the site's; null when the report has none or it is not a well-formed tag.
     */
    public String primaryLanguage() {
        return primaryLanguage(language);
    }

    /** The primary subtag of a language tag as {@link #primaryLanguage()} gives it (the site's, say); null for none. */
    public static String primaryLanguage(String tag) {
        String primary = ReportLanguage.primary(tag);
        return primary == null ? null : ReportLanguage.canonical(primary);
    }

    /** The cleaned text: blocks separated by a blank line. */
    public String text() {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }

    /** The title where there is one, else the start of the text, else the id. */
    public String displayTitle() {
        if (title != null && !title.isBlank()) return title;
        return blocks.isEmpty() ? id : shorten(blocks.get(0).text(), 90);
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > 0 ? cut : max) + "…";
    }
}
