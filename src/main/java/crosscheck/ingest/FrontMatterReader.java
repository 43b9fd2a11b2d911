package crosscheck.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import crosscheck.core.BuildException;
import crosscheck.core.Slug;
import crosscheck.core.Warning;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Splits an optional YAML front matter block ({@code ---} ... {@code ---}) off the start of a report
 * and reads the keys Crosscheck knows. Unknown keys are warned about, never silently used.
 */
final class FrontMatterReader {
    static final Set<String> KEYS = Set.of("title", "source", "url", "published", "author", "language", "event",
            "draft");
    /** A BCP 47 tag as pages and curators write them: a primary subtag of 2 or 3 letters, then subtags. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}\"<>\\\\^`{|}]+");

    private FrontMatterReader() {
    }

    /** A report split into what its front matter says and the body that follows it. */
    record Split(FrontMatter frontMatter, String body, int bodyLine) {
    }

    static Split split(String text, String file, Consumer<Warning> warnings) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text.substring(0, firstEnd), "---")) return new Split(FrontMatter.EMPTY, text, 1);
        // only the front matter is cut into lines: the body may be megabytes
        int line = 1;
        int start = firstEnd + 1;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            String current = text.substring(start, end);
            line++;
            if (isFence(current, "---") || isFence(current, "...")) {
                String yaml = text.substring(Math.min(firstEnd + 1, start), start);
                if (yaml.endsWith("\n")) yaml = yaml.substring(0, yaml.length() - 1);
                FrontMatter frontMatter = parse(yaml, file, warnings);
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return new Split(frontMatter, body, line + 1);
            }
            start = end + 1;
        }
        throw new BuildException(file, 1, "front matter starts with '---' but is never closed",
                "end the front matter with a line holding only '---', or remove the opening '---'");
    }

    /** The index of the line break that ends the line starting at {@code start}, or the text's length. */
    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    private static boolean isFence(String line, String fence) {
        return line.strip().equals(fence);
    }

    private static FrontMatter parse(String yaml, String file, Consumer<Warning> warnings) {
        if (yaml.isBlank()) return FrontMatter.EMPTY;
        Object tree;
        try {
            tree = YamlFiles.tree(yaml, null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : at.getLineNr() + 1;
            throw new BuildException(file, line, e instanceof YamlFiles.Refused ? "front matter: " + e.getOriginalMessage()
                    : "front matter is not valid YAML: " + YamlFiles.problem(e),
                    "fix the YAML between the '---' lines (keys: " + String.join(", ", new TreeSet<>(KEYS)) + ")");
        } catch (IOException e) {
            throw new BuildException(file, 1, "cannot read the front matter: " + e.getMessage(),
                    "fix the YAML between the '---' lines");
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new BuildException(file, 2, "front matter must be a set of 'key: value' lines",
                    "write one 'key: value' per line, e.g. 'source: Example News'");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                warnings.accept(new Warning(file, lineOf(yaml, String.valueOf(key)),
                        "unknown front matter key '" + key + "' is ignored (known: "
                                + String.join(", ", new TreeSet<>(KEYS)) + ")"));
            }
        }
        // every key is read, so that one run names every bad value of the file
        List<BuildException> problems = new ArrayList<>();
        String title = read(problems, () -> string(map, "title", file, yaml));
        String source = read(problems, () -> string(map, "source", file, yaml));
        String url = read(problems, () -> url(map, file, yaml, warnings));
        LocalDate published = read(problems, () -> date(map, file, yaml));
        String author = read(problems, () -> string(map, "author", file, yaml));
        String language = read(problems, () -> language(map, file, yaml, warnings));
        String event = read(problems, () -> event(map, file, yaml));
        Boolean draft = read(problems, () -> draft(map, file, yaml));
        if (!problems.isEmpty()) throw BuildException.of(problems);
        return new FrontMatter(title, source, url, published, author, language, event, Boolean.TRUE.equals(draft));
    }

    /** The value {@code reader} gives, or null with its problem added to {@code problems}. */
    private static <T> T read(List<BuildException> problems, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (BuildException e) {
            problems.add(e);
            return null;
        }
    }

    /** {@code draft: true} or {@code draft: false}, a YAML boolean; no value is no draft. */
    private static boolean draft(Map<?, ?> map, String file, String yaml) {
        Object value = map.get("draft");
        if (value == null || (value instanceof String text && text.isBlank())) return false;
        if (value instanceof Boolean draft) return draft;
        String shown = value instanceof Map || value instanceof List ? "a list or map" : "'" + value + "'";
        throw new BuildException(file, lineOf(yaml, "draft"), "front matter 'draft' must be true or false, not "
                + shown, "write 'draft: true' to keep the report out of the published site, or remove the line");
    }

    /** The original's address, only when it is an absolute http(s) address: anything else never becomes a link. */
    private static String url(Map<?, ?> map, String file, String yaml, Consumer<Warning> warnings) {
        String text = string(map, "url", file, yaml);
        if (text == null || isWebAddress(text)) return text;
        warnings.accept(new Warning(file, lineOf(yaml, "url"), "url '" + text + "' is ignored: only http:// and "
                + "https:// addresses of the original are used; write the full address or remove the line"));
        return null;
    }

    /**
     * The report's language, only when it is a language tag ("en", "pt-BR"): it wins over what the page declares and
     * what its text shows, so a value that names no language ("Portuguese") is ignored with a warning.
     */
    private static String language(Map<?, ?> map, String file, String yaml, Consumer<Warning> warnings) {
        String text = string(map, "language", file, yaml);
        if (text == null || LANGUAGE_TAG.matcher(text).matches()) return text;
        warnings.accept(new Warning(file, lineOf(yaml, "language"), "language '" + text + "' is ignored: it is not a "
                + "language tag; write one such as 'en', 'pt' or 'pt-BR', or remove the line to have the language "
                + "taken from the page or its text"));
        return null;
    }

    static boolean isWebAddress(String text) {
        if (!WEB_ADDRESS.matcher(text).matches()) return false;
        try {
            String authority = new URI(text).getRawAuthority();
            return authority != null && !authority.isEmpty() && !authority.contains("@");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The slug the report is pinned to; it names a folder of the site, so it must be a safe one. */
    private static String event(Map<?, ?> map, String file, String yaml) {
        String slug = string(map, "event", file, yaml);
        if (slug == null || Slug.isValid(slug)) return slug;
        throw new BuildException(file, lineOf(yaml, "event"), "event '" + slug + "' is not a usable slug",
                "use lower-case letters, digits and single hyphens, e.g. 'event: pentagon-meeting'");
    }

    private static String string(Map<?, ?> map, String key, String file, String yaml) {
        Object value = map.get(key);
        if (value == null) return null;
        if (value instanceof Map || value instanceof List) {
            throw new BuildException(file, lineOf(yaml, key), "front matter '" + key + "' must be a single value",
                    "write it as '" + key + ": some text'");
        }
        // bidirectional controls could make a title, source or address read backwards: they are removed
        String text = YamlFiles.plain(String.valueOf(value));
        return text.isEmpty() ? null : text;
    }

    /**
     * A day ({@code 2024-03-26}), or a day and a time of day with an optional offset or zone
     * ({@code 2024-03-26T10:00:00Z}, {@code 2024-03-26 10:00}); an impossible day or time is an error.
     */
    private static LocalDate date(Map<?, ?> map, String file, String yaml) {
        String text = string(map, "published", file, yaml);
        if (text == null) return null;
        try {
            if (text.length() <= 10) return LocalDate.parse(text);
            String iso = text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11).strip() : text;
            iso = iso.replaceFirst(" ?(?=[+-]\\d\\d:?\\d\\d$)", "").replaceFirst("(?i) ?(utc|z)$", "Z")
                    .replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2");
            try {
                return OffsetDateTime.parse(iso).toLocalDate();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(iso).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            throw new BuildException(file, lineOf(yaml, "published"), "cannot read the date '" + text + "'",
                    "write 'published' as YYYY-MM-DD, e.g. 'published: 2024-03-26'");
        }
    }

    /** The file line of a top-level key (the front matter starts on line 2). */
    private static int lineOf(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":") || lines[i].startsWith("\"" + key + "\"")) return i + 2;
        }
        return 2;
    }
}
