package crosscheck.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The static files of the templates folder ({@code templates/assets/}), copied to {@code assets/} of the
 * site. Hidden files are skipped; text files get "\n" line endings so the site is the same on every OS.
 */
final class Assets {
    static final String FOLDER = "assets";
    private static final Set<String> TEXT = Set.of("css", "js", "svg", "txt", "html", "json", "xml", "map");

    private Assets() {
    }

    static void copy(Path templatesDir, Path siteDir) throws IOException {
        Path from = templatesDir.resolve(FOLDER);
        if (!Files.isDirectory(from)) return;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(from.relativize(p)))
                    .sorted()
                    .toList();
        }
        Path to = siteDir.resolve(FOLDER);
        for (Path file : files) {
            Path target = to;
            for (Path part : from.relativize(file)) target = target.resolve(part.toString());
            Files.createDirectories(target.getParent());
            byte[] bytes = Files.readAllBytes(file);
            Files.write(target, isText(file) ? unixLines(bytes) : bytes);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && TEXT.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** CRLF and CR to LF; safe on UTF-8 bytes, where 0x0D and 0x0A only ever stand for themselves. */
    static byte[] unixLines(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                out[n++] = '\n';
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') i++;
            } else {
                out[n++] = bytes[i];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
