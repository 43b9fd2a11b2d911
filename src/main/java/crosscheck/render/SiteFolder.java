package crosscheck.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a folder is a site Crosscheck built, and so one a build may replace whole, and how many reports it has.
 *
 * <p>Every site has a marker file, {@value #MARKER}: a dotfile (GitHub Pages' upload action leaves dotfiles out,
 * and it tells nothing that the site does not), whose first line is {@code Crosscheck site, format 1} and whose
 * second is {@code reports: N}, the number of reports on the site. A folder holding that file is a site.
 *
 * <p>Sites built before the marker existed are recognised once, by what every one of them has: a {@code digest.json}
 * that is Crosscheck's (a JSON object with the arrays {@code "events"} and {@code "articles"}), an {@code index.html}
 * and an {@code assets/} folder beside it, and nothing at the top but the names a Crosscheck site has. The build that
 * replaces one writes the marker. Any other folder that holds files is not a site and is never replaced.
 */
public final class SiteFolder {
    /** The marker file every site has at its top. */
    public static final String MARKER = ".crosscheck-site";
    /** The marker's first line: the format of the marker and of the site around it. */
    static final String FIRST_LINE = "Crosscheck site, format 1";

    private static final Pattern FIRST = Pattern.compile("Crosscheck site, format [1-9][0-9]{0,8}");
    private static final Pattern REPORTS = Pattern.compile("reports: ([0-9]{1,9})");
    /**
     * Every name at the top of a site that Crosscheck built before the marker. Sites today own the same names but
     * {@code search.json} (the search index is now in {@code search/}); a build replaces the whole folder, so a
     * {@code search.json} left by an older build goes with it.
     */
    private static final Set<String> UNMARKED_SITE_NAMES = Set.of(".nojekyll", "404.html", "archive", "articles",
            "assets", "digest.json", "events", "feed.json", "feed.xml", "index.html", "organisations", "outlets",
            "pages", "people", "places", "robots.txt", "search", "search.json", "sitemap.xml", "data");

    /**
     * What a folder is, as an output folder.
     *
     * @param replaceable whether a build may replace it: missing, empty, or a site Crosscheck built
     * @param reports     how many reports the site there has: 0 when there is none; -1 when it is a site whose count
     *                    is not known
     * @param problem     why it may not be replaced ("it is a file", ...), or null
     */
    record State(boolean replaceable, int reports, String problem) {
        static State replaceable(int reports) {
            return new State(true, reports, null);
        }

        static State refused(String problem) {
            return new State(false, 0, problem);
        }
    }

    private SiteFolder() {
    }

    /** The marker's text for a site of {@code reports} reports. */
    static String marker(int reports) {
        return FIRST_LINE + "\nreports: " + reports + "\n"
                + "This folder is a site that `crosscheck build` made. The next build into it replaces the whole\n"
                + "folder, so keep nothing else in it.\n";
    }

    /** What {@code dir} is as an output folder; refuses what it cannot read rather than guess. */
    static State examine(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return State.replaceable(0);
        if (Files.isSymbolicLink(dir)) return State.refused("it is a symbolic link");
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return State.refused("it is a file");
        List<String> names;
        try {
            names = names(dir);
        } catch (IOException e) {
            return State.refused("it cannot be read (" + e.getMessage() + ")");
        }
        if (names.isEmpty()) return State.replaceable(0);
        Path marker = dir.resolve(MARKER);
        if (Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) return marked(marker);
        return unmarked(dir, names);
    }

    /** How many reports the site in {@code dir} has: 0 when there is none there, -1 when not known. */
    static int reports(Path dir) {
        State state = examine(dir);
        return state.replaceable() ? state.reports() : 0;
    }

    private static State marked(Path marker) {
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return State.refused("its " + MARKER + " is not a file Crosscheck wrote");
        }
        List<String> lines;
        try {
            byte[] head = readHead(marker, 4096);
            lines = new String(head, StandardCharsets.UTF_8).lines().limit(2).toList();
        } catch (IOException e) {
            return State.refused("its " + MARKER + " cannot be read (" + e.getMessage() + ")");
        }
        if (lines.isEmpty() || !FIRST.matcher(lines.get(0)).matches()) {
            return State.refused("its " + MARKER + " is not one Crosscheck wrote (the first line is not '"
                    + FIRST_LINE + "')");
        }
        Matcher count = lines.size() > 1 ? REPORTS.matcher(lines.get(1)) : null;
        return State.replaceable(count != null && count.matches() ? Integer.parseInt(count.group(1)) : -1);
    }

    /** A site from before the marker, or a folder that is not ours. */
    private static State unmarked(Path dir, List<String> names) {
        String notASite = "it holds files but no " + MARKER + ", so it is not a site Crosscheck built";
        Path digest = dir.resolve(PageFactory.DIGEST_JSON);
        if (!Files.isRegularFile(digest, LinkOption.NOFOLLOW_LINKS)) return State.refused(notASite);
        List<String> missing = new ArrayList<>();
        if (!Files.isRegularFile(dir.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)) missing.add("index.html");
        if (!Files.isDirectory(dir.resolve(Assets.FOLDER), LinkOption.NOFOLLOW_LINKS)) missing.add("assets/");
        if (!missing.isEmpty()) {
            return State.refused(notASite + ": it has a digest.json, but no " + String.join(" or ", missing));
        }
        Set<String> strangers = new TreeSet<>(names);
        strangers.removeAll(UNMARKED_SITE_NAMES);
        if (!strangers.isEmpty()) {
            return State.refused(notASite + ": it also holds " + listed(strangers) + ", which a site does not");
        }
        int articles = digestArticles(digest);
        if (articles < 0) {
            return State.refused(notASite + ": its digest.json is not one Crosscheck wrote");
        }
        return State.replaceable(articles);
    }

    private static String listed(Set<String> names) {
        List<String> some = names.stream().limit(5).map(n -> "'" + n + "'").toList();
        return String.join(", ", some) + (names.size() > some.size() ? " and " + (names.size() - some.size())
                + " more" : "");
    }

    /**
     * The number of articles in a {@code digest.json} of Crosscheck's shape (an object with the arrays
     * {@code "events"} and {@code "articles"}), or -1 when it is not one. Reads it as a stream, keeping nothing.
     */
    static int digestArticles(Path digest) {
        try (InputStream in = Files.newInputStream(digest);
                JsonParser json = new JsonFactory().createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) return -1;
            boolean events = false;
            int articles = -1;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.getCurrentName();
                JsonToken value = json.nextToken();
                if (field.equals("events") && value == JsonToken.START_ARRAY) {
                    events = true;
                    json.skipChildren();
                } else if (field.equals("articles") && value == JsonToken.START_ARRAY) {
                    articles = 0;
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        if (json.currentToken() != JsonToken.START_OBJECT) return -1;
                        json.skipChildren();
                        articles++;
                    }
                } else {
                    json.skipChildren();
                }
            }
            return events && json.currentToken() == JsonToken.END_OBJECT ? articles : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static List<String> names(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) names.add(entry.getFileName().toString());
        }
        return names;
    }

    private static byte[] readHead(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(limit);
        }
    }
}
