package crosscheck.render;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.eval.StaticSearch;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search index of a built site, searched as assets/search.js searches it ({@link StaticSearch}), the query's
 * words folded by the build's {@link SearchTokens}.
 */
final class SearchIndexFiles {
    private final StaticSearch search;

    SearchIndexFiles(Path site) {
        this.search = new StaticSearch(site, query -> {
            try (SearchTokens tokens = new SearchTokens()) {
                return tokens.of(query);
            }
        });
    }

    /** Every document, in order, from the chunks. */
    List<JsonNode> documents() {
        return search.documents();
    }

    /** Every term with its documents (number to in-title), from every shard. */
    Map<String, Map<Integer, Boolean>> terms() {
        Map<String, Map<Integer, Boolean>> out = new TreeMap<>();
        for (int k = 0; k < search.manifest().get("shards").size(); k++) {
            search.read(SearchIndex.TERMS + k + ".json").get("terms").fields()
                    .forEachRemaining(e -> out.put(e.getKey(), StaticSearch.decode(e.getValue())));
        }
        return out;
    }

    /** The addresses of the documents a query finds, in the script's order. */
    List<String> search(String query) {
        List<JsonNode> documents = documents();
        return search.search(query).documents().stream().map(d -> documents.get(d).get("url").asText()).toList();
    }

    static Map<Integer, Boolean> decode(JsonNode codes) {
        return StaticSearch.decode(codes);
    }
}
