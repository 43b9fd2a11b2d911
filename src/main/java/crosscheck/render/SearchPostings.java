package crosscheck.render;

import crosscheck.core.Parallel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The inverted index: for every term, the documents that hold it, by number (their place in the list), ascending,
 * each marked when the term is in the document's title.
 */
final class SearchPostings {
    private final SortedMap<String, Postings> byTerm = new TreeMap<>();

    private SearchPostings() {
    }

    /** The terms of every document's title and passages; the documents are read on all cores. */
    static SearchPostings of(List<SearchDocument> documents, SearchTokens tokens) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(tokens, "tokens");
        List<Map<String, Boolean>> termsOf = Parallel.map(documents, document -> termsOf(document, tokens));
        SearchPostings index = new SearchPostings();
        for (int doc = 0; doc < termsOf.size(); doc++) {
            for (Map.Entry<String, Boolean> term : termsOf.get(doc).entrySet()) {
                index.byTerm.computeIfAbsent(term.getKey(), t -> new Postings()).add(doc, term.getValue());
            }
        }
        return index;
    }

    /** A document's terms, each with whether its title holds it. */
    private static Map<String, Boolean> termsOf(SearchDocument document, SearchTokens tokens) {
        Map<String, Boolean> inTitle = new HashMap<>();
        for (String term : tokens.of(document.title())) inTitle.put(term, true);
        for (String passage : document.passages()) {
            for (String term : tokens.of(passage)) inTitle.putIfAbsent(term, false);
        }
        return inTitle;
    }

    /** Every term, in {@link String#compareTo} order (UTF-16 code units, as JavaScript compares strings). */
    SortedMap<String, Postings> terms() {
        return java.util.Collections.unmodifiableSortedMap(byTerm);
    }

    /**
     * One term's documents, written as numbers: for each document, twice its distance from the one before (from 0
     * for the first) plus 1 when the term is in its title. [0, 5, 4] is documents 0, 2 (title) and 4.
     */
    static final class Postings {
        private int[] codes = new int[4];
        private int size;
        private int last;

        private void add(int doc, boolean title) {
            if (size == codes.length) codes = Arrays.copyOf(codes, size * 2);
            codes[size++] = (doc - last) * 2 + (title ? 1 : 0);
            last = doc;
        }

        /** The numbers as written, in document order. */
        int[] codes() {
            return Arrays.copyOf(codes, size);
        }
    }
}
