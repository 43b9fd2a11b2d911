package crosscheck;

import java.nio.file.Path;

/**
 * The sample content the tests build: a copy of the project's original {@code content/} (site.yml, entities.yml,
 * pages/about.md and five reports of one event), kept under src/test/resources so that the tests never read
 * {@code content/}, which a curator replaces with their own reports. Paths are relative to the project folder,
 * where Maven runs the tests, as the tests' {@code templates/} is.
 */
public final class SampleContent {
    /** The content folder: site.yml, entities.yml, articles/ and pages/. */
    public static final Path FOLDER = Path.of("src/test/resources/crosscheck/sample-content");
    /** Its five reports. */
    public static final Path ARTICLES = FOLDER.resolve("articles");

    private SampleContent() {
    }
}
