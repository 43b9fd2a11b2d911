package crosscheck.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The search terms of a text: Lucene's {@link StandardTokenizer} (Unicode word boundaries), lower-cased, folded to
 * ASCII where Lucene knows how ({@link ASCIIFoldingFilter}: "Galánt" and "Gałant" give "galant", "’" gives "'"),
 * then what is left decomposed with its combining marks dropped (Greek and Cyrillic accents), final sigma made
 * sigma, and a trailing possessive "'s" dropped ("Hamas's" gives "hamas").
 *
 * <p>{@code assets/search.js} folds the reader's query the same way ({@code fold} and {@code terms} there, exposed as
 * {@code window.CrosscheckSearch}); {@code src/test/resources/crosscheck/render/search-folding.tsv} holds the
 * tricky words both are tested on. Change the two together. Thread-safe.
 */
final class SearchTokens implements AutoCloseable {
    /** Longer tokens (a run of digits, a mangled address) are left out of the index: nobody types them. */
    static final int LONGEST = 40;
    /** The combining marks the search script drops too; keep the two lists the same. */
    private static final Pattern MARKS =
            Pattern.compile("[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]");

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream folded = new MarkFolding(new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            return new TokenStreamComponents(source, folded);
        }
    };

    /** The terms of {@code text} in order, repeats kept; none for null. */
    List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0 && term.length() <= LONGEST) out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return out;
    }

    /** What {@link MarkFolding} does to one lower-cased, ASCII-folded token. */
    static String foldMarks(String token) {
        Objects.requireNonNull(token, "token");
        String out = token;
        if (!out.chars().allMatch(c -> c < 0x80)) {
            out = Normalizer.normalize(out, Normalizer.Form.NFD);
            out = MARKS.matcher(out).replaceAll("");
            out = Normalizer.normalize(out, Normalizer.Form.NFC).replace('ς', 'σ');
        }
        return out.endsWith("'s") ? out.substring(0, out.length() - 2) : out;
    }

    @Override
    public void close() {
        analyzer.close();
    }

    /** {@link #foldMarks} on every token. */
    private static final class MarkFolding extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        MarkFolding(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            String folded = foldMarks(term.toString());
            term.setEmpty().append(folded);
            return true;
        }
    }
}
