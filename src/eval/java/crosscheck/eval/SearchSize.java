package crosscheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The size of a built site's search index (search/, see crosscheck.render.SearchIndex) and what typical searches
 * download, found by searching as assets/search.js does ({@link StaticSearch}): the manifest, the shards of the
 * query's words, then the chunks of the first page of results. Queries are folded simply (lower case, accents
 * dropped, split at what is not a letter or digit): keep them plain words. Sizes are of the files as written
 * (GitHub Pages serves JSON gzipped, smaller).
 *
 * <p>Usage: {@code java -cp target/crosscheck.jar:target/eval-classes crosscheck.eval.SearchSize SITE [QUERY ...]}
 */
public final class SearchSize {
    /**
     * Searches of the speed corpus's news (events-dev: fires, earthquakes, arrests, awards...): a name, common and
     * rarer words, a prefix ("earthq"), several words, and the worst cases: the commonest word and a one-letter
     * word.
     */
    static final List<String> QUERIES = List.of("Palin", "earthquake", "police", "arson", "killed", "earthq",
            "Sarah Palin church fire", "million dollars", "Oscar nominations", "the", "s");

    private SearchSize() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SearchSize SITE [QUERY ...]");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        StaticSearch search = new StaticSearch(site, SearchSize::words);
        printSizes(site.resolve("search"), search);
        List<String> queries = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : QUERIES;
        for (String query : queries) {
            StaticSearch.Result found = search.search(query);
            List<Integer> page = found.documents().subList(0, Math.min(StaticSearch.PAGE, found.documents().size()));
            var chunks = search.chunksOf(page);
            long bytes = 0;
            for (String file : found.read()) bytes += sizeOf(site.resolve(file));
            for (String file : chunks) bytes += sizeOf(site.resolve(file));
            System.out.printf(Locale.ROOT, "  %-30s %6d results  %d shards + %2d chunks  %7.1f KB downloaded%n",
                    "\"" + query + "\"", found.documents().size(), found.read().size() - 1, chunks.size(),
                    bytes / 1024.0);
        }
    }

    private static void printSizes(Path folder, StaticSearch search) throws IOException {
        long total = 0;
        int files = 0;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".json")).toList()) {
                total += Files.size(file);
                files++;
            }
        }
        System.out.printf(Locale.ROOT, "index: %d documents, %.1f MB in %d files; manifest %.1f KB%n",
                search.manifest().get("documents").asInt(), total / 1048576.0, files,
                sizeOf(folder.resolve("manifest.json")) / 1024.0);
        System.out.printf(Locale.ROOT, "  %d term shards, largest %s; %d document chunks, largest %s%n",
                search.manifest().get("shards").size(), largest(folder, "terms"),
                search.manifest().get("chunks").size(), largest(folder, "documents"));
    }

    private static String largest(Path folder, String name) throws IOException {
        try (Stream<Path> all = Files.list(folder.resolve(name))) {
            Path max = all.max((a, b) -> Long.compare(sizeOf(a), sizeOf(b))).orElse(null);
            return max == null ? "none" : String.format(Locale.ROOT, "%.1f KB (%s/%s)", sizeOf(max) / 1024.0, name,
                    max.getFileName());
        }
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
            throw new UncheckedIOException(e);
        }
    }
}
