package crosscheck.analyse;

import java.util.List;

/**
 * One sentence of a report.
 *
 * @param index   position among the report's sentences, from 0
 * @param block   index of the block it comes from
 * @param heading whether the block is a heading (a headline-like line, not a full sentence)
 * @param text    the sentence as the report wrote it
 * @param stems   its index terms
 */
public record Sentence(int index, int block, boolean heading, String text, List<String> stems) {
    public Sentence {
        stems = List.copyOf(stems);
    }

    public int words() {
        return Words.count(text);
    }
}
