package crosscheck.analyse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Index terms of English text from Lucene's {@link EnglishAnalyzer}: lower-cased tokens without
 * possessives or stop words (the Snowball English list, which Lucene ships), Porter-stemmed.
 * Thread-safe; one instance serves a whole build, and hands out one String object for each distinct stem.
 */
public final class Terms implements AutoCloseable {
    private static final CharArraySet STOP_WORDS = snowballStopWords();
    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);
    /**
     * One String object per distinct stem (and word, see {@link #shared}): the stems of a build's reports are a few
     * thousand words used millions of times, and every report keeps its stems and their words.
     */
    private final Map<String, String> shared = new ConcurrentHashMap<>();

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
                action.accept(shared(term.toString()), text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
    }

    /** The one String object this instance hands out for the text of {@code s}. */
    String shared(String s) {
        String known = shared.putIfAbsent(s, s);
        return known != null ? known : s;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
