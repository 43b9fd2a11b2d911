package crosscheck.cli;

import crosscheck.Build;
import crosscheck.Selection;
import crosscheck.core.BuildException;
import crosscheck.ingest.ArticleText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from the content folder. The output folder is replaced only when "
                + "the whole build succeeds.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "address the site is published at, e.g. https://user.github.io/repo/ "
                    + "(default: baseUrl of site.yml)")
    String baseUrl;

    @Option(names = "--drafts", description = "also publish the reports whose front matter says 'draft: true', "
            + "marked as drafts (default: they are left out)")
    boolean drafts;

    @Option(names = "--published", paramLabel = "DIR",
            description = "the published site, or a folder with only its digest.json, to keep event addresses from "
                    + "when content/.crosscheck/slugs misses them (default: the output folder)")
    Path published;

    @Option(names = "--allow-empty", description = "replace a site that has reports even when the build finds "
            + "none to publish (default: that is an error, as an emptied or misplaced articles folder would take "
            + "the site down)")
    boolean allowEmpty;

    @Option(names = "--digest", paramLabel = "FILE",
            description = "also write the whole digest to FILE as one JSON document, for tools and evaluations "
                    + "(the site's digest.json is an index, each event's and article's contents in data/)")
    Path digest;

    @Option(names = "--digest-text", paramLabel = "full|excerpt|none",
            description = "how much of each article's text the --digest file carries (default: as much as the "
                    + "site publishes, 'articles:' in site.yml)")
    String digestText;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.check();
        ArticleText text = digestText == null ? null : ArticleText.of(digestText);
        if (digestText != null && text == null) {
            throw new BuildException(null, "--digest-text must be full, excerpt or none, not '" + digestText + "'",
                    "write e.g. --digest-text full");
        }
        long start = System.nanoTime();
        Build.Result result;
        try {
            result = site.build(baseUrl, site.reportCache()).withDrafts(drafts).withAllowEmpty(allowEmpty)
                    .withPublished(published).withProgress(output.progress()).run(digest, text);
        } finally {
            output.closeProgress();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        output.summary(summary("Built", site.out.toString(), result, took, output.verbose()));
        if (output.verbose()) ReviewText.lines(result.review()).forEach(output::summary);
        output.warnings(result.warnings()); // last, where they are seen
        return 0;
    }

    /**
     * "Built site: 12 reports in 5 events, 2 warnings (1.2 s)", for the site written to {@code where}, with the
     * drafts among the reports ("12 reports (1 draft)") and the reports left out ("1 draft and 2 excluded reports
     * left out"); when {@code verbose}, also how many reports came from the cache.
     */
    static String summary(String verb, String where, Build.Result result, Duration took, boolean verbose) {
        int drafts = result.selection().drafts();
        return String.format("%s %s: %s%s in %s%s%s (%s%s)", verb, where, count(result.reports(), "report"),
                drafts == 0 ? "" : " (" + count(drafts, "draft") + ")",
                count(result.events(), "event"), leftOut(result.selection()),
                result.warnings().isEmpty() ? "" : ", " + count(result.warnings().size(), "warning"),
                OutputOptions.millis(took), verbose ? ", " + result.cached() + " from the cache" : "");
    }

    /** ", 1 draft left out", ", 2 excluded reports left out", ", 1 draft and 2 excluded reports left out", or "". */
    private static String leftOut(Selection chosen) {
        String drafts = chosen.draftsLeftOut() == 0 ? null : count(chosen.draftsLeftOut(), "draft");
        String excluded = chosen.excluded() == 0 ? null : chosen.excluded() + " excluded "
                + (chosen.excluded() == 1 ? "report" : "reports");
        if (drafts == null && excluded == null) return "";
        return ", " + (drafts == null ? excluded : excluded == null ? drafts : drafts + " and " + excluded)
                + " left out";
    }

    /** "1 report", "2 reports". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
