package crosscheck.clean;

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

    Piece(Block.Kind kind, String text, boolean oneLine) {
        this.kind = kind;
        this.text = text;
        this.oneLine = oneLine;
    }

    boolean kept() {
        return reason == null;
    }

    void drop(String why) {
        if (reason == null) reason = why;
    }

    @Override
    public String toString() {
        return kind + (reason == null ? "" : " [" + reason + "]") + ": " + text;
    }
}
