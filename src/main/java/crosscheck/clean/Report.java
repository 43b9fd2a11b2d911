package crosscheck.clean;

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
 * @param language  BCP 47 language tag
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
                      String author, String language, String event, List<Block> blocks, List<Removed> removed,
                      List<String> warnings, boolean draft) {
    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An article without warnings that is not a draft. */
    public Report(String id, String file, String title, String source, String url, LocalDate published,
                   String author, String language, String event, List<Block> blocks, List<Removed> removed) {
        this(id, file, title, source, url, published, author, language, event, blocks, removed, List.of(), false);
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
