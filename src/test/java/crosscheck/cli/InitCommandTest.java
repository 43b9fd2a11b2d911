package crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code crosscheck init} and {@code crosscheck templates}, as a new curator runs them. */
class InitCommandTest extends CommandLineTest {
    private String workflow(Path site) throws IOException {
        return Files.readString(site.resolve(".github/workflows/pages.yml"));
    }

    @Test
    void initWritesTheSiteAndSaysWhatToDoNext() throws IOException {
        Path site = dir.resolve("digest");
        assertEquals(0, run("init", site.toString(), "--crosscheck-git", "https://git.example.org/crosscheck.git",
                "--crosscheck-ref", "v1.0.0"), err.toString());
        assertTrue(out.toString().contains("  content/articles/example.md"), out.toString());
        assertTrue(out.toString().contains("Next: cd " + site + " && crosscheck serve"), out.toString());
        assertTrue(workflow(site).contains("CROSSCHECK_REF: v1.0.0\n"), workflow(site));

        assertEquals(0, run("build", "--strict", "--content", site.resolve("content").toString(), "--out",
                site.resolve("site").toString()), err.toString());
        assertTrue(Files.isRegularFile(site.resolve("site/index.html")));
    }

    @Test
    void aRepositoryWithoutAVersionBuildsItsDefaultBranch() throws IOException {
        assertEquals(0, run("init", dir.toString(), "--crosscheck-git", "https://git.example.org/crosscheck.git"));
        assertTrue(workflow(dir).contains("CROSSCHECK_REF: HEAD\n"), workflow(dir));
    }

    @Test
    void initRefusesAnExistingSiteAndAFolderInUse() throws IOException {
        write("notes.txt", "mine");
        assertEquals(1, run("init", dir.toString(), "--crosscheck-git", "https://x.example/c.git"));
        assertTrue(err.toString().contains("is not empty") && err.toString().contains("--force"), err.toString());
        assertEquals(0, run("init", "--force", dir.toString(), "--crosscheck-git", "https://x.example/c.git"));
        assertEquals(1, run("init", "--force", dir.toString(), "--crosscheck-git", "https://x.example/c.git"));
        assertTrue(err.toString().contains("already holds a Crosscheck site"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void aVersionWithQuotesOrSpacesIsAUsageError() {
        assertEquals(2, run("init", dir.resolve("x").toString(), "--crosscheck-git", "https://x.example/c.git",
                "--crosscheck-ref", "main\" && evil"));
        assertFalse(Files.exists(dir.resolve("x")), "nothing written");
    }

    @Test
    void templatesCopiesTheBuiltInOnesOnce() throws IOException {
        Path copy = dir.resolve("mine");
        assertEquals(0, run("templates", copy.toString()));
        assertTrue(out.toString().contains("into " + copy + "; build with --templates " + copy), out.toString());
        assertTrue(Files.isRegularFile(copy.resolve("event.ftlh")));
        assertEquals(1, run("templates", copy.toString()));
        assertTrue(err.toString().contains("already exists"), err.toString());
    }
}
