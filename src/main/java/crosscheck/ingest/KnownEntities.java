package crosscheck.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The curated list of people, places and organisations in {@code content/entities.yml}: the digest names
 * each by one name and gives it the kind the list says, whatever spelling a report uses. Format:
 *
 * <pre>
 * - name: Yoav Gallant
 *   kind: person                      # person, place, organisation (or organization), other
 *   aliases: [Galant, Galante]        # optional: other spellings of the same name
 * - name: Rafah
 *   kind: place
 * </pre>
 *
 * @param entries the entries in file order
 */
public record KnownEntities(List<Entry> entries) {
    /** The file name, in the content folder. */
    public static final String FILE = "entities.yml";
    private static final String FORMAT = "write a list of entries such as '- name: Rafah' with 'kind: place' "
            + "on the next line, indented (kinds: person, place, organisation, other; optional 'aliases: [...]')";

    /** What a known entity is. */
    public enum Kind { PERSON, PLACE, ORGANISATION, OTHER }

    /**
     * One curated entity.
     *
     * @param name    the name the digest uses
     * @param kind    what it is
     * @param aliases other spellings reports use, in file order
     */
    public record Entry(String name, Kind kind, List<String> aliases) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            aliases = List.copyOf(aliases);
        }
    }

    public KnownEntities {
        entries = List.copyOf(entries);
    }

    /** No curated entities: the rules alone decide. */
    public static KnownEntities none() {
        return new KnownEntities(List.of());
    }

    /**
     * Reads {@code entities.yml} of a content folder; an absent file gives an empty list. A file that is
     * not valid YAML, or not a list of entries as above, stops the build with the file and line.
     */
    public static KnownEntities read(Path contentDir) {
        return YamlFiles.read(contentDir, FILE, FORMAT, none(), parser -> new KnownEntities(entries(parser)));
    }

    private static List<Entry> entries(JsonParser p) throws IOException {
        List<Entry> entries = new ArrayList<>();
        JsonToken token = p.nextToken();
        if (token == null || token == JsonToken.VALUE_NULL) return entries;
        if (token != JsonToken.START_ARRAY) throw wrong(p, "expected a list of entries ('- name: ...')");
        Map<String, Integer> lineOfName = new TreeMap<>();
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) throw wrong(p, "each entry needs 'name:' and 'kind:'");
            int line = line(p);
            Entry entry = entry(p, line);
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(0, entry.name());
            for (String name : names) {
                Integer first = lineOfName.putIfAbsent(name.toLowerCase(Locale.ROOT), line);
                if (first != null) {
                    throw new BuildException(FILE, line, "'" + name + "' is already listed on line " + first,
                            "list each name or alias once");
                }
            }
            entries.add(entry);
        }
        return entries;
    }

    private static Entry entry(JsonParser p, int line) throws IOException {
        String name = null;
        Kind kind = null;
        List<String> aliases = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
            String key = p.currentName();
            if (seen.contains(key)) throw wrong(p, "'" + key + "' is given twice in one entry");
            seen.add(key);
            JsonToken value = p.nextToken();
            switch (key) {
                case "name" -> name = scalar(p, value, key);
                case "kind" -> kind = kind(p, scalar(p, value, key));
                case "aliases" -> {
                    if (value == JsonToken.START_ARRAY) {
                        while ((value = p.nextToken()) != JsonToken.END_ARRAY) aliases.add(scalar(p, value, key));
                    } else {
                        aliases.add(scalar(p, value, key));
                    }
                }
                default -> throw wrong(p, "unknown key '" + key + "' (keys: name, kind, aliases)");
            }
        }
        if (name == null) throw new BuildException(FILE, line, "an entry has no 'name'", FORMAT);
        if (kind == null) throw new BuildException(FILE, line, "'" + name + "' has no 'kind'", FORMAT);
        return new Entry(name, kind, aliases);
    }

    private static String scalar(JsonParser p, JsonToken value, String key) throws IOException {
        if (value == null || !value.isScalarValue() || value == JsonToken.VALUE_NULL) {
            throw wrong(p, "'" + key + "' must be text");
        }
        String text = YamlFiles.plain(p.getText()).replaceAll("\\s+", " ");
        if (text.isEmpty()) throw wrong(p, "'" + key + "' is empty");
        return text;
    }

    private static Kind kind(JsonParser p, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "person" -> Kind.PERSON;
            case "place" -> Kind.PLACE;
            case "organisation", "organization" -> Kind.ORGANISATION;
            case "other" -> Kind.OTHER;
            default -> throw wrong(p, "unknown kind '" + text + "' (kinds: person, place, organisation, other)");
        };
    }

    private static BuildException wrong(JsonParser p, String message) {
        return new BuildException(FILE, line(p), message, FORMAT);
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation() == null ? 0 : p.currentTokenLocation().getLineNr();
    }
}
