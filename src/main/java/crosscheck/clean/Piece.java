package crosscheck.clean;

import crosscheck.core.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate block on its way through cleaning: its text, its kind, and the reason it was dropped once a
 * step drops it. Owned by one cleaning call, never shared.
 */
final class Piece {
    Block.Kind kind;
    String text;
    /** Why the piece was dropped; null while it is kept. */
    String reason;
    /** Parts cut out of the text (inline links and the like), in order. */
    final List<Removed> cuts = new ArrayList<>(0);
    /** Whether the text was one line of the source (a candidate heading in a text scrape). */
    final boolean oneLine;
    /** Whether the text is the cells of a table row, "cell | cell": separators that are no menu. */
    boolean tableRow;
    /** Whether the text is a byline without "By" ({@link VisibleByline}): no outlet, no date widget. */
    boolean byline;
    /** The page the text comes from, for its markup; null for text scrapes. */
    PageText page;
    /** The runs of {@link #page} the text is made of (table cells joined by " | "). */
    final List<PageText.Run> runs = new ArrayList<>(1);
    /** Whether a step changed the text so that the page's markup no longer matches it. */
    boolean edited;
    private String wordsOf;
    private int words;

    Piece(Block.Kind kind, String text, boolean oneLine) {
        this.kind = kind;
        this.text = text;
        this.oneLine = oneLine;
    }

    /** A piece made of one run of a page, with its markup. */
    static Piece of(PageText page, PageText.Run run) {
        Piece piece = new Piece(run.kind(), run.text(), false);
        piece.page = page;
        piece.runs.add(run);
        return piece;
    }

    boolean kept() {
        return reason == null;
    }

    void drop(String why) {
        if (reason == null) reason = why;
    }

    /** {@link Texts#words} of the text, remembered while the text stays the same. */
    int words() {
        if (wordsOf != text) {
            words = Texts.words(text);
            wordsOf = text;
        }
        return words;
    }

    /**
     * The text with its inline markup from the page, not yet checked against the safelist; null when the piece
     * has no page or its text was changed.
     */
    String rawMarkup() {
        if (page == null || runs.isEmpty() || edited) return null;
        if (runs.size() == 1) return page.markup(runs.get(0));
        StringBuilder joined = new StringBuilder();
        for (PageText.Run run : runs) {
            if (joined.length() > 0) joined.append(" | ");
            joined.append(page.markup(run));
        }
        return joined.toString();
    }

    @Override
    public String toString() {
        return kind + (reason == null ? "" : " [" + reason + "]") + ": " + text;
    }
}
