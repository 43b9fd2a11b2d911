package crosscheck.ingest;

import crosscheck.BuildException;
import crosscheck.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The ingest stage: reads a content folder ({@code site.yml}, {@code entities.yml}, {@code events.yml},
 * {@code pages/} and {@code articles/}) into a {@link Content}.
 * Files that cannot be reports (unknown kinds, empty, binary or unreadable files) are skipped with a warning,
 * and the rest of the folder is read; a file over {@value #MAX_BYTES} bytes is read only that far. Content a
 * curator must fix (broken front matter, two files with one id) stops the build with a {@link BuildException}
 * naming the file.
 */
public final class ContentReader {
    static final String ARTICLES = "articles";
    static final String SITE_FILE = "site.yml";
    /** No report is anywhere near this large; a file that is has more furniture or garbage than report. */
    static final int MAX_BYTES = 64 << 20;

    private ContentReader() {
    }

    public static Content read(Path contentDir) {
        if (contentDir == null || !Files.isDirectory(contentDir)) {
            throw new BuildException(String.valueOf(contentDir), "content folder not found",
                    "run from the project folder or pass --content DIR");
        }
        List<Warning> warnings = new ArrayList<>();
        SiteConfig site = SiteConfigReader.read(contentDir.resolve(SITE_FILE), warnings::add);
        KnownEntities known = KnownEntities.read(contentDir);
        Curation curation = CurationReader.read(contentDir);
        List<Page> pages = PagesReader.read(contentDir);
        Path articles = contentDir.resolve(ARTICLES);
        List<RawReport> reports = new ArrayList<>();
        if (!Files.isDirectory(articles)) {
            warnings.add(new Warning(ARTICLES + "/", "no articles folder: the site will have no reports"));
            return new Content(site, reports, known, curation, pages, warnings);
        }
        Map<String, String> fileById = new HashMap<>();
        List<ReportFile> files = new ArrayList<>();
        for (Path path : reportFiles(articles)) {
            String relative = contentDir.relativize(path).toString().replace('\\', '/');
            Optional<Format> format = Format.of(path.getFileName().toString());
            if (format.isEmpty()) {
                warnings.add(new Warning(relative, "not a report (.html, .htm, .txt or .md, optionally .gz): skipped"));
                continue;
            }
            String id = Format.idOf(path.getFileName().toString());
            String clash = fileById.putIfAbsent(id, relative);
            if (clash != null) {
                throw new BuildException(relative, "article id '" + id + "' is also the id of " + clash,
                        "rename one of the two files: the id is the file name without its extensions");
            }
            files.add(new ReportFile(path, relative, format.get()));
        }
        // read and decode on all cores; reports and warnings keep the files' order
        for (ReportFile.Read read : files.parallelStream().map(ReportFile::read).toList()) {
            if (read.failure() != null) throw read.failure(); // the first in file order, as when read one by one
            warnings.addAll(read.warnings());
            read.report().ifPresent(reports::add);
        }
        warnUnknownReports(curation, fileById.keySet(), warnings);
        return new Content(site, reports, known, curation, pages, warnings);
    }

    /** A curated event or exclusion naming a report that is not there is most likely a typo. */
    private static void warnUnknownReports(Curation curation, java.util.Set<String> ids, List<Warning> warnings) {
        for (Curation.CuratedEvent event : curation.events()) {
            for (String id : event.reports()) {
                if (!ids.contains(id)) {
                    warnings.add(new Warning(CurationReader.FILE, "event '" + event.slug() + "' names report '"
                            + id + "', which is not in articles/ (ids are file names without extensions)"));
                }
            }
        }
        for (String id : new java.util.TreeSet<>(curation.exclude())) {
            if (!ids.contains(id)) {
                warnings.add(new Warning(CurationReader.FILE, "'exclude' names report '" + id
                        + "', which is not in articles/"));
            }
        }
    }

    /**
     * Reads one report file, wherever it is: for the {@code extract} command and for the build.
     * Empty, binary and unreadable files give a warning and no report.
     */
    public static Optional<RawReport> readReport(Path path, String displayName, List<Warning> warnings) {
        Format format = Format.of(path.getFileName().toString()).orElse(Format.TEXT);
        return readReport(path, displayName, format, warnings);
    }

    private static Optional<RawReport> readReport(Path path, String file, Format format, List<Warning> warnings) {
        byte[] bytes;
        try {
            bytes = readBytes(path, file, warnings);
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

    /** A report file to read. */
    private record ReportFile(Path path, String file, Format format) {
        /** What reading one file gave: the report, if any, and the file's warnings; or why it cannot be used. */
        record Read(Optional<RawReport> report, List<Warning> warnings, BuildException failure) {
        }

        Read read() {
            List<Warning> warnings = new ArrayList<>();
            try {
                return new Read(readReport(path, file, format, warnings), warnings, null);
            } catch (BuildException e) {
                return new Read(Optional.empty(), warnings, e);
            }
        }
    }

    private static List<Path> reportFiles(Path articles) {
        try (Stream<Path> walk = Files.walk(articles)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BuildException(articles.toString(), "cannot list the articles folder: " + e.getMessage(),
                    "check that the folder is readable");
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
