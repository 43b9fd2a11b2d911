package crosscheck.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import crosscheck.core.Slug;
import crosscheck.core.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The addresses of the site a build is about to replace, from its {@code digest.json}: each event's id (its page is
 * {@code events/<id>/}) with the ids of its reports, and the pages that redirect ({@code redirects}). They fill the
 * gaps of {@code .crosscheck/slugs}: a site built before that file existed keeps its addresses on its first build,
 * and so does a report whose line of that file could not be read. Read as a stream, so that the reports' text is
 * skipped, not held. The folder may be a whole site (one built before the {@code .crosscheck-site} marker existed
 * too) or hold only a copy of the published {@code digest.json}, as the Pages workflow fetches it.
 */
public final class PublishedSiteReader {
    static final String DIGEST = "digest.json";
    private static final JsonFactory JSON = new JsonFactory();

    private PublishedSiteReader() {
    }

    /**
     * The addresses the site in {@code siteDir} shows; none when it has no {@code digest.json}. A
     * {@code digest.json} that cannot be read is a warning, naming it.
     */
    public static PublishedAddresses read(Path siteDir, Consumer<Warning> warnings) {
        Objects.requireNonNull(siteDir, "siteDir");
        Objects.requireNonNull(warnings, "warnings");
        Path file = siteDir.resolve(DIGEST);
        if (!Files.isRegularFile(file)) return PublishedAddresses.none();
        Map<String, String> reports = new TreeMap<>();
        Map<String, String> moved = new TreeMap<>();
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("events") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) event(p, reports);
                } else if (field.equals("redirects") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) redirect(p, moved);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            warnings.accept(new Warning(file.toString(), "cannot read the addresses of the published site ("
                    + why(e) + "): event pages the slugs file does not name "
                    + "may get new addresses; build again to write a whole digest.json"));
            return PublishedAddresses.none();
        }
        return PublishedAddresses.of(reports, moved);
    }

    private static String why(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }

    /** One event: its id and its reports' ids; an id that is not a slug is passed over. */
    private static void event(JsonParser p, Map<String, String> reports) throws IOException {
        String id = null;
        List<String> articles = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("id") && value == JsonToken.VALUE_STRING) {
                id = p.getText();
            } else if (field.equals("articles") && value == JsonToken.START_ARRAY) {
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) articles.add(p.getText()); else p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
        }
        if (!Slug.isValid(id)) return;
        for (String article : articles) reports.putIfAbsent(article, id);
    }

    /** One redirect: {@code {"id": old slug, "event": its event's slug}}. */
    private static void redirect(JsonParser p, Map<String, String> moved) throws IOException {
        String from = null;
        String to = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("id") && value == JsonToken.VALUE_STRING) {
                from = p.getText();
            } else if (field.equals("event") && value == JsonToken.VALUE_STRING) {
                to = p.getText();
            } else {
                p.skipChildren();
            }
        }
        if (Slug.isValid(from) && Slug.isValid(to) && !from.equals(to)) moved.putIfAbsent(from, to);
    }
}
