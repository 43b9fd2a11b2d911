package crosscheck.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Index terms of English text from Lucene's {@link EnglishAnalyzer}: lower-cased tokens without stop
 * words or possessives, Porter-stemmed. Thread-safe; one instance serves a whole build.
 */
public final class Terms implements AutoCloseable {
    private final Analyzer analyzer = new EnglishAnalyzer();

    /** The stems of a text in order, repeats kept. */
    public List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return out;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
