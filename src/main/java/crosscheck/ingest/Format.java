package crosscheck.ingest;

import java.util.Locale;
import java.util.Optional;

/** The kinds of report file a curator can drop into {@code content/articles/}. */
public enum Format {
    /** A saved web page. */
    HTML,
    /** A plain-text scrape. */
    TEXT,
    /** Markdown, rendered with flexmark. */
    MARKDOWN;

    /** The format of a file name such as {@code a.html} or {@code a.txt.gz}; empty when it is not a report. */
    public static Optional<Format> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return Optional.of(HTML);
        if (name.endsWith(".txt") || name.endsWith(".text")) return Optional.of(TEXT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) return Optional.of(MARKDOWN);
        return Optional.empty();
    }

    /** The article id of a file name: the name without any of its extensions ({@code a.html.gz} gives {@code a}). */
    public static String idOf(String fileName) {
        int dot = fileName.indexOf('.', 1);
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
