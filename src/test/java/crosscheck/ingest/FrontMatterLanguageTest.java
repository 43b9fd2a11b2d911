package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code language:} in a report's front matter: a language tag, read into the report; anything else is warned. */
class FrontMatterLanguageTest extends ContentFolderTest {
    private Content readArticle(String frontMatter) throws IOException {
        write("site.yml", "title: T\n");
        write("articles/a.md", "---\ntitle: Notes\n" + frontMatter + "---\nBody.\n");
        return ContentReader.read(dir);
    }

    @Test
    void aLanguageTagIsReadWithoutAWarning() throws IOException {
        for (String tag : new String[] {"pt", "pt-BR", "en-GB", "zh-Hant-TW", "ckb"}) {
            Content content = readArticle("language: " + tag + "\n");
            assertEquals(tag, content.reports().get(0).frontMatter().language());
            assertTrue(content.warnings().isEmpty(), content.warnings().toString());
        }
        assertNull(readArticle("").reports().get(0).frontMatter().language());
    }

    @Test
    void aValueThatIsNoLanguageTagIsIgnoredWithAWarningAtItsLine() throws IOException {
        for (String value : new String[] {"Portuguese", "pt_BR", "p", "en GB"}) {
            Content content = readArticle("language: " + value + "\n");
            assertNull(content.reports().get(0).frontMatter().language(), value);
            assertEquals(1, content.warnings().size(), value);
            String warning = content.warnings().get(0).toString();
            assertTrue(warning.contains("articles/a.md:3") && warning.contains("language '" + value + "' is ignored"),
                    warning);
        }
    }
}
