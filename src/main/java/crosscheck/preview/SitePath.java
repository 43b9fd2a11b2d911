package crosscheck.preview;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the raw path of a request into the path of a file from the site root, or refuses it. The path is
 * percent-decoded once (strict UTF-8) and split into segments; empty and {@code .} segments are dropped, and a
 * segment that is {@code ..}, or holds a slash, backslash or NUL once decoded, refuses the whole path, so no
 * spelling of {@code ..} (plain, {@code %2e%2e}, {@code ..%2f}, {@code ..\}) names anything but a site file.
 */
final class SitePath {
    private SitePath() {
    }

    /**
     * The path the raw request path names from the site root, segments joined by "/" ({@code events/x} for
     * {@code /events/x/}, "" for {@code /}), or empty when the path is not allowed.
     */
    static Optional<String> resolve(String rawPath) {
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
        return Optional.of(String.join("/", segments));
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
