package crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code build --drafts}, what the summary line says about reports left out, and many content errors at once. */
class DraftsCommandTest extends CommandLineTest {
    private static final String STORY = "Dock workers in the port of Varna walked out on Friday in a strike over "
            + "pay, halting the loading of grain ships for the second time this month.\n";
    private static final String DRAFT_SENTENCE = "A purple walrus watched the pickets from the harbour wall.";

    private String[] build(String... more) {
        String[] base = {"build", "--no-cache", "--content", dir.resolve("content").toString(), "--out",
                dir.resolve("site").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return args;
    }

    private void content() throws IOException {
        write("content/site.yml", "title: Test digest\n");
        write("content/articles/a.txt", "---\ntitle: Dock strike halts Varna port\n---\n" + STORY);
        write("content/articles/b.txt", "---\ntitle: Varna strike notes\ndraft: true\n---\n" + STORY + "\n"
                + DRAFT_SENTENCE + "\n");
        write("content/articles/c.txt", "---\ntitle: Why the strike is wrong\n---\n" + STORY);
        write("content/events.yml", "exclude: [c]\n");
    }

    /** The summary line without the build's time at its end, " (65 ms)", which every summary has. */
    private String summary() {
        String line = out.toString().strip();
        assertTrue(line.matches("(?s).* \\(\\d+(\\.\\d)? m?s\\)"), "the summary ends with the time: " + line);
        return line.replaceFirst(" \\(\\d+(\\.\\d)? m?s\\)$", "");
    }

    @Test
    void theSummaryLineSaysWhatWasLeftOut() throws IOException {
        content();
        assertEquals(0, run(build()), err.toString());
        assertEquals("Built " + dir.resolve("site") + ": 1 report in 1 event, 1 draft and 1 excluded report left out",
                summary());
        assertFalse(Files.readString(dir.resolve("site/digest.json")).contains("walrus"));
        assertFalse(Files.exists(dir.resolve("site/articles/b")), "no page for the draft");
        assertFalse(Files.exists(dir.resolve("site/articles/c")), "no page for the excluded report");
    }

    @Test
    void draftsPublishesTheDraftsMarked() throws IOException {
        content();
        assertEquals(0, run(build("--drafts")), err.toString());
        assertTrue(out.toString().contains(": 2 reports (1 draft) in "), out.toString());
        assertTrue(summary().endsWith(", 1 excluded report left out"), out.toString());
        String page = Files.readString(dir.resolve("site/articles/b/index.html"));
        assertTrue(page.contains(DRAFT_SENTENCE), "the draft's text is published");
        assertTrue(page.contains("class=\"draft-mark\">Draft</span>"), "and marked as a draft");
        assertFalse(Files.exists(dir.resolve("site/articles/c")), "excluded, drafts or not");
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("--drafts"), out.toString());
    }

    @Test
    void oneLeftOutKindAtATime() throws IOException {
        write("content/site.yml", "title: Test digest\n");
        write("content/articles/a.txt", STORY);
        write("content/articles/b.txt", "---\ndraft: true\n---\n" + STORY);
        write("content/articles/d.txt", "---\ndraft: true\n---\n" + STORY);
        assertEquals(0, run(build()), err.toString());
        assertTrue(summary().endsWith(": 1 report in 1 event, 2 drafts left out"), out.toString());

        Files.delete(dir.resolve("content/articles/b.txt"));
        Files.delete(dir.resolve("content/articles/d.txt"));
        write("content/events.yml", "exclude: [a]\n");
        write("content/articles/e.txt", STORY);
        write("content/articles/f.txt", STORY);
        out.getBuffer().setLength(0);
        assertEquals(0, run(build()), err.toString());
        assertTrue(summary().endsWith(": 2 reports in 1 event, 1 excluded report left out"),
                out.toString());
    }

    @Test
    void threeBrokenFilesAreNamedInOneRunAndTheLastGoodSiteStays() throws IOException {
        content();
        assertEquals(0, run(build()), err.toString());
        byte[] before = Files.readAllBytes(dir.resolve("site/index.html"));

        write("content/articles/d.md", "---\npublished: someday\n---\nText.\n");
        write("content/articles/e.md", "---\ntitle: [unclosed\n---\nText.\n");
        write("content/articles/f.md", "---\ntitle: F\ndraft: maybe\n---\nText.\n");
        assertEquals(1, run(build()));
        String message = err.toString();
        assertTrue(message.startsWith("error: 3 problems in the content:"), message);
        for (String where : new String[] {"articles/d.md:2: cannot read the date 'someday'",
                "articles/e.md:2: front matter is not valid YAML", "articles/f.md:3: front matter 'draft' must be "
                + "true or false, not 'maybe'"}) {
            assertTrue(message.contains(System.lineSeparator() + "  " + where), where + " in " + message);
        }
        assertTrue(message.contains("YYYY-MM-DD") && message.contains("'draft: true'"), "what to do: " + message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
        assertEquals(1, message.split("error:", -1).length - 1, "one error, listing three problems: " + message);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("site/index.html"))),
                "the last good site stays in place");
    }

    @Test
    void oneBrokenFileReadsAsItAlwaysHas() throws IOException {
        content();
        write("content/articles/d.md", "---\npublished: someday\n---\nText.\n");
        assertEquals(1, run(build()));
        String nl = System.lineSeparator();
        assertEquals("error: articles/d.md:2: cannot read the date 'someday'" + nl
                + "  write 'published' as YYYY-MM-DD, e.g. 'published: 2024-03-26'" + nl, err.toString());
    }
}
