package crosscheck.ingest;

import crosscheck.core.BuildException;
import crosscheck.core.Parallel;
import crosscheck.core.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * The ingest stage: reads a content folder ({@code site.yml}, {@code entities.yml}, {@code events.yml},
 * {@code pages/}, {@code articles/} and the event addresses of {@code .crosscheck/slugs}) into a {@link Content}.
 * Files that cannot be reports (unknown kinds, empty, binary or unreadable files) are skipped with a warning,
 * and the rest of the folder is read; a file over {@value #MAX_BYTES} bytes is read only that far. Content a
 * curator must fix (broken front matter, two files with one id, a broken {@code events.yml}) stops the build with
 * a {@link BuildException} naming the file; every file is read first, so that one run names every such problem
 * (see {@link BuildException#of}).
 */
public final class ContentReader {
    static final String ARTICLES = "articles";
    static final String SITE_FILE = "site.yml";
    /** No report is anywhere near this large; a file that is has more furniture or garbage than report. */
    static final int MAX_BYTES = 64 << 20;

    private ContentReader() {
    }

    /** The content folder, with no published site to take addresses from (see {@link #read(Path, Path)}). */
    public static Content read(Path contentDir) {
        return read(contentDir, null);
    }

    /**
     * The content folder; the event addresses of {@code .crosscheck/slugs} ({@link SlugFile}) have their gaps filled
     * from the site in {@code publishedSite} (the folder the build replaces; null for none), see
     * {@link PublishedSiteReader}.
     */
    public static Content read(Path contentDir, Path publishedSite) {
        return read(contentDir, publishedSite, ReadMemo.none());
    }

    /**
     * As {@link #read(Path, Path)}, taking from {@code memo} what the last read made of each report file that has
     * not changed since.
     */
    public static Content read(Path contentDir, Path publishedSite, ReadMemo memo) {
        Objects.requireNonNull(memo, "memo");
        if (contentDir == null || !Files.isDirectory(contentDir)) {
            throw new BuildException(String.valueOf(contentDir), "content folder not found",
                    "run from the project folder or pass --content DIR");
        }
        List<Warning> warnings = new ArrayList<>();
        // each file's problem is kept and the next file read, so that one run names them all
        List<BuildException> problems = new ArrayList<>();
        SiteConfig site = attempt(problems, () -> SiteConfigReader.read(contentDir.resolve(SITE_FILE), warnings::add));
        KnownEntities known = attempt(problems, () -> KnownEntities.read(contentDir));
        Curation curation = attempt(problems, () -> CurationReader.read(contentDir));
        List<Page> pages = attempt(problems, () -> PagesReader.read(contentDir));
        int before = warnings.size();
        PublishedAddresses slugs = SlugFile.read(contentDir, warnings::add);
        boolean damaged = warnings.size() > before;
        Path articles = contentDir.resolve(ARTICLES);
        List<RawReport> reports = new ArrayList<>();
        if (!Files.isDirectory(articles)) {
            if (!problems.isEmpty()) throw BuildException.of(problems);
            warnings.add(new Warning(ARTICLES + "/", "no articles folder: the site will have no reports"));
            return new Content(site, reports, known, curation, pages, warnings,
                    addresses(slugs, damaged, reports, curation, publishedSite, warnings));
        }
        Map<String, String> fileById = new HashMap<>();
        List<ReportFile> files = new ArrayList<>();
        for (Path path : ArticleFiles.list(contentDir, articles, warnings)) {
            String relative = contentDir.relativize(path).toString().replace('\\', '/');
            if (relative.indexOf('\uFFFD') >= 0) {
                problems.add(unreadableName(relative));
                continue;
            }
            Optional<Format> format = Format.of(path.getFileName().toString());
            if (format.isEmpty()) {
                warnings.add(new Warning(relative, "not a report (.html, .htm, .txt or .md, optionally .gz): skipped"));
                continue;
            }
            String id = Format.idOf(path.getFileName().toString());
            String clash = fileById.putIfAbsent(id, relative);
            BuildException sameId = clash == null ? null : new BuildException(relative, "article id '" + id
                    + "' is also the id of " + clash,
                    "rename one of the two files: the id is the file name without its extensions");
            files.add(new ReportFile(path, relative, format.get(), sameId));
        }
        // read and decode on all cores; reports, warnings and problems keep the files' order
        memo.begin();
        for (ReportFile.Read read : Parallel.map(files, file -> file.read(memo))) {
            problems.addAll(read.failures());
            warnings.addAll(read.warnings());
            read.report().ifPresent(reports::add);
        }
        memo.finish();
        if (curation != null) problems.addAll(unknownReports(curation, fileById.keySet()));
        if (!problems.isEmpty()) throw BuildException.of(problems);
        return new Content(site, reports, known, curation, pages, warnings,
                addresses(slugs, damaged, reports, curation, publishedSite, warnings));
    }

    /**
     * The addresses of {@code .crosscheck/slugs}, with its gaps filled from the published site when it has some: a
     * report it does not name that a site may have published (not a draft, not excluded), or a line it could not
     * read. The site's {@code digest.json}, large for a large site, is read only then.
     */
    private static PublishedAddresses addresses(PublishedAddresses slugs, boolean damaged, List<RawReport> reports,
                                                Curation curation, Path publishedSite, List<Warning> warnings) {
        if (publishedSite == null) return slugs;
        Set<String> excluded = curation == null ? Set.of() : curation.exclude();
        boolean gaps = damaged || reports.stream().anyMatch(r -> !r.draft() && !excluded.contains(r.id())
                && !slugs.slugOfReport().containsKey(r.id()));
        if (!gaps) return slugs;
        return slugs.orElse(PublishedSiteReader.read(publishedSite, warnings::add));
    }

    /**
     * The error for a file whose name the JVM could not decode (it reads as U+FFFD): under a locale that is not UTF-8
     * ({@code LANG=C}) every non-ASCII name does, and two names (é.txt, ü.txt) would become one id; under a UTF-8
     * locale the name's bytes are not UTF-8. Either way the report's id would differ from build to build.
     */
    static BuildException unreadableName(String file) {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        boolean utf8 = encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8");
        return utf8 ? new BuildException(file, "the file name is not valid UTF-8, so it cannot be read as text",
                "rename the file, e.g. with 'convmv -f latin1 -t utf8', or give it an "
                + "ASCII name")
                : new BuildException(file, "the file name is not readable in this system's encoding (" + encoding
                + ")", "run it under a UTF-8 locale: set LANG (and LC_ALL, if set) to one, e.g. "
                + "'export LC_ALL=C.UTF-8' (the ./crosscheck script does so itself where it can), or rename the file");
    }

    /** What {@code reader} gives, or null with its problem added to {@code problems}. */
    private static <T> T attempt(List<BuildException> problems, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (BuildException e) {
            problems.add(e);
            return null;
        }
    }

    /**
     * A curated event or exclusion naming a report that is not there: a typo, or a report removed from
     * {@code articles/} and not from {@code events.yml}. An error at the line naming it, so that no pin is lost unseen.
     */
    private static List<BuildException> unknownReports(Curation curation, Set<String> ids) {
        List<BuildException> out = new ArrayList<>();
        String hint = "write the report's id (its file name without extensions), or take the id out of "
                + CurationReader.FILE;
        for (Curation.CuratedEvent event : curation.events()) {
            for (String id : event.reports()) {
                if (!ids.contains(id)) {
                    out.add(new BuildException(CurationReader.FILE, curation.lines().getOrDefault(id, 0), "event '"
                            + event.slug() + "' names report '" + id + "', which is not in articles/", hint));
                }
            }
        }
        for (String id : new TreeSet<>(curation.exclude())) {
            if (!ids.contains(id)) {
                out.add(new BuildException(CurationReader.FILE, curation.lines().getOrDefault(id, 0),
                        "'exclude' names report '" + id + "', which is not in articles/", hint));
            }
        }
        out.sort(Comparator.comparingInt(BuildException::line));
        return out;
    }

    /**
     * Reads one report file, wherever it is: for the {@code extract} command and for the build.
     * Empty, binary and unreadable files give a warning and no report.
     */
    public static Optional<RawReport> readReport(Path path, String displayName, List<Warning> warnings) {
        Format format = Format.of(path.getFileName().toString()).orElse(Format.TEXT);
        return readReport(path, displayName, format, warnings);
    }

    /** The warning for a report file that was listed but is gone when read. */
    static final String GONE = "the file was moved or deleted during the build: skipped; build again to include it";

    private static Optional<RawReport> readReport(Path path, String file, Format format, List<Warning> warnings) {
        byte[] bytes;
        try {
            bytes = readBytes(path, file, warnings);
        } catch (NoSuchFileException e) {
            warnings.add(new Warning(file, GONE));
            return Optional.empty();
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            warnings.add(new Warning(file, "cannot read the file (" + why + "): skipped; check that it is readable "
                    + "and, if it ends in .gz, really gzip-compressed"));
            return Optional.empty();
        }
        if (isBlank(bytes)) {
            warnings.add(new Warning(file, "the file is empty: skipped"));
            return Optional.empty();
        }
        if (looksBinary(bytes)) {
            warnings.add(new Warning(file, "the file is binary, not text or HTML: skipped"));
            return Optional.empty();
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, format == Format.HTML);
        if (decoded.problem() != null) warnings.add(new Warning(file, decoded.problem()));
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        FrontMatterReader.Split split = FrontMatterReader.split(text, file, warnings::add);
        String id = Format.idOf(path.getFileName().toString());
        return Optional.of(new RawReport(id, file, format, split.frontMatter(), split.body(), split.bodyLine()));
    }

    /** A report file to read; {@code sameId} is the problem of a file whose id an earlier file has, or null. */
    private record ReportFile(Path path, String file, Format format, BuildException sameId) {
        /**
         * What reading one file gave: the report, if any, and the file's warnings; or why it cannot be used (its
         * id taken, its front matter broken: the file is still read for the second).
         */
        record Read(Optional<RawReport> report, List<Warning> warnings, List<BuildException> failures) {
        }

        Read read(ReadMemo memo) {
            List<BuildException> failures = new ArrayList<>();
            if (sameId != null) failures.add(sameId);
            ReadMemo.Read read;
            try {
                read = memo.read(path, () -> {
                    List<Warning> warnings = new ArrayList<>();
                    Optional<RawReport> report = readReport(path, file, format, warnings);
                    return new ReadMemo.Read(report, List.copyOf(warnings));
                });
            } catch (BuildException e) { // broken front matter: not remembered, so that it is read again
                failures.add(e);
                read = new ReadMemo.Read(Optional.empty(), List.of());
            }
            return new Read(failures.isEmpty() ? read.report() : Optional.empty(), read.warnings(), failures);
        }
    }

    /**
     * The file's bytes, gunzipped when it ends in .gz; at most {@link #MAX_BYTES} of them (a warning says when
     * there were more), so that a giant file or a gzip bomb cannot exhaust memory.
     */
    private static byte[] readBytes(Path path, String file, List<Warning> warnings) throws IOException {
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readNBytes(MAX_BYTES);
            if (in.read() >= 0) {
                warnings.add(new Warning(file, "the file is larger than " + (MAX_BYTES >> 20)
                        + " MB: only its first " + (MAX_BYTES >> 20) + " MB were read"));
            }
            return bytes;
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xFF)) return false;
        }
        return true;
    }

    /** Text has no NUL bytes and few control characters; UTF-16 text starts with a byte-order mark. */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) return false;
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) control++;
        }
        return control * 20 > sample;
    }
}
