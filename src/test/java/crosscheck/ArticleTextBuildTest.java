package crosscheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published site shows an excerpt of each report by default; the curator's preview shows the whole text. */
class ArticleTextBuildTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String LATE = "The last paragraph tells how the harbour pilots joined the strike at dawn.";

    @TempDir
    Path dir;

    private Path content;

    @BeforeEach
    void content() throws IOException {
        content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yml"), "title: Digest\n", StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            text.append("Paragraph ").append(i).append(" says the dock workers of Varna stayed out on strike over pay "
                    + "for another day.\n\n");
        }
        text.append(LATE).append('\n');
        Files.writeString(content.resolve("articles/strike.md"), "---\ntitle: Varna strike\nsource: Outlet\n---\n"
                + text, StandardCharsets.UTF_8);
    }

    @Test
    void thePublishedSiteLeavesOutTheRestOfTheReport() throws IOException {
        Path site = dir.resolve("site");
        new Build(content, TEMPLATES, site, null).run();
        String page = Files.readString(site.resolve("articles/strike/index.html"));
        assertTrue(page.contains("Paragraph 1 says"), "the opening is shown");
        assertTrue(paragraphsShown(page) < 12, "only the opening and the sentences the summary quotes: " + page);
        assertFalse(Files.readString(site.resolve("digest.json")).contains("Paragraph 12 says"));
        String search = Files.readString(site.resolve("search/documents/0.json"));
        assertTrue(search.contains("Paragraph 1 says"), "the opening is searched: " + search);
        assertFalse(search.contains("Paragraph 12 says"), "the rest is not: " + search);
        assertFalse(Files.readString(site.resolve("search/terms/0.json")).contains("\"12\""));
    }

    @Test
    void thePreviewShowsTheCuratorTheWholeText() {
        Build.Preview preview = new Build(content, TEMPLATES, dir.resolve("site"), null).preview();
        String page = StandardCharsets.UTF_8.decode(preview.site().file("articles/strike/index.html").orElseThrow()
                .bytes()).toString();
        assertTrue(page.contains(LATE), page);
        assertTrue(paragraphsShown(page) == 12, page);
        String search = StandardCharsets.UTF_8.decode(preview.site().file("search/documents/0.json").orElseThrow()
                .bytes()).toString();
        assertTrue(search.contains("Paragraph 12 says"), "serve's search finds the whole text: " + search);
        assertTrue(preview.site().file("search/manifest.json").isPresent());
    }

    private static long paragraphsShown(String page) {
        return java.util.stream.IntStream.rangeClosed(1, 12).filter(i -> page.contains("Paragraph " + i + " says"))
                .count();
    }
}
