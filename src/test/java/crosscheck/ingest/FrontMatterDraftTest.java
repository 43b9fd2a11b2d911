package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code draft:} in a report's front matter: a YAML boolean, read into the report, never warned about. */
class FrontMatterDraftTest extends ContentFolderTest {
    private Content readArticle(String frontMatter) throws IOException {
        write("site.yml", "title: T\n");
        write("articles/a.md", "---\ntitle: Notes\n" + frontMatter + "---\nBody.\n");
        return ContentReader.read(dir);
    }

    @Test
    void draftTrueMakesTheReportADraftWithoutAWarning() throws IOException {
        Content content = readArticle("draft: true\n");
        RawReport report = content.reports().get(0);
        assertTrue(report.draft());
        assertTrue(report.frontMatter().draft());
        assertEquals("Notes", report.frontMatter().title());
        assertTrue(content.warnings().isEmpty(), "draft is a known key: " + content.warnings());
    }

    @Test
    void draftFalseOrNoDraftKeyIsAPublishedReport() throws IOException {
        assertFalse(readArticle("draft: false\n").reports().get(0).draft());
        assertFalse(readArticle("").reports().get(0).draft());
        assertFalse(readArticle("draft:\n").reports().get(0).draft(), "an empty value is no draft");
        assertFalse(FrontMatter.EMPTY.draft());
    }

    @Test
    void aDraftValueThatIsNotABooleanIsAnErrorNamingFileAndLine() throws IOException {
        for (String value : new String[] {"maybe", "\"true\"", "1", "[true]"}) {
            BuildException e = assertThrows(BuildException.class, () -> readArticle("draft: " + value + "\n"), value);
            assertEquals("articles/a.md", e.file(), value);
            assertEquals(3, e.line(), value + ": the line of 'draft:' in the file");
            assertTrue(e.getMessage().contains("'draft' must be true or false"), e.getMessage());
            assertTrue(e.describe().contains("draft: true"), "says what to write: " + e.describe());
        }
    }

    @Test
    void everyBadValueOfOneFrontMatterIsNamedAtOnce() throws IOException {
        BuildException e = assertThrows(BuildException.class,
                () -> readArticle("published: someday\nevent: Not A Slug\ndraft: perhaps\n"));
        assertEquals(3, e.problems().size(), e.describe());
        assertEquals("articles/a.md", e.file(), "all three are in one file");
        assertEquals(3, e.problems().get(0).line());
        assertEquals(4, e.problems().get(1).line());
        assertEquals(5, e.problems().get(2).line());
        e.problems().forEach(p -> assertEquals("articles/a.md", p.file()));
    }
}
