package crosscheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The sample content the tests build: a copy of the project's original {@code content/} (site.yml, entities.yml,
 * pages/about.md and five reports of one event), kept under src/test/resources so that the tests never read
 * {@code content/}, which a curator replaces with their own reports. Paths are relative to the project folder,
 * where Maven runs the tests, as the tests' {@code templates/} is. A test that builds a site copies it first
 * ({@link #copyTo}): a build writes the event addresses into its content folder ({@code .crosscheck/slugs}).
 */
public final class SampleContent {
    /** The content folder: site.yml, entities.yml, articles/ and pages/. */
    public static final Path FOLDER = Path.of("src/test/resources/crosscheck/sample-content");
    /** Its five reports. */
    public static final Path ARTICLES = FOLDER.resolve("articles");

    private SampleContent() {
    }

    /** A copy of the sample content in {@code folder}, for a build to write its event addresses into. */
    public static Path copyTo(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            for (Path from : walk.toList()) {
                Path to = folder.resolve(FOLDER.relativize(from).toString());
                if (Files.isDirectory(from)) Files.createDirectories(to); else Files.copy(from, to);
            }
        }
        return folder;
    }
}
