package crosscheck.clean;

import crosscheck.clean.language.LanguageGuesser;
import crosscheck.clean.language.ReportLanguage;
import crosscheck.clean.metadata.Credits;
import crosscheck.clean.metadata.Metadata;
import crosscheck.core.Texts;
import crosscheck.ingest.Format;
import crosscheck.ingest.FrontMatter;
import crosscheck.ingest.RawReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clean stage: turns one raw report (a saved web page, a plain-text scrape or Markdown) into an
 * {@link Report} that holds only the report itself, as blocks of plain text (and, for web pages and Markdown,
 * the same text with its safe inline markup, see {@link SafeMarkup}), with every dropped piece of page
 * furniture listed with its reason and the metadata the page shows.
 *
 * <p>Web pages go through {@link HtmlExtractor} (finds the main content from the page's own structure),
 * text scrapes through {@link TextScrape} (paragraphs, hard-wrap repair, headings) and Markdown through
 * {@link MarkdownBlocks}; then every format goes through the same {@link BoilerplateClassifier} and
 * {@link RepeatedTitle}. What the curator states in the front matter always wins over what is inferred.
 *
 * <p>Every page is treated as hostile: only the first {@value #MAX_HTML_CHARS} characters of a web page (and
 * {@value #MAX_TEXT_CHARS} of a text or Markdown file) are read, so a giant page costs bounded time; the walk
 * over the page is iterative, so any nesting depth is fine; markup reaches the output only through the
 * safelist. Problems with the file (cut off, too large, nested beyond reason, unreadable) become
 * {@link Report#warnings()}.
 *
 * <p>Instances hold no mutable state: one cleaner may serve many threads. Cleaning never throws on odd
 * input; a page it cannot read gives an article without blocks and a warning.
 */
public final class Cleaner {
    /** Web pages rarely pass a megabyte; eight are far more than any article needs. */
    static final int MAX_HTML_CHARS = 8_000_000;
    /** Two million characters of text are some three hundred thousand words: no report is longer. */
    static final int MAX_TEXT_CHARS = 2_000_000;

    /** A cleaner; it has no settings. */
    public Cleaner() {
    }

    /** Cleans one report. */
    public Report clean(RawReport report) {
        FrontMatter stated = report.frontMatter();
        List<String> warnings = new ArrayList<>(0);
        List<Removed> removed = new ArrayList<>();
        List<Piece> pieces;
        Metadata shown;
        String title;
        String baseUri = null;
        try {
            Draft draft = read(report, warnings);
            warnings.addAll(draft.warnings());
            pieces = draft.pieces();
            title = clean(Metadata.pick(stated.title(), draft.metadata().title()));
            RepeatedTitle.dropTitle(pieces, title);
            shown = draft.metadata().or(BoilerplateClassifier.classify(pieces, report.format() == Format.HTML));
            if (report.format() == Format.HTML) pieces = ThinExtraction.check(pieces, title, warnings);
            if (title == null) title = RepeatedTitle.takeFirstHeading(pieces);
            baseUri = draft.baseUri();
        } catch (RuntimeException | StackOverflowError e) {
            pieces = List.of();
            shown = Metadata.NONE;
            title = clean(stated.title());
            String format = report.format().name().toLowerCase(Locale.ROOT);
            String problem = "unreadable " + format + ": " + e.getClass().getSimpleName();
            removed.add(new Removed("", problem));
            warnings.add("could not be cleaned (" + problem + "): the report has no text");
        }
        String url = Metadata.pick(stated.url(), shown.url());
        List<Block> blocks = blocks(pieces, removed, baseUri != null ? baseUri : url);
        ReportLanguage language = ReportLanguage.of(stated.language(), shown.language(), () -> text(blocks));
        String author = clean(Metadata.pick(stated.author(), shown.author()));
        String origin = shown.origin() != null ? shown.origin() : Credits.bylineWire(author);
        return new Report(report.id(), report.file(), title,
                clean(Metadata.pick(stated.source(), shown.source())), url,
                stated.published() != null ? stated.published() : shown.published(), author, origin,
                shown.credits(), language.tag(), language.source(), stated.event(), blocks, removed, warnings,
                stated.draft());
    }

    /**
     * The language of a text, as cleaning guesses it for a report that declares none: a BCP 47 primary subtag
     * ("en", "pt", "ru"), or null when the text is too short to tell (fewer than 20 words, or 40 letters of a
     * script written without spaces) or matches no language well enough. Reads at most the first 6,000
     * characters.
     */
    public static String guessLanguage(String text) {
        if (text == null) throw new IllegalArgumentException("text is null");
        return LanguageGuesser.tag(text);
    }

    /** The blocks' text as {@link Report#text()} joins it: what the language is guessed from. */
    private static String text(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (text.length() >= LanguageGuesser.MAX_CHARS) break;
            if (text.length() > 0) text.append("\n\n");
            text.append(block.text());
        }
        return text.toString();
    }

    /** The kept pieces as blocks, their markup made safe in one pass; the dropped ones go to {@code removed}. */
    private static List<Block> blocks(List<Piece> pieces, List<Removed> removed, String baseUri) {
        List<Piece> kept = new ArrayList<>();
        List<String> markups = new ArrayList<>();
        boolean anyMarkup = false;
        for (Piece piece : pieces) {
            removed.addAll(piece.cuts);
            if (piece.kept()) {
                kept.add(piece);
                String markup = piece.rawMarkup();
                markups.add(markup);
                anyMarkup |= markup != null;
            } else {
                removed.add(new Removed(piece.text, piece.reason));
            }
        }
        List<String> safe = anyMarkup ? SafeMarkup.clean(markups, baseUri) : markups;
        List<Block> blocks = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Piece piece = kept.get(i);
            blocks.add(new Block(piece.kind, piece.text, safe.get(i)));
        }
        return blocks;
    }

    private static Draft read(RawReport report, List<String> warnings) {
        String body = report.body();
        if (report.format() == Format.HTML && HtmlExtractor.isCutOff(body)) {
            warnings.add("the page ends in the middle of its markup: it may have been saved incompletely");
        }
        int max = report.format() == Format.HTML ? MAX_HTML_CHARS : MAX_TEXT_CHARS;
        if (body.length() > max) {
            body = cut(body, max, report.format() == Format.HTML);
            warnings.add(String.format(Locale.ROOT, "the report has %,d characters: only the first %,d were cleaned, "
                    + "the rest is left out", report.body().length(), body.length()));
        }
        return switch (report.format()) {
            case HTML -> HtmlExtractor.extract(body);
            case MARKDOWN -> MarkdownBlocks.read(body);
            case TEXT -> TextScrape.read(body);
        };
    }

    /** The first {@code max} characters, cut before a tag or at a line end when one is near. */
    private static String cut(String body, int max, boolean html) {
        int at = max;
        if (Character.isLowSurrogate(body.charAt(at))) at--;
        int near = html ? body.lastIndexOf('<', at) : body.lastIndexOf('\n', at);
        if (near > max - 100_000) at = near;
        return body.substring(0, at);
    }

    private static String clean(String value) {
        if (value == null) return null;
        String text = Texts.normalize(value);
        return text.isEmpty() ? null : text;
    }
}
