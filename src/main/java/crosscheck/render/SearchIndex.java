package crosscheck.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import crosscheck.core.Parallel;
import crosscheck.ingest.ArticleText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The full-text index the search page ({@code search/}, script {@code assets/search.js}) reads in the browser, with
 * no server, written in small files so that a search downloads a few of them, whatever the size of the site:
 * <pre>
 * search/manifest.json     {"format": 1, "documents": N, "shards": [first term of each shard],
 *                           "chunks": [first document of each chunk]}
 * search/terms/K.json      {"terms": {"term": [postings], ...}}: a range of terms in {@link String#compareTo} order,
 *                          one term a line (postings as {@link SearchPostings.Postings#codes})
 * search/documents/K.json  {"documents": [{"type", "title", "url", "passages", "draft"}, ...]}: a run of
 *                          documents ({@link SearchDocument}) in order, one a line
 * </pre>
 * The script finds the shard of a term by the manifest's first terms (a binary search), and the shards holding
 * the terms that start with the query's last word the same way; a result's chunk by the first documents. Shards
 * and chunks are filled to {@link #SHARD_BYTES} and {@link #CHUNK_BYTES}; a single term or document larger than
 * that gets a file of its own. Files are compact JSON, "\n" line endings and a final newline; the same site
 * gives the same bytes.
 */
final class SearchIndex {
    /** The search page's folder, which holds the index. */
    static final String FOLDER = "search/";
    static final String MANIFEST = FOLDER + "manifest.json";
    static final String TERMS = FOLDER + "terms/";
    static final String DOCUMENTS = FOLDER + "documents/";
    static final int FORMAT = 1;
    /** Most bytes of a term shard, unless one term alone is larger. */
    static final int SHARD_BYTES = 32 * 1024;
    /** Most bytes of a document chunk, unless one document alone is larger. */
    static final int CHUNK_BYTES = 8 * 1024;

    /** Room for a file's opening and closing around its lines. */
    private static final int ENVELOPE = 32;
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    @JsonPropertyOrder({"format", "documents", "shards", "chunks"})
    record Manifest(int format, int documents, List<String> shards, List<Integer> chunks) {
    }

    @JsonPropertyOrder({"type", "title", "url", "passages", "draft"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record DocumentJson(String type, String title, String url, List<String> passages, Boolean draft) {
        static DocumentJson of(SearchDocument document) {
            return new DocumentJson(document.type(), document.title(), document.url(), document.passages(),
                    document.draft() ? Boolean.TRUE : null);
        }
    }

    /** A file's lines (each a JSON member or element) and where the first one starts in the whole list. */
    private record Group(int first, List<String> lines) {
    }

    private SearchIndex() {
    }

    /** The index's files for the site: the manifest first, then the term shards, then the document chunks. */
    static List<SiteFile> files(SiteIndex index, ArticleText published) {
        List<SiteFile> files = new ArrayList<>();
        write(SearchDocuments.of(index, published)).forEach((path, text) -> files.add(SiteFile.text(path, () -> text)));
        return files;
    }

    /** Every file of the index for these documents, by path from the site root, in the order described above. */
    static Map<String, String> write(List<SearchDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        SortedMap<String, SearchPostings.Postings> terms;
        try (SearchTokens tokens = new SearchTokens()) {
            terms = SearchPostings.of(documents, tokens).terms();
        }
        List<String> termNames = List.copyOf(terms.keySet());
        List<String> termLines = new ArrayList<>(termNames.size());
        for (String term : termNames) termLines.add(json(term) + ":" + codes(terms.get(term).codes()));
        List<String> documentLines = Parallel.map(documents, d -> json(DocumentJson.of(d)));
        List<Group> shards = group(termLines, SHARD_BYTES - ENVELOPE);
        List<Group> chunks = group(documentLines, CHUNK_BYTES - ENVELOPE);

        Map<String, String> files = new LinkedHashMap<>();
        files.put(MANIFEST, json(new Manifest(FORMAT, documents.size(),
                shards.stream().map(s -> termNames.get(s.first())).toList(),
                chunks.stream().map(Group::first).toList())) + "\n");
        writeGroups(files, TERMS, shards, "{\"terms\":{", "}}\n");
        writeGroups(files, DOCUMENTS, chunks, "{\"documents\":[", "]}\n");
        return files;
    }

    private static void writeGroups(Map<String, String> files, String folder, List<Group> groups, String open,
                                    String close) {
        for (int k = 0; k < groups.size(); k++) {
            files.put(folder + k + ".json", open + "\n" + String.join(",\n", groups.get(k).lines()) + "\n" + close);
        }
    }

    /**
     * The lines in runs of at most {@code budget} bytes (UTF-8, with the separators), in order; a line longer than
     * the budget makes a run of its own.
     */
    private static List<Group> group(List<String> lines, int budget) {
        List<Group> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int first = 0;
        int bytes = 0;
        for (int i = 0; i < lines.size(); i++) {
            int size = lines.get(i).getBytes(StandardCharsets.UTF_8).length + 2;
            if (!current.isEmpty() && bytes + size > budget) {
                groups.add(new Group(first, List.copyOf(current)));
                current.clear();
                first = i;
                bytes = 0;
            }
            current.add(lines.get(i));
            bytes += size;
        }
        if (!current.isEmpty()) groups.add(new Group(first, List.copyOf(current)));
        return groups;
    }

    private static String codes(int[] codes) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < codes.length; i++) {
            if (i > 0) out.append(',');
            out.append(codes[i]);
        }
        return out.append(']').toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }
}
