package crosscheck.clean;

import crosscheck.core.Texts;
import java.util.List;

/**
 * Finds the report's headline among its first pieces and takes it out of the body, since it is the title.
 * A headline is the piece equal to the stated or page title; without a title, it is the first heading
 * above the report's text.
 */
final class RepeatedTitle {
    private static final int LOOK_AHEAD = 8;

    private RepeatedTitle() {
    }

    /** Drops the piece that repeats the title, when one of the first pieces does. */
    static void dropTitle(List<Piece> pieces, String title) {
        if (title == null || title.isBlank()) return;
        String key = Texts.key(title);
        if (key.isEmpty()) return;
        int seen = 0;
        for (Piece piece : pieces) {
            if (!piece.kept()) continue;
            if (sameTitle(key, Texts.key(piece.text))) {
                piece.drop(BoilerplateClassifier.HEADLINE);
                return;
            }
            if (++seen >= LOOK_AHEAD || BoilerplateClassifier.isBody(piece)) return;
        }
    }

    /** Takes the first heading above the report's text as the headline; returns it, or null. */
    static String takeFirstHeading(List<Piece> pieces) {
        for (Piece piece : pieces) {
            if (!piece.kept()) continue;
            if (piece.kind == Block.Kind.HEADING) {
                piece.drop(BoilerplateClassifier.HEADLINE);
                return piece.text;
            }
            return null;
        }
        return null;
    }

    /** Equal keys, or one is the other with a short site name or section before or after it. */
    static boolean sameTitle(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.equals(b)) return true;
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return shorter.length() >= 12 && shorter.length() * 10 >= longer.length() * 6
                && (longer.startsWith(shorter + " ") || longer.endsWith(" " + shorter));
    }
}
