package crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A built site's search index (search/, see crosscheck.render.SearchIndex) searched as assets/search.js searches
 * it: the manifest, each word's shard found by a binary search over the first terms, for the last word also the
 * shards of the terms it begins (at most {@link #PREFIX_SHARDS}, else it matches whole), every word matching;
 * documents with every word in their title first, then those with some, then the rest, in the site's order.
 * The tests check the index through it, {@link SearchSize} measures what a search downloads.
 */
public final class StaticSearch {
    /** Results the script shows at first and then at each "More results". */
    public static final int PAGE = 10;
    static final int PREFIX_SHARDS = 4;

    /**
     * What a search found and read.
     *
     * @param documents the documents found, by number, in the order shown
     * @param read      the index's files read to find them, from the site root: the manifest and the shards
     */
    public record Result(List<Integer> documents, Set<String> read) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path site;
    private final Function<String, List<String>> words;
    private final JsonNode manifest;
    private final List<String> firsts = new ArrayList<>();
    private final List<Integer> chunks = new ArrayList<>();

    /**
     * @param site  the built site
     * @param words the folded words of a query, as the script makes them
     */
    public StaticSearch(Path site, Function<String, List<String>> words) {
        this.site = Objects.requireNonNull(site, "site");
        this.words = Objects.requireNonNull(words, "words");
        this.manifest = read("search/manifest.json");
        manifest.get("shards").forEach(s -> firsts.add(s.asText()));
        manifest.get("chunks").forEach(c -> chunks.add(c.asInt()));
    }

    public JsonNode manifest() {
        return manifest;
    }

    /** A file of the site as JSON, by its path from the site root. */
    public JsonNode read(String path) {
        try {
            return JSON.readTree(Files.readString(site.resolve(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result search(String query) {
        List<String> folded = List.copyOf(new LinkedHashSet<>(words.apply(query)));
        Set<String> read = new LinkedHashSet<>(List.of("search/manifest.json"));
        Map<Integer, Integer> inTitle = null;
        for (int i = 0; i < folded.size() && !firsts.isEmpty(); i++) {
            String word = folded.get(i);
            int first = floor(firsts, word);
            int last = i == folded.size() - 1 ? floor(firsts, word + "\uffff") : first;
            boolean prefix = i == folded.size() - 1;
            if (last - first + 1 > PREFIX_SHARDS) {
                last = first;
                prefix = false;
            }
            Map<Integer, Boolean> found = new TreeMap<>();
            for (int k = first; k <= last; k++) {
                String shard = "search/terms/" + k + ".json";
                read.add(shard);
                var terms = read(shard).get("terms").fields();
                while (terms.hasNext()) {
                    var term = terms.next();
                    if (!term.getKey().equals(word) && !(prefix && term.getKey().startsWith(word))) continue;
                    decode(term.getValue()).forEach((doc, title) -> found.merge(doc, title, Boolean::logicalOr));
                }
            }
            Map<Integer, Integer> next = new TreeMap<>();
            for (var doc : found.entrySet()) {
                if (inTitle != null && !inTitle.containsKey(doc.getKey())) continue;
                next.put(doc.getKey(), (inTitle == null ? 0 : inTitle.get(doc.getKey())) + (doc.getValue() ? 1 : 0));
            }
            inTitle = next;
        }
        if (inTitle == null) return new Result(List.of(), read);
        int all = folded.size();
        Map<Integer, Integer> titles = inTitle;
        List<Integer> ranked = titles.keySet().stream()
                .sorted(Comparator.comparingInt((Integer doc) -> -rank(titles.get(doc), all))
                        .thenComparingInt(doc -> doc))
                .toList();
        return new Result(ranked, read);
    }

    /** The chunk files that hold these documents, from the site root, in order. */
    public Set<String> chunksOf(List<Integer> documents) {
        Set<String> out = new java.util.TreeSet<>(Comparator.comparingInt(StaticSearch::number));
        for (int doc : documents) out.add("search/documents/" + floor(chunks, doc) + ".json");
        return out;
    }

    /** Every document, in order, from the chunks. */
    public List<JsonNode> documents() {
        List<JsonNode> out = new ArrayList<>();
        for (int k = 0; k < chunks.size(); k++) {
            if (out.size() != chunks.get(k)) throw new IllegalStateException("chunk " + k + " starts elsewhere");
            read("search/documents/" + k + ".json").get("documents").forEach(out::add);
        }
        return out;
    }

    /** A term's documents, by number, each with whether its title holds the term, from the written postings. */
    public static Map<Integer, Boolean> decode(JsonNode codes) {
        Map<Integer, Boolean> out = new TreeMap<>();
        int doc = 0;
        for (JsonNode code : codes) {
            doc += code.asInt() >> 1;
            out.put(doc, (code.asInt() & 1) == 1);
        }
        return out;
    }

    private static int rank(int inTitle, int words) {
        return inTitle == words ? 2 : inTitle > 0 ? 1 : 0;
    }

    /** The last place whose value is at most {@code key} in a strictly ascending list; 0 when none is. */
    private static <T extends Comparable<? super T>> int floor(List<T> sorted, T key) {
        int found = java.util.Collections.binarySearch(sorted, key);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    private static int number(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return Integer.parseInt(name.substring(0, name.length() - ".json".length()));
    }
}
