package crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line, as a curator meets it: the exit code, and a message on standard error that
 * names the file (and line where it can), says what to do and holds no stack trace. {@code --strict} turns every
 * warning into a failure that leaves the previous site in place.
 */
class BadInputCommandTest {
    private static final String GOOD = "---\ntitle: Dock strike halts Varna port\n---\n"
            + "Dock workers in the port of Varna walked out on Friday in a strike over pay.\n";

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A content folder with one good report. */
    private void content() throws IOException {
        write("content/site.yml", "title: Test digest\n");
        write("content/articles/good.txt", GOOD);
    }

    private int build(String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--content", dir.resolve("content").toString(),
                "--out", dir.resolve("site").toString()));
        args.addAll(Arrays.asList(more));
        return run(args.toArray(String[]::new));
    }

    private String digestJson() throws IOException {
        return Files.readString(dir.resolve("site/digest.json"));
    }

    /** Fails unless standard error holds each piece and no stack trace. */
    private void assertErrorSays(String... pieces) {
        String message = err.toString();
        for (String piece : pieces) assertTrue(message.contains(piece), "'" + piece + "' in: " + message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
        assertFalse(message.contains("Exception"), "no exception names: " + message);
    }

    @Test
    void invalidYamlFrontMatterNamesTheFileAndLine() throws IOException {
        content();
        write("content/articles/a.txt", "---\ntitle: ok\nsource: [unclosed\n---\nText.\n");
        assertEquals(1, build());
        assertErrorSays("error: articles/a.txt:", "not valid YAML", "fix the YAML between the '---' lines");
        assertTrue(err.toString().matches("(?s)error: articles/a\\.txt:[34]: .*"), err.toString());
        assertEquals(2, err.toString().lines().count(), "the problem on one line, then what to do: " + err);
    }

    /** {@code depth} quote levels inside one another, as 1,000 nested {@code >} overflowed the renderer's stack. */
    private static String nestedQuotes(int depth) {
        return ">".repeat(depth) + " Quoted too deeply.\n";
    }

    /** The error is short: no stack trace of a thousand lines, whatever the JVM's stack. */
    private void assertShortError() {
        assertTrue(err.toString().lines().count() <= 3, err.toString());
        assertFalse(err.toString().contains("StackOverflowError"), err.toString());
    }

    @Test
    void aPageNestedTooDeeplyNamesThePageInsteadOfAStackTrace() throws IOException {
        content();
        write("content/pages/deep.md", "---\ntitle: Deep\n---\n" + nestedQuotes(10_000));
        assertEquals(1, build());
        assertErrorSays("error: pages/deep.md: the page is nested too deeply", "'>'");
        assertShortError();
        write("content/pages/deep.md", "---\ntitle: Deep\n---\n" + nestedQuotes(5));
        assertEquals(0, build(), "a few levels are fine: " + err);
    }

    @Test
    void anEventNoteNestedTooDeeplyNamesTheEventInsteadOfAStackTrace() throws IOException {
        content();
        write("content/events.yml", "events:\n  - slug: varna-strike\n    reports: [good]\n    note: |\n      "
                + nestedQuotes(10_000));
        assertEquals(1, build());
        assertErrorSays("error: events.yml: the note of event 'varna-strike' is nested too deeply");
        assertShortError();
    }

    @Test
    void aTemplateThatRecursesWithoutEndNamesTheTemplateInsteadOfAStackTrace() throws IOException {
        content();
        assertEquals(0, run("templates", dir.resolve("templates").toString()), err.toString());
        Path index = dir.resolve("templates/index.ftlh");
        String template = Files.readString(index);
        int afterFtl = template.indexOf('\n') + 1; // after the <#ftl ...> line, which must come first
        Files.writeString(index, template.substring(0, afterFtl) + "<#macro again n><@again n + 1/></#macro><@again 0/>\n"
                + template.substring(afterFtl));
        assertEquals(1, build("--templates", dir.resolve("templates").toString()));
        assertErrorSays("error: " + index, "without end", "calls itself");
        assertShortError();
    }

    @Test
    void unknownFrontMatterKeyIsAWarningListedAfterTheSummary() throws IOException {
        content();
        write("content/articles/a.txt", "---\ntitle: A strike\ntags: [ports]\n---\n" + GOOD.substring(GOOD.indexOf("Dock")));
        StringWriter both = new StringWriter();
        PrintWriter writer = new PrintWriter(both, true);
        int code = Main.run(new String[] {"build", "--content", dir.resolve("content").toString(), "--out",
                dir.resolve("site").toString()}, writer, writer);
        assertEquals(0, code, both.toString());
        String printed = both.toString();
        int summary = printed.indexOf("Built ");
        int warning = printed.indexOf("warning: articles/a.txt:3: unknown front matter key 'tags' is ignored");
        assertTrue(summary >= 0 && warning > summary, "the warnings come last: " + printed);
        assertTrue(printed.lines().anyMatch(line -> line.matches(".*, 1 warning \\(.*\\)")), printed);
    }

    @Test
    void strictFailsOnAWarningListingItAndKeepsThePreviousSite() throws IOException {
        content();
        assertEquals(0, build("--strict"), err.toString());
        String before = digestJson();

        write("content/articles/a.txt", "---\ntitle: A strike\ntags: [ports]\n---\n" + GOOD.substring(GOOD.indexOf("Dock")));
        write("content/articles/empty.txt", "");
        assertEquals(1, build("--strict"));
        assertErrorSays("error: 2 warnings; --strict treats them as errors",
                "warning: articles/a.txt:3: unknown front matter key 'tags'", "warning: articles/empty.txt: ",
                "without --strict");
        assertEquals("", out.toString(), "no summary: nothing was built");
        assertEquals(before, digestJson(), "the last good site stays in place");

        assertEquals(0, build(), "without --strict the same content builds");
        assertTrue(digestJson().contains("\"a\""));
    }

    @Test
    void strictWithOneWarningSaysWarning() throws IOException {
        content();
        write("content/articles/empty.txt", "");
        assertEquals(1, build("--strict", "--quiet"));
        assertErrorSays("error: 1 warning; --strict treats them as errors", "articles/empty.txt");
        assertTrue(Files.notExists(dir.resolve("site")), "no site is written");
    }

    @Test
    void unparseableDateSaysHowToWriteIt() throws IOException {
        content();
        write("content/articles/a.txt", "---\ntitle: x\npublished: 26 March\n---\nText.\n");
        assertEquals(1, build());
        assertErrorSays("error: articles/a.txt:3: cannot read the date '26 March'", "YYYY-MM-DD");
    }

    @Test
    void twoFilesWithOneIdAreAnError() throws IOException {
        content();
        write("content/articles/a.txt", GOOD);
        write("content/articles/a.html", "<p>Dock workers in the port of Varna walked out.</p>");
        assertEquals(1, build());
        assertErrorSays("article id 'a'", "articles/a.html", "articles/a.txt", "rename one of the two files");
    }

    @Test
    void duplicateEventSlugsNameTheLine() throws IOException {
        content();
        write("content/events.yml", "events:\n  - slug: strike\n    reports: [good]\n  - slug: strike\n");
        assertEquals(1, build());
        assertErrorSays("error: events.yml:4: the slug 'strike' is already used on line 2",
                "give each event its own slug");
    }

    @Test
    void anEventSlugThatLeavesTheOutputFolderIsRefused() throws IOException {
        content();
        write("content/articles/a.txt", "---\ntitle: A strike\nevent: ../../x\n---\n" + GOOD.substring(GOOD.indexOf("Dock")));
        assertEquals(1, build());
        assertErrorSays("error: articles/a.txt:3: event '../../x' is not a usable slug",
                "use lower-case letters, digits and single hyphens");
        assertTrue(Files.notExists(dir.resolve("site")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("content"), files.map(p -> p.getFileName().toString()).toList(), "nothing written");
        }
    }

    @Test
    void aUrlThatIsNotHttpIsIgnoredWithAWarningAndNeverLinked() throws IOException {
        content();
        String body = GOOD.substring(GOOD.indexOf("Dock"));
        write("content/articles/a.txt", "---\ntitle: A strike\nurl: ../../x\n---\n" + body);
        write("content/articles/b.txt", "---\ntitle: A strike\nurl: javascript:alert(1)\n---\n" + body);
        write("content/articles/c.txt", "---\ntitle: A strike\nurl: https://example.org/strike\n---\n" + body);
        assertEquals(0, build(), err.toString());
        assertErrorSays("warning: articles/a.txt:3: url '../../x' is ignored: only http:// and https://",
                "warning: articles/b.txt:3: url 'javascript:alert(1)' is ignored");
        assertFalse(err.toString().contains("articles/c.txt"), err.toString());
        assertFalse(digestJson().contains("../../x") || digestJson().contains("javascript:"), digestJson());
        assertTrue(digestJson().contains("https://example.org/strike"), "a web address is kept");
        try (Stream<Path> pages = Files.walk(dir.resolve("site"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                assertFalse(html.contains("javascript:alert") || html.contains("\"../../x\""), page.toString());
            }
        }
        assertTrue(Files.notExists(dir.resolve("x")));
        assertEquals(1, build("--strict"));
        assertErrorSays("2 warnings; --strict treats them as errors");
    }

    @Test
    void emptyBinaryAndBrokenUtf8FilesAreWarningsNamingThem() throws IOException {
        content();
        write("content/articles/empty.txt", " \n");
        write("content/articles/binary.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        byte[] text = "<meta charset=\"utf-8\"><p>Dock workers in the port of Varna walked out on Friday over pay "
                .getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(text, text.length + 2);
        broken[text.length] = (byte) 0xC3;
        broken[text.length + 1] = (byte) 0x28;
        write("content/articles/broken.html", broken);
        assertEquals(0, build(), err.toString());
        assertErrorSays("warning: articles/empty.txt: the file is empty: skipped",
                "warning: articles/binary.html: the file is binary", "warning: articles/broken.html: ");
        assertTrue(out.toString().contains("2 reports"), "the broken file is still read: " + out);

        assertEquals(1, build("--strict"));
        assertErrorSays("3 warnings; --strict treats them as errors", "articles/empty.txt", "articles/binary.html",
                "articles/broken.html");
    }

    /** A copy of the project's templates. */
    private Path templates() throws IOException {
        Path from = Path.of("templates");
        Path to = dir.resolve("templates");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target);
            }
        }
        return to;
    }

    @Test
    void aMissingTemplateIsNamed() throws IOException {
        content();
        Path templates = templates();
        Files.delete(templates.resolve("article.ftlh"));
        assertEquals(1, build("--templates", templates.toString()));
        assertErrorSays("error: " + templates.resolve("article.ftlh") + ": template not found");
        assertTrue(err.toString().lines().count() >= 2, "with what to do: " + err);
        assertTrue(Files.notExists(dir.resolve("site")));
    }

    @Test
    void aBrokenTemplateIsNamedWithItsLine() throws IOException {
        content();
        Path templates = templates();
        Path index = templates.resolve("index.ftlh");
        List<String> lines = new ArrayList<>(Files.readAllLines(index));
        lines.add(4, "<#if>");
        Files.write(index, lines);
        assertEquals(1, build("--templates", templates.toString()));
        assertErrorSays("error: " + index + ":5: template syntax error");
        assertTrue(err.toString().lines().count() >= 2, "with what to do: " + err);
    }

    @Test
    void buildAndServeTakeStrict() {
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("--strict"), out.toString());
        assertEquals(0, run("serve", "--help"));
        assertTrue(out.toString().contains("--strict"), out.toString());
    }
}
