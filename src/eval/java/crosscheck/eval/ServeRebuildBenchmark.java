package crosscheck.eval;

import crosscheck.Build;
import crosscheck.cache.ReportCache;
import crosscheck.core.Progress;
import crosscheck.preview.PreviewServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times what {@code serve} does after one change, in one JVM as serve runs: the first build in memory, then one
 * report changed (a sentence added) and the rebuild with the same report cache (on disk, as serve keeps it), then
 * the changed report's page fetched from the preview server, which makes it on that request (after the home page, made
 * already, so that the time is the page's and not the HTTP client's first request). Prints each with the rebuild's
 * stages, and the rebuild as a share of the full build when its time is given.
 *
 * <p>Usage: {@code ServeRebuildBenchmark CONTENT TEMPLATES [FULL_BUILD_SECONDS]}. The content folder is changed:
 * run it on a copy, e.g. a {@link SyntheticCorpus} made for the run ({@code src/eval/serve-rebuild.sh}).
 */
public final class ServeRebuildBenchmark {
    private static final String ADDED = "Aid workers said more help was needed in the coming days.";

    private ServeRebuildBenchmark() {
    }

    /** Each stage of a build with its time, e.g. "digest 1.20 s". */
    private static final class StageTimes implements Progress {
        private final List<String> stages = new ArrayList<>();

        @Override
        public void done(String stage, int count, String items, Duration elapsed) {
            stages.add(String.format(Locale.ROOT, "%s %.2f s", stage, seconds(elapsed.toNanos())));
        }

        @Override
        public String toString() {
            return String.join(", ", stages);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ServeRebuildBenchmark CONTENT TEMPLATES [FULL_BUILD_SECONDS]");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        Path unwritten = content.toAbsolutePath().resolveSibling("serve-site"); // a preview never writes it
        // the cache serve uses: on disk beside the output folder, one object for all the rebuilds of the session
        Path cache = content.toAbsolutePath().resolveSibling("serve-cache");
        Build serve = new Build(content, Path.of(args[1]), unwritten, null).withCache(ReportCache.onDisk(cache));

        StageTimes firstStages = new StageTimes();
        long start = System.nanoTime();
        Build.Preview first = serve.withProgress(firstStages).preview();
        double firstBuild = seconds(System.nanoTime() - start);

        Path changed = firstReport(content.resolve("articles"));
        addSentence(changed);
        StageTimes stages = new StageTimes();
        start = System.nanoTime();
        Build.Preview rebuilt = serve.withProgress(stages).preview();
        double rebuild = seconds(System.nanoTime() - start);

        String id = changed.getFileName().toString().replaceFirst("\\..*$", "");
        double fetch;
        try (PreviewServer server = PreviewServer.start(0)) {
            server.show(rebuilt.site());
            HttpClient http = HttpClient.newHttpClient();
            get(http, server.address().resolve("/")); // made while planning: warms up the client and server alone
            start = System.nanoTime();
            String page = get(http, server.address().resolve("/articles/" + id + "/"));
            fetch = seconds(System.nanoTime() - start);
            if (!page.contains(ADDED)) throw new IllegalStateException("the changed report's page lacks the change");
        }
        if (Files.exists(unwritten)) throw new IllegalStateException("the preview wrote " + unwritten);

        System.out.printf(Locale.ROOT, "reports %d  files %d%n", first.result().reports(), rebuilt.site().files().size());
        System.out.printf(Locale.ROOT, "first build in memory %.2f s (%s)%n", firstBuild, firstStages);
        System.out.printf(Locale.ROOT, "rebuild after one change %.2f s (%s); the changed report's page %.0f ms%n",
                rebuild, stages, fetch * 1000);
        if (args.length > 2) {
            double full = Double.parseDouble(args[2]);
            System.out.printf(Locale.ROOT, "N %d  full build %.2f s  rebuild %.2f s  ratio %.3f (with the page %.3f)%n",
                    first.result().reports(), full, rebuild, rebuild / full, (rebuild + fetch) / full);
        }
    }

    private static Path firstReport(Path articles) throws IOException {
        try (Stream<Path> files = Files.list(articles)) {
            return files.filter(Files::isRegularFile).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no reports in " + articles));
        }
    }

    /** Adds a sentence to the report: a paragraph at the end of a web page's article, else a line at the end. */
    private static void addSentence(Path report) throws IOException {
        String text = Files.readString(report, StandardCharsets.UTF_8);
        String changed = text.contains("</article>")
                ? text.replaceFirst("</article>", "<p>" + ADDED + "</p></article>")
                : text + "\n" + ADDED + "\n";
        Files.writeString(report, changed, StandardCharsets.UTF_8);
    }

    private static String get(HttpClient http, URI address) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(address).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException(address + " gave " + response.statusCode());
        return response.body();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
