package crosscheck.preview;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the raw path of a request into a file under the site folder, or refuses it. The path is
 * percent-decoded once (strict UTF-8) and split into segments; a segment that is {@code ..}, or holds a
 * slash, backslash or NUL once decoded, refuses the whole path, so no spelling of {@code ..} (plain,
 * {@code %2e%2e}, {@code ..%2f}, {@code ..\}) reaches a folder above the site.
 */
final class SitePath {
    private SitePath() {
    }

    /** The file the raw path names under {@code root}, or empty when the path is not allowed. */
    static Optional<Path> resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            Optional<String> segment = decode(raw);
            if (segment.isEmpty()) return Optional.empty();
            String s = segment.get();
            if (s.equals("..") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0 || s.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            if (!s.isEmpty() && !s.equals(".")) segments.add(s);
        }
        Path base = root.toAbsolutePath().normalize();
        Path file = base;
        try {
            for (String s : segments) file = file.resolve(s);
        } catch (RuntimeException invalid) { // InvalidPathException: a name the file system cannot hold
            return Optional.empty();
        }
        file = file.normalize();
        return file.startsWith(base) ? Optional.of(file) : Optional.empty();
    }

    /** Percent-decodes one segment; empty when an escape is broken or the bytes are not UTF-8. */
    static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) return Optional.of(raw);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] in = raw.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] != '%') {
                bytes.write(in[i]);
                continue;
            }
            if (i + 2 >= in.length) return Optional.empty();
            int high = Character.digit(in[i + 1], 16);
            int low = Character.digit(in[i + 2], 16);
            if (high < 0 || low < 0) return Optional.empty();
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
