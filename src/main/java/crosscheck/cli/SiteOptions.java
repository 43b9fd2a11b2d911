package crosscheck.cli;

import crosscheck.Build;
import crosscheck.cache.ReportCache;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that say what a site is built from and into, shared by {@code build} and {@code serve}. */
final class SiteOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "content folder with site.yml and articles/ (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Freemarker templates folder (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--strict", description = "fail on any content warning; the output folder is then left as it was")
    boolean strict;

    /** The cache folder's name beside the output folder, when {@code --cache} is not given. */
    static final String CACHE = ".crosscheck-cache";

    @Option(names = "--cache", paramLabel = "DIR",
            description = "keeps each report cleaned and analysed, so that the next build redoes only the reports "
                    + "that changed (default: " + CACHE + " beside the output folder)")
    Path cache;

    @Option(names = "--no-cache", description = "clean and analyse every report, and read or write no cache")
    boolean noCache;

    /** A new cache for one process: on disk unless {@code --no-cache}. */
    ReportCache reportCache() {
        if (noCache) return ReportCache.none();
        return ReportCache.onDisk(cache != null ? cache : out.toAbsolutePath().normalize().resolveSibling(CACHE));
    }

    /** The build these options describe. */
    Build build(String baseUrl, ReportCache reportCache) {
        return new Build(content, templates, out, baseUrl).withStrict(strict).withCache(reportCache);
    }
}
