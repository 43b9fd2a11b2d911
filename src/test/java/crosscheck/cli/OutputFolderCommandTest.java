package crosscheck.cli;

import static crosscheck.Trees.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * {@code build --out} deletes nothing that is not a site Crosscheck built: not the content, templates or cache
 * folder (nor a folder holding one or lying in one), not a folder of someone's files with a stray
 * {@code digest.json}; and a build that finds no reports does not replace a site that has some unless
 * {@code --allow-empty}.
 */
class OutputFolderCommandTest extends CommandLineTest {
    private static final String STORY = "---\ntitle: Dock strike halts Varna port\n---\nDock workers in the port of "
            + "Varna walked out on Friday in a strike over pay.\n";

    private Path content() throws IOException {
        write("content/site.yml", "title: Test digest\n");
        write("content/articles/good.txt", STORY);
        write("content/articles/other.txt", STORY.replace("Friday", "Monday"));
        return dir.resolve("content");
    }

    /** {@code build --content content --out OUT more...}. */
    private int build(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--quiet", "--content", dir.resolve("content").toString(),
                "--out", out.toString()));
        args.addAll(Arrays.asList(more));
        return run(args.toArray(String[]::new));
    }

    /**
     * Fails unless the build into {@code out} with the options {@code more} is refused, naming the folder, saying
     * {@code says} and what to do.
     */
    private void assertRefused(Path out, String says, String... more) {
        int before = err.getBuffer().length();
        assertEquals(1, build(out, more), err.toString());
        String message = err.toString().substring(before);
        assertTrue(message.startsWith("error: " + out + ": refusing to "), message);
        assertTrue(message.contains(says), "'" + says + "' in: " + message);
        assertTrue(message.contains("--out DIR") || message.contains("--cache DIR"), "what to do: " + message);
        assertFalse(message.contains("\tat ") || message.contains("Exception"), message);
    }

    @Test
    void theContentFolderWithAStrayDigestJsonIsNotReplaced() throws IOException {
        Path content = content();
        write("content/digest.json", "{}\n");
        SortedMap<String, byte[]> before = snapshot(content);

        assertRefused(content, "refusing to write the site in the content folder itself");

        Trees.assertSameFiles(before, snapshot(content));
    }

    @Test
    void aFolderOfSomeonesFilesWithAStrayDigestJsonIsNotReplaced() throws IOException {
        content();
        Path documents = dir.resolve("documents");
        write("documents/letter.txt", "keep me");
        write("documents/digest.json", "{}\n");

        assertRefused(documents, "refusing to replace the output folder: it holds files but no .crosscheck-site");

        assertEquals("keep me", Files.readString(documents.resolve("letter.txt")));
        assertEquals("{}\n", Files.readString(documents.resolve("digest.json")));
    }

    @Test
    void anOutputInsideOrHoldingTheContentTemplatesOrCacheFolderIsRefused() throws IOException {
        Path content = content();
        Path templates = dir.resolve("my-templates");
        write("my-templates/README.txt", "my templates");
        Path cache = dir.resolve("cache");
        write("cache/notes.txt", "mine");
        SortedMap<String, byte[]> before = snapshot(dir);

        assertRefused(content.resolve("articles"), "inside the content folder " + content);
        assertRefused(content.resolve("site"), "inside the content folder " + content);
        assertRefused(dir, "in a folder that holds the content folder " + content);
        assertRefused(templates, "in the templates folder itself", "--templates", templates.toString());
        assertRefused(templates.resolve("site"), "inside the templates folder", "--templates", templates.toString());
        assertRefused(cache, "in the cache folder itself", "--cache", cache.toString());
        assertRefused(dir.resolve("site"), "in a folder that holds the cache folder",
                "--cache", dir.resolve("site/.cache").toString());

        Trees.assertSameFiles(before, snapshot(dir));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aCacheInsideTheContentFolderIsRefusedByBuildAndServe() throws IOException {
        Path content = content();
        SortedMap<String, byte[]> before = snapshot(content);
        for (String command : List.of("build", "serve")) {
            String port = command.equals("serve") ? "--port=0" : "--quiet";
            Path cache = content.resolve(".cache");
            int printed = err.getBuffer().length();
            assertEquals(1, run(command, "--content", content.toString(), "--out", dir.resolve("site").toString(),
                    "--cache", cache.toString(), port), command + ": " + err);
            assertTrue(err.toString().substring(printed).startsWith("error: " + cache + ": refusing to keep the "
                    + "cache inside the content folder " + content + "\n  pass --cache DIR"), err.toString());
            // the cache beside the output folder when --cache is not given: refused when that is in the content
            printed = err.getBuffer().length();
            assertEquals(1, run(command, "--content", content.toString(), "--out", content.resolve("x/site")
                    .toString(), port), command + ": " + err);
            assertTrue(err.toString().substring(printed).contains("refusing to "), err.toString());
        }
        Trees.assertSameFiles(before, snapshot(content));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void foldersAreComparedWhereTheyReallyAre() throws IOException {
        Path content = content();
        Path link = Files.createSymbolicLink(dir.resolve("link"), content);
        SortedMap<String, byte[]> before = snapshot(content);

        assertRefused(link.resolve("articles"), "inside the content folder");
        assertRefused(link.resolve("new/site"), "inside the content folder"); // not there yet, but inside
        assertRefused(link, "in the content folder itself");
        assertRefused(dir.resolve("x/../content"), "in the content folder itself");
        int printed = err.getBuffer().length();
        assertEquals(1, run("build", "--content", link.toString(), "--out", content.resolve("site").toString()));
        assertTrue(err.toString().substring(printed).startsWith("error: " + content.resolve("site") + ": refusing to "
                + "write the site inside the content folder " + link), err.toString());

        Trees.assertSameFiles(before, snapshot(content));
    }

    @Test
    void aSiteFromAnOlderBuildIsReplacedAndGetsTheMarker() throws IOException {
        content();
        Path site = dir.resolve("site");
        assertEquals(0, build(site), err.toString());
        Files.delete(site.resolve(".crosscheck-site")); // as an older Crosscheck left it
        Files.writeString(site.resolve("articles/gone.html"), "from the older build");

        assertEquals(0, build(site), err.toString());

        assertFalse(Files.exists(site.resolve("articles/gone.html")));
        assertTrue(Files.readString(site.resolve(".crosscheck-site")).startsWith("Crosscheck site, format 1\n"
                + "reports: 2\n"));
    }

    @Test
    void noReportsOverASiteWithReportsIsRefusedUnlessAllowed() throws IOException {
        content();
        Path site = dir.resolve("site");
        assertEquals(0, build(site), err.toString());
        SortedMap<String, byte[]> before = snapshot(site);
        Files.delete(dir.resolve("content/articles/good.txt"));
        Files.delete(dir.resolve("content/articles/other.txt"));

        assertEquals(1, build(site, "--strict"));
        assertTrue(err.toString().startsWith("error: " + site + ": refusing to replace a site of 2 reports with an "
                + "empty one: found no reports to publish in " + dir.resolve("content").resolve("articles")),
                err.toString());
        assertTrue(err.toString().contains("--allow-empty"), err.toString());
        Trees.assertSameFiles(before, snapshot(site));

        assertEquals(1, build(site), "without --strict too");
        Trees.assertSameFiles(before, snapshot(site));

        assertEquals(0, build(site, "--allow-empty"), err.toString());
        assertTrue(Files.readString(site.resolve(".crosscheck-site")).contains("\nreports: 0\n"));
        assertEquals(0, build(site), "an empty site may be rebuilt empty: " + err);
    }

    @Test
    void noReportsOverASiteFromAnOlderBuildIsRefusedToo() throws IOException {
        content();
        Path site = dir.resolve("site");
        assertEquals(0, build(site), err.toString());
        Files.delete(site.resolve(".crosscheck-site"));
        Files.delete(dir.resolve("content/articles/good.txt"));
        Files.delete(dir.resolve("content/articles/other.txt"));
        Files.delete(dir.resolve("content/articles")); // the folder gone altogether

        assertEquals(1, build(site));
        assertTrue(err.toString().contains("refusing to replace a site of 2 reports with an empty one"),
                err.toString());
        assertTrue(Files.exists(site.resolve("articles/good/index.html")), "the site stays");
    }

    @Test
    void aFirstBuildWithNoReportsIsFine() throws IOException {
        write("content/site.yml", "title: Test digest\n");
        Files.createDirectories(dir.resolve("content/articles"));
        assertEquals(0, build(dir.resolve("site")), err.toString());
        assertTrue(Files.readString(dir.resolve("site/.crosscheck-site")).contains("\nreports: 0\n"));
    }

    @Test
    void buildTakesAllowEmpty() {
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("--allow-empty"), out.toString());
    }
}
