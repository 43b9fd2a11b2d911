package crosscheck.render;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The default templates, which ship inside Crosscheck (the project's {@code templates/} folder, packaged as
 * {@code crosscheck/templates/}): a site without a templates folder of its own is built with them, and
 * {@link #copyTo} writes them out for a curator to customise.
 */
public final class BuiltInTemplates {
    private static final String RESOURCE = "/crosscheck/templates";

    private BuiltInTemplates() {
    }

    /**
     * The built-in templates as a read-only folder: a folder of the class path, or one inside the jar.
     *
     * @throws BuildException when this copy of Crosscheck was packaged without them
     */
    public static Path folder() {
        return Holder.FOLDER;
    }

    /** The jar's file system is opened once, on first use, and stays open for the life of the program. */
    private static final class Holder {
        static final Path FOLDER = locate();
    }

    private static Path locate() {
        URL url = BuiltInTemplates.class.getResource(RESOURCE);
        if (url == null) {
            throw new BuildException(null, "this copy of Crosscheck has no built-in templates",
                    "pass --templates DIR, or rebuild Crosscheck with mvn package");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return Path.of(uri);
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException opened) {
                // another part of the program opened the jar first: use its file system
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new BuildException(url.toString(), "cannot read the built-in templates: " + e.getMessage(),
                    "pass --templates DIR with a templates folder");
        }
    }

    /**
     * Writes the built-in templates (every {@code .ftlh} file and {@code assets/}) into {@code dir}, making it;
     * refuses to overwrite any file already there.
     *
     * @return the files written, relative to {@code dir}, sorted
     */
    public static List<String> copyTo(Path dir) throws IOException {
        Path from = folder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> written = new ArrayList<>();
        for (Path file : files) {
            String relative = relativeName(from, file);
            Path to = dir.resolve(relative);
            if (Files.exists(to)) {
                throw new BuildException(to.toString(), "already exists",
                        "copy the templates into an empty folder, or move this file away first");
            }
            written.add(relative);
        }
        for (Path file : files) {
            Path to = dir.resolve(relativeName(from, file));
            Files.createDirectories(to.getParent());
            Files.copy(file, to);
        }
        return written;
    }

    /** The name of {@code file} inside {@code folder}, with "/" between its parts, e.g. "assets/style.css". */
    static String relativeName(Path folder, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : folder.relativize(file)) {
            if (name.length() > 0) name.append('/');
            name.append(part);
        }
        return name.toString();
    }
}
