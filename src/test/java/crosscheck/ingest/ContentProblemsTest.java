package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Content a curator must fix: every file's problem is found in one run, each with its file, line and hint. */
class ContentProblemsTest extends ContentFolderTest {
    private BuildException readFails() {
        return assertThrows(BuildException.class, () -> ContentReader.read(dir));
    }

    @Test
    void threeBrokenReportsAreAllNamedInOneRun() throws IOException {
        write("site.yml", "title: T\n");
        write("articles/a-good.txt", "A report that is fine.\n");
        write("articles/b-date.md", "---\ntitle: B\npublished: someday\n---\nBody.\n");
        write("articles/c-yaml.md", "---\ntitle: [unclosed\n---\nBody.\n");
        write("articles/d-good.txt", "Another report that is fine.\n");
        write("articles/e-slug.txt", "---\nevent: Not A Slug\n---\nBody.\n");

        BuildException e = readFails();
        List<BuildException> problems = e.problems();
        assertEquals(List.of("articles/b-date.md", "articles/c-yaml.md", "articles/e-slug.txt"),
                problems.stream().map(BuildException::file).toList(), "in file order: " + e.describe());
        assertEquals(List.of(3, 2, 2), problems.stream().map(BuildException::line).toList());

        String described = e.describe();
        assertTrue(described.startsWith("3 problems in the content:"), described);
        assertEquals(null, e.file(), "not one file");
        for (String where : List.of("articles/b-date.md:3: cannot read the date 'someday'",
                "articles/c-yaml.md:2: front matter is not valid YAML", "articles/e-slug.txt:2: event 'Not A Slug'")) {
            assertTrue(described.contains("\n  " + where) || described.contains("\r\n  " + where),
                    where + " in " + described);
        }
        assertTrue(described.contains("write 'published' as YYYY-MM-DD"), "each with what to do: " + described);
        assertTrue(described.contains("use lower-case letters, digits and single hyphens"), described);
    }

    @Test
    void problemsOfTheCuratorsFilesPagesAndIdsComeTogether() throws IOException {
        write("site.yml", "title: T\n");
        write("events.yml", "events: 3\n");
        write("entities.yml", "- name: Rafah\n  kind: planet\n");
        write("pages/About.md", "About us.\n");
        write("articles/a.md", "First.\n");
        write("articles/a.txt", "Second with the same id.\n");

        List<String> files = readFails().problems().stream().map(BuildException::file).toList();
        assertEquals(List.of("entities.yml", "events.yml", "pages/About.md", "articles/a.txt"), files);
    }

    @Test
    void oneProblemIsTheSameExceptionAsAlways() throws IOException {
        write("site.yml", "title: T\n");
        write("articles/a.txt", "---\npublished: someday\n---\nBody.\n");
        BuildException e = readFails();
        assertEquals(List.of(e), e.problems());
        assertEquals("articles/a.txt", e.file());
        assertEquals(2, e.line());
        assertFalse(e.describe().contains("problems in the content"), e.describe());
        assertTrue(e.describe().startsWith("articles/a.txt:2: cannot read the date 'someday'"), e.describe());
    }

    @Test
    void aBrokenSiteFileIsNamedWithTheOthers() throws IOException {
        write("site.yml", "title: [unclosed\n");
        write("articles/a.txt", "---\npublished: someday\n---\nBody.\n");
        List<String> files = readFails().problems().stream().map(BuildException::file).toList();
        assertEquals(List.of("site.yml", "articles/a.txt"), files);
    }
}
