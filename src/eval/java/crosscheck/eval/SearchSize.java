package crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The size of a built site's search index (search/, see crosscheck.render.SearchIndex) and what typical searches
 * download, found by doing what assets/search.js does: the manifest, the shards of the query's words (for the last
 * word those of the terms it begins, at most 4, else its own), then the chunks of the first page of results (10).
 * Queries are folded simply (lower case, accents dropped, split at what is not a letter or digit): keep them plain
 * words. Files are counted as served, without compression (GitHub Pages gzips JSON, which makes them smaller).
 *
 * <p>Usage: {@code java -cp target/crosscheck.jar:target/eval-classes crosscheck.eval.SearchSize SITE [QUERY ...]}
 */
public final class SearchSize {
    static final int PAGE = 10;
    static final int PREFIX_SHARDS = 4;
    /**
     * Searches of the speed corpus's news (events-dev: fires, earthquakes, arrests, awards...): a name, common and
     * rarer words, a prefix ("earthq"), several words, and the worst cases: the commonest word and a one-letter
     * prefix.
     */
    static final List<String> QUERIES = List.of("Palin", "earthquake", "police", "arson", "killed", "earthq",
            "Sarah Palin church fire", "million dollars", "Oscar nominations", "the", "s");

    private final ObjectMapper json = new ObjectMapper();
    private final Path search;
    private final JsonNode manifest;
    private final List<String> firsts = new ArrayList<>();

    private SearchSize(Path site) throws IOException {
        this.search = site.resolve("search");
        this.manifest = json.readTree(search.resolve("manifest.json").toFile());
        manifest.get("shards").forEach(s -> firsts.add(s.asText()));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SearchSize SITE [QUERY ...]");
            System.exit(2);
        }
        SearchSize size = new SearchSize(Path.of(args[0]));
        size.printSizes();
        List<String> queries = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : QUERIES;
        for (String query : queries) size.printSearch(query);
    }

    private void printSizes() throws IOException {
        long total = 0;
        int files = 0;
        try (Stream<Path> all = Files.walk(search)) {
            for (Path file : all.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).toList()) {
                total += Files.size(file);
                files++;
            }
        }
        System.out.printf(Locale.ROOT, "index: %d documents, %.1f MB in %d files; manifest %.1f KB%n",
                manifest.get("documents").asInt(), total / 1048576.0, files, kb(search.resolve("manifest.json")));
        System.out.printf(Locale.ROOT, "  %d term shards, largest %s; %d document chunks, largest %s%n",
                firsts.size(), largest("terms"), manifest.get("chunks").size(), largest("documents"));
    }

    private String largest(String folder) throws IOException {
        try (Stream<Path> all = Files.list(search.resolve(folder))) {
            Path max = all.max((a, b) -> Long.compare(sizeOf(a), sizeOf(b))).orElse(null);
            return max == null ? "none" : String.format(Locale.ROOT, "%.1f KB (%s/%s)", kb(max), folder,
                    max.getFileName());
        }
    }

    private void printSearch(String query) throws IOException {
        List<String> words = List.copyOf(new LinkedHashSet<>(words(query)));
        long bytes = sizeOf(search.resolve("manifest.json"));
        Set<Integer> shardsRead = new TreeSet<>();
        Map<Integer, Integer> titleHits = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            int first = floor(word);
            int end = last ? floor(word + "\uffff") : first;
            boolean prefix = last && end - first + 1 <= PREFIX_SHARDS;
            if (!prefix) end = first;
            Map<Integer, Boolean> docs = new TreeMap<>();
            for (int k = first; k <= end && !firsts.isEmpty(); k++) {
                shardsRead.add(k);
                var terms = json.readTree(search.resolve("terms/" + k + ".json").toFile()).get("terms").fields();
                while (terms.hasNext()) {
                    var term = terms.next();
                    if (!term.getKey().equals(word) && !(prefix && term.getKey().startsWith(word))) continue;
                    int doc = 0;
                    for (JsonNode code : term.getValue()) {
                        doc += code.asInt() >> 1;
                        docs.merge(doc, (code.asInt() & 1) == 1, Boolean::logicalOr);
                    }
                }
            }
            Map<Integer, Integer> next = new TreeMap<>();
            for (var doc : docs.entrySet()) {
                if (titleHits != null && !titleHits.containsKey(doc.getKey())) continue;
                next.put(doc.getKey(), (titleHits == null ? 0 : titleHits.get(doc.getKey())) + (doc.getValue() ? 1 : 0));
            }
            titleHits = next;
        }
        for (int k : shardsRead) bytes += sizeOf(search.resolve("terms/" + k + ".json"));
        int all = words.size();
        List<Integer> found = titleHits == null ? List.of() : titleHits.entrySet().stream()
                .sorted((a, b) -> rank(b.getValue(), all) != rank(a.getValue(), all)
                        ? rank(b.getValue(), all) - rank(a.getValue(), all) : a.getKey() - b.getKey())
                .map(Map.Entry::getKey).toList();
        Set<Integer> chunks = new TreeSet<>();
        for (int doc : found.subList(0, Math.min(PAGE, found.size()))) chunks.add(chunkOf(doc));
        long chunkBytes = 0;
        for (int k : chunks) chunkBytes += sizeOf(search.resolve("documents/" + k + ".json"));
        bytes += chunkBytes;
        System.out.printf(Locale.ROOT, "  %-30s %6d results  %d shards + %2d chunks  %7.1f KB downloaded%n",
                "\"" + query + "\"", found.size(), shardsRead.size(), chunks.size(), (bytes) / 1024.0);
    }

    private static int rank(int inTitle, int words) {
        return inTitle == words ? 2 : inTitle > 0 ? 1 : 0;
    }

    private int floor(String key) {
        int at = 0;
        for (int i = 0; i < firsts.size(); i++) if (firsts.get(i).compareTo(key) <= 0) at = i;
        return at;
    }

    private int chunkOf(int doc) {
        int at = 0;
        JsonNode chunks = manifest.get("chunks");
        for (int i = 0; i < chunks.size(); i++) if (chunks.get(i).asInt() <= doc) at = i;
        return at;
    }

    static List<String> words(String query) {
        String folded = Normalizer.normalize(query.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double kb(Path file) {
        return sizeOf(file) / 1024.0;
    }
}
