package crosscheck.digest.quotes;

import crosscheck.analyse.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Where a paragraph's sentences lie in its text, to read a quotation with the sentence around it. */
final class Paragraph {
    private Paragraph() {
    }

    /**
     * Bounds {start, end} of the sentences of block {@code block} in its text, in order; the whole text as one
     * sentence when the sentences cannot be found in it word for word.
     */
    static List<int[]> sentences(String text, List<Sentence> sentences, int block) {
        List<int[]> out = new ArrayList<>();
        int cursor = 0;
        for (Sentence sentence : sentences) {
            if (sentence.block() != block) continue;
            int at = text.indexOf(sentence.text(), cursor);
            if (at < 0) return List.of(new int[] {0, text.length()});
            out.add(new int[] {at, at + sentence.text().length()});
            cursor = at + sentence.text().length();
        }
        if (out.isEmpty()) return List.of(new int[] {0, text.length()});
        return out;
    }

    /** The end of the sentence holding a position (the last character before {@code position}). */
    static int endOf(List<int[]> sentences, int position) {
        for (int[] bounds : sentences) {
            if (position - 1 >= bounds[0] && position - 1 < bounds[1]) return Math.max(bounds[1], position);
        }
        return position;
    }
}
