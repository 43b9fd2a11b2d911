package crosscheck.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.Build;
import crosscheck.core.BuildException;
import crosscheck.render.BuiltInTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewSiteTest {
    private static final CrosscheckSource SOURCE =
            new CrosscheckSource("https://git.example.org/news/crosscheck.git", "v1.2.0");

    @TempDir
    Path dir;

    @Test
    void writesASiteThatBuildsStrictlyWithTheBuiltInTemplates() throws IOException {
        Path site = dir.resolve("digest");
        List<String> written = NewSite.write(site, SOURCE, false);
        assertEquals(List.of("content/site.yml", "content/articles/example.md", ".github/workflows/pages.yml",
                "README.md", ".gitignore"), written);
        for (String file : written) assertTrue(Files.size(site.resolve(file)) > 0, file);
        assertFalse(Files.exists(site.resolve("templates")), "the built-in templates are used, not copied");

        Build.Result result = new Build(site.resolve("content"), BuiltInTemplates.folder(), site.resolve("site"), null)
                .withStrict(true).run();
        assertEquals(1, result.reports());
        assertEquals(1, result.events());
        assertEquals(List.of(), result.warnings());
        assertTrue(Files.readString(site.resolve("site/index.html")).contains("My conflict digest"));
    }

    @Test
    void theWorkflowBuildsCrosscheckFromTheSourceGivenAndTheSiteStrictly() throws IOException {
        NewSite.write(dir, SOURCE, false);
        String workflow = Files.readString(dir.resolve(".github/workflows/pages.yml"));
        assertTrue(workflow.contains("CROSSCHECK_GIT: https://git.example.org/news/crosscheck.git\n"), workflow);
        assertTrue(workflow.contains("CROSSCHECK_REF: v1.2.0\n"), workflow);
        assertFalse(workflow.contains("@CROSSCHECK"), "every placeholder is filled in");
        assertTrue(workflow.contains("crosscheck build --strict --out _site"), workflow);
        assertTrue(workflow.contains("actions/upload-pages-artifact@v4"), workflow);
    }

    @Test
    void anUnknownSourceLeavesAMarkThatTheWorkflowStopsOnWithAMessage() throws IOException {
        NewSite.write(dir, new CrosscheckSource(CrosscheckSource.UNKNOWN, CrosscheckSource.UNKNOWN), false);
        String workflow = Files.readString(dir.resolve(".github/workflows/pages.yml"));
        assertTrue(workflow.contains("CROSSCHECK_GIT: " + CrosscheckSource.UNKNOWN), workflow);
        assertTrue(workflow.contains("*" + CrosscheckSource.UNKNOWN + "*)"), "the check matches the mark");
        assertTrue(workflow.contains("::error file=.github/workflows/pages.yml::set CROSSCHECK_GIT"), workflow);
    }

    @Test
    void refusesAFolderThatHoldsASiteEvenWithForce() {
        NewSite.write(dir, SOURCE, false);
        BuildException refused = assertThrows(BuildException.class, () -> NewSite.write(dir, SOURCE, true));
        assertTrue(refused.describe().contains("already holds a Crosscheck site"), refused.describe());
    }

    @Test
    void aFolderWithOtherFilesNeedsForceAndNoFileIsOverwritten() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        BuildException refused = assertThrows(BuildException.class, () -> NewSite.write(dir, SOURCE, false));
        assertTrue(refused.describe().contains("is not empty") && refused.describe().contains("--force"),
                refused.describe());
        assertFalse(Files.exists(dir.resolve("content")), "nothing written when refused");

        Files.writeString(dir.resolve("README.md"), "my own readme");
        BuildException clash = assertThrows(BuildException.class, () -> NewSite.write(dir, SOURCE, true));
        assertTrue(clash.describe().contains("README.md") && clash.describe().contains("already exists"),
                clash.describe());
        assertEquals("my own readme", Files.readString(dir.resolve("README.md")));
        assertFalse(Files.exists(dir.resolve("content")), "nothing written when one file is in the way");

        Files.delete(dir.resolve("README.md"));
        NewSite.write(dir, SOURCE, true);
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertTrue(Files.exists(dir.resolve("content/site.yml")));
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThrows(BuildException.class, () -> NewSite.write(file, SOURCE, true));
    }
}
