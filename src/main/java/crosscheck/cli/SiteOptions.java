package crosscheck.cli;

import crosscheck.Build;
import crosscheck.cache.ReportCache;
import crosscheck.render.BuiltInTemplates;
import crosscheck.render.SiteFolder;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that say what a site is built from and into, shared by {@code build} and {@code serve}. */
final class SiteOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "content folder with site.yml and articles/ (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "output folder, which a build replaces whole: a new or empty folder, or a site Crosscheck "
                    + "built (it has a " + SiteFolder.MARKER + " file), apart from the content, templates and cache "
                    + "folders (default: ${DEFAULT-VALUE})")
    Path out;

    /** The templates folder used when {@code --templates} is not given and it exists. */
    static final Path TEMPLATES = Path.of("templates");

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Freemarker templates folder (default: templates when it exists, else the built-in "
                    + "templates; `crosscheck templates` copies them for you to change)")
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

    /** The templates folder: {@code --templates}, else {@code templates} when it exists, else the built-in one. */
    Path templates() {
        if (templates != null) return templates;
        return Files.isDirectory(TEMPLATES) ? TEMPLATES : BuiltInTemplates.folder();
    }

    /** The folders whose changes {@code serve} rebuilds on: the content, and the templates unless built in. */
    List<Path> watched() {
        Path folder = templates();
        boolean onDisk = folder.getFileSystem().equals(FileSystems.getDefault());
        return onDisk ? List.of(content, folder) : List.of(content);
    }

    /** The build these options describe. */
    Build build(String baseUrl, ReportCache reportCache) {
        return new Build(content, templates(), out, baseUrl).withStrict(strict).withCache(reportCache);
    }
}
