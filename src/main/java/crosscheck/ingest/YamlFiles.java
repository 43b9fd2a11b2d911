package crosscheck.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the readers of the curator's YAML (site.yml, entities.yml, events.yml, front matter) share: reading a file as
 * UTF-8 whatever the system's locale, a parser that refuses what would silently change the meaning, and the errors
 * that stop the build. The parser makes these errors with their line: a key given twice in one map (a second
 * {@code events:} would drop the first list), an alias ({@code *name}, which Jackson would read as the text "name":
 * aliases are refused, not resolved; write the value out), and a value that is not text, a number or true/false (a
 * {@code !!binary} value, which would print as a Java object id).
 */
final class YamlFiles {
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** Bidirectional controls: they can make a title or an address read backwards ("Trojan Source"). */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    private YamlFiles() {
    }

    /** Reads a file from the parser's first token on. */
    interface Body<T> {
        T read(JsonParser parser) throws IOException;
    }

    /**
     * Reads the content folder's file {@code name} with {@code body}; an absent file gives {@code absent}.
     *
     * @param format how the file should look, the hint when it is not valid YAML
     */
    static <T> T read(Path contentDir, String name, String format, T absent, Body<T> body) {
        Path file = contentDir.resolve(name);
        if (!Files.isRegularFile(file)) return absent;
        String yaml = readUtf8(file, name);
        try (JsonParser parser = parser(yaml)) {
            return body.read(parser);
        } catch (JsonProcessingException e) {
            throw invalid(name, e, format);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The file's text: UTF-8 whatever the platform's charset, without a byte-order mark. */
    static String readUtf8(Path file, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BuildException(name, "the file is not UTF-8 text", "save " + name + " as UTF-8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A parser of {@code yaml} that stops at an alias or a binary value, and at a key given twice. */
    static JsonParser parser(String yaml) throws IOException {
        return new Checked(YAML.createParser(yaml));
    }

    /**
     * The YAML as maps (in file order), lists, text, numbers and booleans; null for an empty document.
     *
     * @param keyLines filled with the line of each top-level key of a map
     */
    static Object tree(String yaml, Map<String, Integer> keyLines) throws IOException {
        try (JsonParser p = parser(yaml)) {
            JsonToken token = p.nextToken();
            if (token == null) return null;
            return value(p, token, keyLines);
        }
    }

    private static Object value(JsonParser p, JsonToken token, Map<String, Integer> keyLines) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    if (keyLines != null) keyLines.put(key, p.currentTokenLocation().getLineNr());
                    map.put(key, value(p, p.nextToken(), null));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) list.add(value(p, next, null));
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new JsonParseException(p, "unexpected " + token, p.currentTokenLocation());
        }
    }

    /** The text without bidirectional control characters, stripped of surrounding white space. */
    static String plain(String text) {
        return BIDI_CONTROLS.matcher(text).replaceAll("").strip();
    }

    /** A value the readers refuse although it is valid YAML; its message is said as it is. */
    static final class Refused extends JsonParseException {
        Refused(JsonParser p, String message, JsonLocation at) {
            super(p, message, at);
        }
    }

    /** A parser that refuses aliases and binary values as it meets them. */
    private static final class Checked extends JsonParserDelegate {
        Checked(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw new Refused(this, "'*" + yaml.getText() + "' is an alias: aliases are not supported, write "
                        + "the value out", currentTokenLocation());
            }
            if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
                throw new Refused(this, "a binary value (!!binary) where text is expected: write the text itself",
                        currentTokenLocation());
            }
            return token;
        }
    }

    /** The error for a file that is not valid YAML, at the line the parser stopped on (0 when unknown). */
    static BuildException invalid(String name, JsonProcessingException e, String hint) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new BuildException(name, line, said(e), hint);
    }

    /** "not valid YAML: (the parser's complaint)", or what was refused. */
    static String said(JsonProcessingException e) {
        return e instanceof Refused ? e.getOriginalMessage() : "not valid YAML: " + problem(e);
    }

    /**
     * The parser's complaint on one line: "while parsing a flow sequence; expected ',' or ']', but got <stream end>"
     * without the excerpts and carets it draws under them (the error gives the line).
     */
    static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) return "unknown problem";
        if (message.startsWith("Duplicate field '")) {
            return "the key '" + message.substring("Duplicate field '".length()).replaceFirst("'$", "")
                    + "' is given twice: the second would silently replace the first; keep one";
        }
        String said = message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip).reduce((a, b) -> a + "; " + b).orElse(message.strip());
        return said.isEmpty() ? "unknown problem" : said;
    }

    /** The error for a file that cannot be read. */
    static BuildException unreadable(String name, IOException e) {
        return new BuildException(name, "cannot read the file: " + e.getMessage(), "check that it is readable");
    }
}
