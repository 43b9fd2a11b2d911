package crosscheck.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import crosscheck.core.BuildException;
import crosscheck.core.Slug;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code content/events.yml} into a {@link Curation}; no file means no curation. */
final class CurationReader {
    static final String FILE = "events.yml";
    private static final String FORMAT = "write 'events:' with a list of entries ('- slug: ...' and optional "
            + "'title:', 'note:', 'reports: [ids]'), and optionally 'exclude: [ids]'";

    private CurationReader() {
    }

    static Curation read(Path contentDir) {
        return YamlFiles.read(contentDir, FILE, FORMAT, Curation.none(), CurationReader::curation);
    }

    private static Curation curation(JsonParser p) throws IOException {
        JsonToken token = p.nextToken();
        if (token == null || token == JsonToken.VALUE_NULL) return Curation.none();
        if (token != JsonToken.START_OBJECT) throw wrong(p, "expected 'events:' and 'exclude:'");
        List<Curation.CuratedEvent> events = new ArrayList<>();
        Set<String> exclude = new LinkedHashSet<>();
        Map<String, Integer> lines = new HashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            switch (key) {
                case "events" -> events.addAll(events(p, value, lines));
                case "exclude" -> exclude.addAll(strings(p, value, key, lines));
                default -> throw wrong(p, "unknown key '" + key + "' (keys: events, exclude)");
            }
        }
        return new Curation(events, exclude, lines);
    }

    private static List<Curation.CuratedEvent> events(JsonParser p, JsonToken token, Map<String, Integer> lines)
            throws IOException {
        List<Curation.CuratedEvent> events = new ArrayList<>();
        if (token == JsonToken.VALUE_NULL) return events;
        if (token != JsonToken.START_ARRAY) throw wrong(p, "'events' must be a list of entries ('- slug: ...')");
        Map<String, Integer> lineOfSlug = new HashMap<>();
        Map<String, String> slugOfReport = new HashMap<>();
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) throw wrong(p, "each event needs at least 'slug:'");
            int line = p.currentLocation().getLineNr();
            Curation.CuratedEvent event = event(p, line, lines);
            Integer first = lineOfSlug.putIfAbsent(event.slug(), line);
            if (first != null) {
                throw new BuildException(FILE, line, "the slug '" + event.slug() + "' is already used on line " + first,
                        "give each event its own slug, or put all its reports in one entry");
            }
            for (String report : event.reports()) {
                String other = slugOfReport.putIfAbsent(report, event.slug());
                if (other != null) {
                    throw new BuildException(FILE, line, "report '" + report + "' is pinned to both '" + other
                            + "' and '" + event.slug() + "'", "pin each report to one event");
                }
            }
            events.add(event);
        }
        return events;
    }

    private static Curation.CuratedEvent event(JsonParser p, int line, Map<String, Integer> lines)
            throws IOException {
        String slug = null;
        String title = null;
        String note = null;
        List<String> reports = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            switch (key) {
                case "slug" -> slug = scalar(p, value, key);
                case "title" -> title = scalar(p, value, key);
                case "note" -> note = scalar(p, value, key);
                case "reports" -> reports.addAll(strings(p, value, key, lines));
                default -> throw wrong(p, "unknown key '" + key + "' (keys: slug, title, note, reports)");
            }
        }
        if (slug == null) throw new BuildException(FILE, line, "an event has no 'slug'", FORMAT);
        if (!Slug.isValid(slug)) {
            throw new BuildException(FILE, line, "'" + slug + "' is not a usable slug",
                    "use lower-case letters, digits and single hyphens, e.g. 'pentagon-meeting'");
        }
        return new Curation.CuratedEvent(slug, title, note, reports);
    }

    /** A scalar or a list of them; each one's line goes into {@code lines} unless it was named before. */
    private static List<String> strings(JsonParser p, JsonToken token, String key, Map<String, Integer> lines)
            throws IOException {
        List<String> out = new ArrayList<>();
        if (token == JsonToken.START_ARRAY) {
            while ((token = p.nextToken()) != JsonToken.END_ARRAY) out.add(named(p, token, key, lines));
        } else if (token != JsonToken.VALUE_NULL) {
            out.add(named(p, token, key, lines));
        }
        return out;
    }

    private static String named(JsonParser p, JsonToken token, String key, Map<String, Integer> lines)
            throws IOException {
        String id = scalar(p, token, key);
        lines.putIfAbsent(id, p.currentLocation().getLineNr());
        return id;
    }

    private static String scalar(JsonParser p, JsonToken token, String key) throws IOException {
        if (token == null || !token.isScalarValue()) throw wrong(p, "'" + key + "' must be text");
        if (token == JsonToken.VALUE_NULL) throw wrong(p, "'" + key + "' is empty");
        String text = YamlFiles.plain(p.getText());
        if (text.isEmpty()) throw wrong(p, "'" + key + "' is empty");
        return text;
    }

    private static BuildException wrong(JsonParser p, String message) {
        return new BuildException(FILE, p.currentLocation().getLineNr(), message, FORMAT);
    }
}
