package crosscheck.clean.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Reads the schema.org JSON-LD scripts of a page for the article's headline, author, publisher and date. */
final class JsonLd {
    /**
     * What the JSON-LD states; any field may be null.
     *
     * @param organisations names of the organisations and web sites the scripts describe (the site's own among
     *                      them), in order, never null
     */
    record Found(String headline, String author, String publisher, String datePublished, String url,
                 String language, List<String> organisations) {
        static final Found NONE = new Found(null, null, null, null, null, null, List.of());
    }

    /** Thread-safe once built; never reconfigured. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NODES = 10_000;

    private JsonLd() {
    }

    static Found read(List<String> scripts) {
        JsonNode best = null;
        int bestRank = 0;
        List<String> organisations = new ArrayList<>();
        for (String script : scripts) {
            JsonNode root;
            try {
                root = JSON.readTree(script);
            } catch (Exception | StackOverflowError e) {
                continue; // broken or too deeply nested JSON: the page simply states nothing here
            }
            Deque<JsonNode> pending = new ArrayDeque<>();
            if (root != null) pending.push(root);
            int seen = 0;
            while (!pending.isEmpty() && seen++ < MAX_NODES) {
                JsonNode node = pending.pop();
                if (node.isArray()) {
                    node.forEach(pending::add);
                    continue;
                }
                if (!node.isObject()) continue;
                int rank = rank(node.get("@type"));
                if (organisations.size() < 20 && isOrganisation(node.get("@type"))) {
                    String name = text(node.get("name"));
                    if (name != null) organisations.add(name);
                }
                JsonNode publisher = node.get("publisher");
                if (organisations.size() < 20 && publisher != null && publisher.isObject()) pending.add(publisher);
                if (rank > bestRank) {
                    best = node;
                    bestRank = rank;
                }
                JsonNode graph = node.get("@graph");
                if (graph != null) pending.add(graph);
            }
        }
        if (best == null) return organisations.isEmpty() ? Found.NONE
                : new Found(null, null, null, null, null, null, List.copyOf(organisations));
        return new Found(text(best.get("headline")), name(best.get("author")), name(best.get("publisher")),
                text(best.get("datePublished")), url(best), text(best.get("inLanguage")), List.copyOf(organisations));
    }

    /** Organisations (news media, corporations) and web sites: what a site calls itself. */
    private static boolean isOrganisation(JsonNode type) {
        if (type == null) return false;
        Iterator<JsonNode> types = type.isArray() ? type.elements() : List.of(type).iterator();
        while (types.hasNext()) {
            String t = types.next().asText("").toLowerCase(Locale.ROOT);
            if (t.endsWith("organization") || t.equals("website") || t.equals("corporation")) return true;
        }
        return false;
    }

    /** Article types (schema.org) first, then pages. */
    private static int rank(JsonNode type) {
        if (type == null) return 0;
        int best = 0;
        Iterator<JsonNode> types = type.isArray() ? type.elements() : List.of(type).iterator();
        while (types.hasNext()) {
            String t = types.next().asText("").toLowerCase(Locale.ROOT);
            if (t.endsWith("article") || t.equals("blogposting") || t.equals("reportagenews")
                    || t.equals("analysisnewsarticle") || t.equals("posting")) {
                best = Math.max(best, 2);
            } else if (t.equals("webpage") || t.equals("itempage")) {
                best = Math.max(best, 1);
            }
        }
        return best;
    }

    private static String text(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) return node.isEmpty() ? null : text(node.get(0));
        if (node.isValueNode()) {
            String value = node.asText().strip();
            return value.isEmpty() ? null : value;
        }
        return null;
    }

    /** A name from a string, an object with "name", or an array of either (names joined with "and"). */
    private static String name(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) {
            StringBuilder names = new StringBuilder();
            int count = 0;
            for (JsonNode item : node) {
                String name = name(item.isArray() ? null : item);
                if (name == null || count >= 5) continue;
                if (count > 0) names.append(" and ");
                names.append(name);
                count++;
            }
            return count == 0 ? null : names.toString();
        }
        if (node.isObject()) return text(node.get("name"));
        return text(node);
    }

    private static String url(JsonNode node) {
        String url = text(node.get("url"));
        if (url != null) return url;
        JsonNode main = node.get("mainEntityOfPage");
        if (main == null) return null;
        return main.isObject() ? text(main.get("@id")) : text(main);
    }
}
