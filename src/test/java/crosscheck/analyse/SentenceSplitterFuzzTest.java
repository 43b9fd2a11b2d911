package crosscheck.analyse;

import crosscheck.FuzzTimeout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import crosscheck.clean.Report;
import crosscheck.clean.Block;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes sentence splitting through {@link Analyser#analyze}: no exception, and each block's sentences, put
 * back together, hold exactly the block's non-space characters in order (nothing lost, added or moved).
 */
class SentenceSplitterFuzzTest {
    private static final Analyser ANALYSER = new Analyser();

    @AfterAll
    static void close() {
        ANALYSER.close();
    }

    @FuzzTest
    void sentencesCoverTheText(FuzzedDataProvider data) {
        FuzzTimeout.run(() -> check(data));
    }

    private static void check(FuzzedDataProvider data) {
        List<Block> blocks = new ArrayList<>();
        int count = data.consumeInt(1, 4);
        for (int i = 0; i < count; i++) {
            boolean heading = data.consumeBoolean();
            String text = i == count - 1 ? data.consumeRemainingAsString() : data.consumeString(400);
            blocks.add(new Block(heading ? Block.Kind.HEADING : Block.Kind.PARAGRAPH, text));
        }
        String title = data.remainingBytes() > 0 ? null : "Fuzz";
        Report article = new Report("fuzz", "articles/fuzz.txt", title, null, null, null, null, null, null, blocks,
                List.of());
        AnalysedReport analyzed = ANALYSER.analyse(article);
        StringBuilder[] joined = new StringBuilder[blocks.size()];
        for (int i = 0; i < joined.length; i++) joined[i] = new StringBuilder();
        int last = -1;
        for (Sentence sentence : analyzed.sentences()) {
            assertFalse(sentence.block() < last, "sentences in block order");
            last = sentence.block();
            joined[sentence.block()].append(sentence.text());
        }
        for (int i = 0; i < joined.length; i++) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.HEADING) continue;
            assertEquals(nonSpace(block.text()), nonSpace(joined[i].toString()), "block " + i);
        }
    }

    private static String nonSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
