package crosscheck.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The search index of a built site, read as assets/search.js reads it: the manifest, the shard a term's binary
 * search names, the chunk of a document. A query's words are folded by the build's {@link SearchTokens}; every
 * word must match, the last also as the start of a term; results rank as the script ranks them.
 */
final class SearchIndexFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path site;
    private final JsonNode manifest;

    SearchIndexFiles(Path site) {
        this.site = site;
        this.manifest = read(SearchIndex.MANIFEST);
    }

    JsonNode manifest() {
        return manifest;
    }

    JsonNode read(String path) {
        try {
            return JSON.readTree(Files.readString(site.resolve(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document, in order, from the chunks. */
    List<JsonNode> documents() {
        List<JsonNode> out = new ArrayList<>();
        for (int k = 0; k < manifest.get("chunks").size(); k++) {
            assertEquals(out.size(), manifest.get("chunks").get(k).asInt(), "chunk " + k + " starts where named");
            read(SearchIndex.DOCUMENTS + k + ".json").get("documents").forEach(out::add);
        }
        return out;
    }

    /** Every term with its documents (number to in-title), from every shard. */
    Map<String, Map<Integer, Boolean>> terms() {
        Map<String, Map<Integer, Boolean>> out = new TreeMap<>();
        for (int k = 0; k < manifest.get("shards").size(); k++) {
            read(SearchIndex.TERMS + k + ".json").get("terms").fields()
                    .forEachRemaining(e -> out.put(e.getKey(), decode(e.getValue())));
        }
        return out;
    }

    /** The addresses of the documents a query finds, in the script's order. */
    List<String> search(String query) {
        List<String> words;
        try (SearchTokens tokens = new SearchTokens()) {
            words = List.copyOf(new LinkedHashSet<>(tokens.of(query)));
        }
        if (words.isEmpty()) return List.of();
        Map<Integer, Integer> titleHits = null;
        for (int i = 0; i < words.size(); i++) {
            List<Integer> shards = shardsOf(words.get(i), i == words.size() - 1);
            boolean prefix = shards != null && i == words.size() - 1;
            if (shards == null) shards = shardsOf(words.get(i), false);
            Map<Integer, Boolean> docs = new TreeMap<>();
            for (int k : shards) {
                var shard = read(SearchIndex.TERMS + k + ".json").get("terms").fields();
                while (shard.hasNext()) {
                    var entry = shard.next();
                    String term = entry.getKey();
                    if (!term.equals(words.get(i)) && !(prefix && term.startsWith(words.get(i)))) continue;
                    decode(entry.getValue()).forEach((doc, title) -> docs.merge(doc, title, Boolean::logicalOr));
                }
            }
            Map<Integer, Integer> next = new TreeMap<>();
            for (var doc : docs.entrySet()) {
                if (titleHits != null && !titleHits.containsKey(doc.getKey())) continue;
                int before = titleHits == null ? 0 : titleHits.get(doc.getKey());
                next.put(doc.getKey(), before + (doc.getValue() ? 1 : 0));
            }
            titleHits = next;
        }
        int all = words.size();
        List<JsonNode> documents = documents();
        return titleHits.entrySet().stream()
                .sorted((a, b) -> rank(b.getValue(), all) != rank(a.getValue(), all)
                        ? rank(b.getValue(), all) - rank(a.getValue(), all) : a.getKey() - b.getKey())
                .map(e -> documents.get(e.getKey()).get("url").asText()).toList();
    }

    private static int rank(int inTitle, int words) {
        return inTitle == words ? 2 : inTitle > 0 ? 1 : 0;
    }

    /**
     * The shard a word is in, and for the last word those of the terms it begins; null when those are more than 4,
     * where the script matches the last word whole.
     */
    List<Integer> shardsOf(String word, boolean prefix) {
        List<String> firsts = new ArrayList<>();
        manifest.get("shards").forEach(s -> firsts.add(s.asText()));
        if (firsts.isEmpty()) return List.of();
        int first = floor(firsts, word);
        int last = prefix ? floor(firsts, word + "\uffff") : first;
        if (last - first + 1 > 4) return null;
        List<Integer> out = new ArrayList<>();
        for (int k = first; k <= last; k++) out.add(k);
        return out;
    }

    private static int floor(List<String> sorted, String key) {
        int at = 0;
        for (int i = 0; i < sorted.size(); i++) if (sorted.get(i).compareTo(key) <= 0) at = i;
        return at;
    }

    static Map<Integer, Boolean> decode(JsonNode codes) {
        Map<Integer, Boolean> out = new TreeMap<>();
        int doc = 0;
        for (JsonNode code : codes) {
            doc += code.asInt() >> 1;
            out.put(doc, (code.asInt() & 1) == 1);
        }
        return out;
    }

    private static void assertEquals(int expected, int actual, String what) {
        if (expected != actual) throw new AssertionError(what + ": " + expected + " != " + actual);
    }

    /** Names of the files in a folder of the index, e.g. "search/terms/". */
    Set<String> files(String folder) {
        try (var list = Files.list(site.resolve(folder))) {
            return new java.util.TreeSet<>(list.map(p -> p.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
