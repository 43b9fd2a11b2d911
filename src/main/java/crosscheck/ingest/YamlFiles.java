package crosscheck.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import crosscheck.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the readers of the curator's YAML files share: opening a file, and the errors that stop the build. */
final class YamlFiles {
    private static final YAMLFactory YAML = new YAMLFactory();

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
        try (JsonParser parser = YAML.createParser(Files.readString(file))) {
            return body.read(parser);
        } catch (JsonProcessingException e) {
            throw invalid(name, e, format);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The error for a file that is not valid YAML, at the line the parser stopped on (0 when unknown). */
    static BuildException invalid(String name, JsonProcessingException e, String hint) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new BuildException(name, line, "not valid YAML: " + problem(e), hint);
    }

    /**
     * The parser's complaint on one line: "while parsing a flow sequence; expected ',' or ']', but got <stream end>"
     * without the excerpts and carets it draws under them (the error gives the line).
     */
    static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) return "unknown problem";
        String said = message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip).reduce((a, b) -> a + "; " + b).orElse(message.strip());
        return said.isEmpty() ? "unknown problem" : said;
    }

    /** The error for a file that cannot be read. */
    static BuildException unreadable(String name, IOException e) {
        return new BuildException(name, "cannot read the file: " + e.getMessage(), "check that it is readable");
    }
}
