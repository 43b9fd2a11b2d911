package crosscheck.text;

import crosscheck.clean.Article;
import crosscheck.clean.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The text stage: splits each cleaned report into sentences and index terms. Thread-safe. */
public final class TextAnalyzer implements AutoCloseable {
    private final Terms terms = new Terms();

    public AnalyzedArticle analyze(Article article) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<Sentence> sentences = new ArrayList<>();
        TreeMap<String, Integer> counts = new TreeMap<>();
        List<String> titleStems = article.title() == null ? List.of() : terms.stems(article.title());
        titleStems.forEach(stem -> counts.merge(stem, 1, Integer::sum));
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            boolean heading = block.kind() == Block.Kind.HEADING;
            List<String> texts = heading ? List.of(block.text()) : splitter.split(block.text());
            for (String text : texts) {
                List<String> stems = terms.stems(text);
                stems.forEach(stem -> counts.merge(stem, 1, Integer::sum));
                sentences.add(new Sentence(sentences.size(), b, heading, text, stems));
            }
        }
        return new AnalyzedArticle(article, titleStems, sentences, counts);
    }

    /** The stems of any text, as {@link #analyze} finds them in reports. */
    public List<String> stems(String text) {
        return terms.stems(text);
    }

    @Override
    public void close() {
        terms.close();
    }
}
