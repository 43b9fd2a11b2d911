package crosscheck.clean;

import crosscheck.ingest.FrontMatter;
import crosscheck.ingest.RawReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clean stage: turns one raw report (a saved web page, a plain-text scrape or Markdown) into an
 * {@link Article} that holds only the report itself, as plain-text blocks, with every dropped piece of page
 * furniture listed with its reason and the metadata the page shows.
 *
 * <p>Web pages go through {@link HtmlExtractor} (finds the main content from the page's own structure),
 * text scrapes through {@link TextScrape} (paragraphs, hard-wrap repair, headings) and Markdown through
 * {@link MarkdownBlocks}; then every format goes through the same {@link BoilerplateClassifier} and
 * {@link Headline}. What the curator states in the front matter always wins over what is inferred.
 *
 * <p>Instances hold no mutable state: one cleaner may serve many threads. Cleaning never throws on odd
 * input; a page it cannot read gives an article without blocks.
 */
public final class Cleaner {

    /** A cleaner; it has no settings. */
    public Cleaner() {
    }

    /** Cleans one report. */
    public Article clean(RawReport report) {
        FrontMatter stated = report.frontMatter();
        List<Removed> failures = new ArrayList<>(0);
        List<Piece> pieces;
        Metadata shown;
        String title;
        try {
            Draft draft = read(report);
            pieces = draft.pieces();
            title = clean(Metadata.pick(stated.title(), draft.metadata().title()));
            Headline.dropTitle(pieces, title);
            shown = draft.metadata().or(BoilerplateClassifier.classify(pieces));
            if (title == null) title = Headline.takeFirstHeading(pieces);
        } catch (RuntimeException | StackOverflowError e) {
            pieces = List.of();
            shown = Metadata.NONE;
            title = clean(stated.title());
            String format = report.format().name().toLowerCase(Locale.ROOT);
            failures.add(new Removed("", "unreadable " + format + ": " + e.getClass().getSimpleName()));
        }

        List<Block> blocks = new ArrayList<>();
        List<Removed> removed = new ArrayList<>(failures);
        for (Piece piece : pieces) {
            removed.addAll(piece.cuts);
            if (piece.kept()) blocks.add(new Block(piece.kind, piece.text));
            else removed.add(new Removed(piece.text, piece.reason));
        }
        return new Article(report.id(), report.file(), title,
                clean(Metadata.pick(stated.source(), shown.source())),
                Metadata.pick(stated.url(), shown.url()),
                stated.published() != null ? stated.published() : shown.published(),
                clean(Metadata.pick(stated.author(), shown.author())),
                Metadata.pick(stated.language(), shown.language()),
                stated.event(), blocks, removed);
    }

    private static Draft read(RawReport report) {
        return switch (report.format()) {
            case HTML -> HtmlExtractor.extract(report.body());
            case MARKDOWN -> MarkdownBlocks.read(report.body());
            case TEXT -> TextScrape.read(report.body());
        };
    }

    private static String clean(String value) {
        if (value == null) return null;
        String text = Texts.normalize(value);
        return text.isEmpty() ? null : text;
    }
}
