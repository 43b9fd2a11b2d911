package crosscheck.clean;

import crosscheck.ingest.Format;
import crosscheck.ingest.FrontMatter;
import crosscheck.ingest.RawReport;
import java.util.List;
import java.util.stream.Collectors;

/** Small builders for the clean tests: reports from inline text, and views of what cleaning kept. */
public final class Reports {
    private static final Cleaner CLEANER = new Cleaner();

    private Reports() {
    }

    public static Report text(String body) {
        return clean(Format.TEXT, FrontMatter.EMPTY, body);
    }

    public static Report html(String body) {
        return clean(Format.HTML, FrontMatter.EMPTY, body);
    }

    public static Report markdown(String body) {
        return clean(Format.MARKDOWN, FrontMatter.EMPTY, body);
    }

    public static Report clean(Format format, FrontMatter stated, String body) {
        return CLEANER.clean(new RawReport("r", "articles/r", format, stated, body, 1));
    }

    public static FrontMatter titled(String title) {
        return new FrontMatter(title, null, null, null, null, null, null);
    }

    /** The kept block texts. */
    public static List<String> texts(Report article) {
        return article.blocks().stream().map(Block::text).toList();
    }

    /** The reason a text was dropped, or null when it was not dropped. */
    public static String reasonFor(Report article, String text) {
        return article.removed().stream().filter(r -> r.text().equals(text)).map(Removed::reason).findFirst()
                .orElse(null);
    }

    public static String removedSummary(Report article) {
        return article.removed().stream().map(r -> r.reason() + ": " + r.text()).collect(Collectors.joining("\n"));
    }
}
