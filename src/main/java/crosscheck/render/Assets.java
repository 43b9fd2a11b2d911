package crosscheck.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The static files of the templates folder ({@code templates/assets/}), as the files of {@code assets/} in the
 * site. Hidden files are skipped; text files get "\n" line endings so the site is the same on every OS.
 */
final class Assets {
    static final String FOLDER = "assets";
    private static final Set<String> TEXT = Set.of("css", "js", "svg", "txt", "html", "json", "xml", "map");

    private Assets() {
    }

    /** The site's files for the assets, e.g. {@code assets/style.css}, sorted; each read when it is made. */
    static List<SiteFile> files(Path templatesDir) throws IOException {
        Path from = templatesDir.resolve(FOLDER);
        if (!Files.isDirectory(from)) return List.of();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(from.relativize(p)))
                    .sorted()
                    .toList();
        }
        List<SiteFile> assets = new ArrayList<>();
        for (Path file : files) {
            assets.add(new SiteFile(FOLDER + "/" + BuiltInTemplates.relativeName(from, file), out -> {
                byte[] bytes = Files.readAllBytes(file);
                out.write(isText(file) ? unixLines(bytes) : bytes);
            }));
        }
        return assets;
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
