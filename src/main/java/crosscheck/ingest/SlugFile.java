package crosscheck.ingest;

import crosscheck.core.BuildException;
import crosscheck.core.Slug;
import crosscheck.core.Warning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * {@code content/.crosscheck/slugs}: the event addresses a site published, kept with the content so that a page
 * keeps its address from build to build. Each build that replaces the site rewrites it (only when it changed);
 * a curator commits it with the content and can read its changes in a diff. One entry a line, fields separated by
 * a tab, sorted; lines starting with {@code #} and blank lines are comments:
 *
 * <pre>
 * report	000_e4f0	pentagon-meeting     the report is on the page events/pentagon-meeting/
 * moved	austin-visit	pentagon-meeting  events/austin-visit/ redirects to events/pentagon-meeting/
 * </pre>
 *
 * A line that cannot be read is a {@link Warning} naming the file and line, and the rest of the file is read; the
 * next build that replaces the site writes the file anew with every address it could read (and those the published
 * site still shows). Report ids with a control character (a tab, a line break) or a space at either end cannot be
 * written safely and are left out.
 */
public final class SlugFile {
    /** The file, from the content folder. */
    public static final String FILE = ".crosscheck/slugs";
    static final String REPORT = "report";
    static final String MOVED = "moved";
    /** Unreadable lines named one by one; beyond these, one warning counts the rest. */
    static final int NAMED_LINES = 5;
    static final String HEADER = """
            # The address of each event page of this site, written by `crosscheck build`: commit this file with
            # your content, so that event pages keep their addresses from build to build (docs/how-it-works.md).
            # report<TAB>report id<TAB>slug: the report's event is at events/<slug>/
            # moved<TAB>old slug<TAB>slug: events/<old slug>/ redirects to events/<slug>/
            """;
    private static final String REWRITTEN = "; a build that replaces the site (this one, unless it fails) writes the "
            + "file anew with every address it could read";
    private static final String FORMAT = "lines are 'report<TAB>report id<TAB>slug' or 'moved<TAB>old slug<TAB>slug'";

    private SlugFile() {
    }

    /**
     * The addresses in the content folder's {@code .crosscheck/slugs}; none when there is no such file. Lines that
     * cannot be read, and a file that cannot be read at all, are warnings.
     */
    public static PublishedAddresses read(Path contentDir, Consumer<Warning> warnings) {
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(warnings, "warnings");
        Path file = contentDir.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return PublishedAddresses.none();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return PublishedAddresses.none();
        } catch (IOException e) {
            warnings.accept(new Warning(FILE, "cannot read the file (" + e.getMessage() + "): event pages keep the "
                    + "addresses the published site shows, the others may get new ones; make it readable, or "
                    + "delete it and build to write it anew"));
            return PublishedAddresses.none();
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), warnings);
    }

    /** The addresses in the text of a slugs file; see {@link #read}. */
    static PublishedAddresses parse(String text, Consumer<Warning> warnings) {
        Map<String, String> reports = new TreeMap<>();
        Map<String, String> moved = new TreeMap<>();
        Map<String, Integer> lineOfReport = new HashMap<>();
        Map<String, Integer> lineOfMove = new HashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int unreadable = 0;
        int firstSilent = 0;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] fields = line.split("\t", -1);
            String problem = problem(fields);
            if (problem != null) problem += " (" + FORMAT + ")";
            if (problem == null) {
                boolean report = fields[0].equals(REPORT);
                Map<String, Integer> seen = report ? lineOfReport : lineOfMove;
                Integer earlier = seen.putIfAbsent(fields[1], number);
                if (earlier == null) {
                    (report ? reports : moved).put(fields[1], fields[2]);
                    continue;
                }
                problem = (report ? "report '" + fields[1] + "' already has its slug" : "'" + fields[1]
                        + "' already moves") + " on line " + earlier + ": this line is left out";
            }
            unreadable++;
            if (unreadable <= NAMED_LINES) {
                warnings.accept(new Warning(FILE, number, problem + REWRITTEN));
            } else if (firstSilent == 0) {
                firstSilent = number;
            }
        }
        if (unreadable > NAMED_LINES) {
            warnings.accept(new Warning(FILE, firstSilent, (unreadable - NAMED_LINES) + " more lines from this one "
                    + "on cannot be read either" + REWRITTEN));
        }
        return PublishedAddresses.of(reports, moved);
    }

    /** Why the fields of a line are not an entry, or null when they are one. */
    private static String problem(String[] fields) {
        if (fields.length == 1 && fields[0].strip().split(" +").length == 3) {
            return "cannot read this line: its fields are separated by spaces, not tabs";
        }
        if (fields.length != 3) {
            return "cannot read this line: it has " + fields.length + (fields.length == 1 ? " field" : " fields")
                    + ", not 3 separated by tabs";
        }
        if (!fields[0].equals(REPORT) && !fields[0].equals(MOVED)) {
            return "cannot read this line: it starts with '" + fields[0] + "', not 'report' or 'moved'";
        }
        if (fields[0].equals(REPORT) && !isId(fields[1])) {
            return "cannot read this line: '" + fields[1] + "' is not a report id";
        }
        if (fields[0].equals(MOVED) && !Slug.isValid(fields[1])) {
            return "cannot read this line: '" + fields[1] + "' is not a slug";
        }
        if (!Slug.isValid(fields[2])) return "cannot read this line: '" + fields[2] + "' is not a slug";
        if (fields[1].equals(fields[2])) return "cannot read this line: '" + fields[1] + "' moves to itself";
        return null;
    }

    /** Whether a report id can be written on a line: not empty, no tab, line break or other control character. */
    static boolean isId(String id) {
        if (id.isEmpty() || !id.strip().equals(id) || id.indexOf('\uFFFD') >= 0) return false;
        return id.chars().noneMatch(Character::isISOControl);
    }

    /** The text of the file for these addresses: the header, every report's line, then every moved page's line. */
    public static String text(PublishedAddresses addresses) {
        Objects.requireNonNull(addresses, "addresses");
        StringBuilder out = new StringBuilder(HEADER);
        addresses.slugOfReport().forEach((id, slug) -> {
            if (isId(id)) out.append(REPORT).append('\t').append(id).append('\t').append(slug).append('\n');
        });
        addresses.movedTo().forEach((from, to) -> out.append(MOVED).append('\t').append(from).append('\t')
                .append(to).append('\n'));
        return out.toString();
    }

    /**
     * Writes the addresses into the content folder's {@code .crosscheck/slugs}, unless the file holds them already
     * (or there are none and there is no file): a new file, put in place whole, so that a build killed meanwhile
     * leaves the previous one.
     */
    public static void write(Path contentDir, PublishedAddresses addresses) {
        Objects.requireNonNull(contentDir, "contentDir");
        byte[] text = text(addresses).getBytes(StandardCharsets.UTF_8);
        Path file = contentDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), text)) return;
            if (addresses.isEmpty() && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return;
            Files.createDirectories(file.getParent());
            Path fresh = file.resolveSibling(".slugs-" + ProcessHandle.current().pid() + ".tmp");
            Files.write(fresh, text);
            try {
                Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(fresh);
            }
        } catch (IOException e) {
            throw new BuildException(contentDir.resolve(FILE).toString(), "cannot write the event addresses: " + e,
                    "check that the content folder is writable and build again: the site was written, but the "
                            + "addresses of its event pages were not kept for the next build");
        }
    }
}
