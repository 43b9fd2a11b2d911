package crosscheck.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Index terms of English text from Lucene's {@link EnglishAnalyzer}: lower-cased tokens without
 * possessives or stop words (the Snowball English list, which Lucene ships), Porter-stemmed.
 * Thread-safe; one instance serves a whole build.
 */
public final class Terms implements AutoCloseable {
    private static final CharArraySet STOP_WORDS = snowballStopWords();
    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);

    private static CharArraySet snowballStopWords() {
        try (Reader list = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(list));
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's English stop word list is missing from the class path", e);
        }
    }

    /** The stems of a text in order, repeats kept. */
    public List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        forEach(text, (stem, surface) -> out.add(stem));
        return out;
    }

    /** Calls {@code action} with each stem of a text, in order, and the word of the text it comes from. */
    public void forEach(String text, BiConsumer<String, String> action) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                action.accept(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
