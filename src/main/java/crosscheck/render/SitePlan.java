package crosscheck.render;

import crosscheck.core.Parallel;
import crosscheck.ingest.ArticleText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every file of one build of the site, in a fixed order, each made only when asked for (see {@link SiteFile}).
 * {@link OutputFolder#replace} writes them all into an output folder; {@code serve} serves them from memory, one at
 * a time. The search index's files are planned as a group ({@link LaterFiles}) made when the whole site or one of
 * them is asked for. Made by {@link SiteRenderer#plan}.
 */
public final class SitePlan {
    private final List<SiteFile> files;
    private final Map<String, SiteFile> byPath;
    private final LaterFiles later;
    private final DigestWriter digest;

    /** Writes the whole digest as one document. */
    @FunctionalInterface
    interface DigestWriter {
        void write(ArticleText text, OutputStream out) throws IOException;
    }

    /** @param later files made together when first asked for, after {@code files} in the site's order */
    SitePlan(List<SiteFile> files, LaterFiles later, DigestWriter digest) {
        this.digest = Objects.requireNonNull(digest, "digest");
        this.later = Objects.requireNonNull(later, "later");
        this.files = List.copyOf(files);
        Map<String, SiteFile> paths = new HashMap<>();
        for (SiteFile file : this.files) {
            if (paths.putIfAbsent(file.path(), file) != null || later.owns(file.path())) {
                throw new IllegalArgumentException("two files at " + file.path());
            }
        }
        this.byPath = paths;
    }

    /** Every file, pages first, in the order a build writes them; makes the later files (the search index). */
    public List<SiteFile> files() {
        List<SiteFile> all = new ArrayList<>(files);
        all.addAll(later.files());
        return all;
    }

    /** The file at exactly this path from the site root (e.g. {@code events/x/index.html}), if the site has one. */
    public Optional<SiteFile> file(String path) {
        SiteFile file = byPath.get(path);
        if (file != null || !later.owns(path)) return Optional.ofNullable(file);
        return later.files().stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /**
     * Writes the whole digest as one document, outside the site ({@code build --digest FILE}): the schema of the
     * site's {@code digest.json} with every event's and article's contents in it, articles with as much text as
     * {@code text} gives.
     */
    public void writeDigest(ArticleText text, OutputStream out) throws IOException {
        digest.write(Objects.requireNonNull(text, "text"), out);
    }

    /** How many HTML pages the site has (the later files are none). */
    public int pages() {
        return (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
    }

    /**
     * Writes every file into an empty folder, on all cores. Files are independent, so they are the same as from
     * one thread; when files fail, the first failing file in order is reported, as in a sequential build.
     */
    void writeInto(Path dir, Runnable written) throws IOException {
        try {
            Parallel.map(files(), file -> {
                try {
                    writeFile(file, dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.run();
                return file;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeFile(SiteFile file, Path dir) throws IOException {
        Path target = dir;
        for (String name : file.path().split("/")) target = target.resolve(name);
        // most pages open a folder of their own; the data files share two, where a failed create would cost more
        if (!Files.isDirectory(target.getParent())) Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            file.writeTo(out);
        }
    }
}
