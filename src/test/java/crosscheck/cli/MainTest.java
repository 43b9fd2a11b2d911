package crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class MainTest extends CommandLineTest {
    @Test
    void everyCommandHasHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("build") && out.toString().contains("extract"));
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("--base-url"));
        assertEquals(0, run("extract", "--help"));
        assertTrue(out.toString().contains("--out"));
        assertEquals(0, run("serve", "--help"));
        assertTrue(out.toString().contains("--port") && out.toString().contains("--quiet")
                && out.toString().contains("--verbose"), out.toString());
    }

    private String[] buildArgs(String... more) throws IOException {
        write("content/site.yml", "title: Test digest\n");
        write("content/articles/a.txt", "---\ntitle: Dock strike halts Varna port\n---\n"
                + "Dock workers in the port of Varna walked out on Friday in a strike over pay.\n");
        String[] base = {"build", "--content", dir.resolve("content").toString(), "--out",
                dir.resolve("site").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return args;
    }

    @Test
    void quietPrintsNothingOnSuccess() throws IOException {
        assertEquals(0, run(buildArgs("--quiet")), err.toString());
        assertEquals("", out.toString());
        assertEquals("", err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
    }

    @Test
    void quietCountsWarningsInsteadOfListingThem() throws IOException {
        write("content/articles/empty.txt", "");
        assertEquals(0, run(buildArgs("-q")), err.toString());
        assertEquals("", out.toString());
        assertTrue(err.toString().matches("(?s)\\d+ warnings? \\(run without --quiet to see them\\)\\R"),
                err.toString());
        assertFalse(err.toString().contains("empty.txt"), err.toString());
    }

    @Test
    void verbosePrintsEachStageWithItsCountAndTime() throws IOException {
        assertEquals(0, run(buildArgs("--verbose")), err.toString());
        String progress = err.toString();
        for (String stage : new String[] {"ingest", "clean", "analyse", "group", "digest", "render"}) {
            assertTrue(progress.matches("(?s).*(^|\\R)" + stage + " +\\d+ \\w+ +\\d+(\\.\\d)? m?s\\R.*"),
                    stage + " in: " + progress);
        }
        assertTrue(progress.indexOf("ingest") < progress.indexOf("render"), progress);
        assertTrue(out.toString().contains("1 report in 1 event"), out.toString());
    }

    @Test
    void quietAndVerboseTogetherAreAUsageError() throws IOException {
        assertEquals(2, run(buildArgs("--quiet", "--verbose")));
        assertTrue(err.toString().contains("--quiet and --verbose"), err.toString());
    }

    @Test
    void extractTakesQuietAndVerboseToo() throws IOException {
        Path text = write("in/a.txt", "Dock workers in the port of Varna walked out on Friday in a strike.\n");
        Path empty = write("in/empty.txt", "");
        assertEquals(1, run("extract", "--quiet", text.toString(), empty.toString()));
        assertTrue(out.toString().contains("Dock workers"), "quiet keeps the command's own output");
        assertFalse(err.toString().contains("warning:"), "quiet counts warnings: " + err);
        assertTrue(err.toString().contains("1 warning"), err.toString());
        assertTrue(err.toString().contains("error: 1 of 2 files gave no text (" + empty + ")"), err.toString());

        assertEquals(0, run("extract", "--verbose", text.toString()));
        assertTrue(err.toString().contains("extract"), err.toString());
    }

    @Test
    void extractRefusesTwoFilesThatWouldBeWrittenToTheSameName() throws IOException {
        Path first = write("a/x.html", "<html><body><p>Dock workers in Varna walked out on Friday.</p></body></html>");
        Path second = write("b/x.txt.gz", "");
        Files.write(second, gzip("Port officials in Burgas said talks would resume on Monday.\n"));
        Path other = write("b/y.txt", "Ships waited outside the harbour of Varna on Saturday morning.\n");
        Path texts = dir.resolve("texts");

        assertEquals(1, run("extract", "--out", texts.toString(), first.toString(), second.toString(),
                other.toString()));
        String messages = err.toString();
        assertTrue(messages.contains("error: " + texts.resolve("x.txt") + ": would be written for each of " + first
                + ", " + second), messages);
        assertTrue(messages.contains("different --out folders"), messages);
        assertFalse(messages.contains("\tat ") || messages.contains("Exception"), messages);
        assertFalse(Files.exists(texts), "nothing was written");

        assertEquals(0, run("extract", "--out", texts.toString(), first.toString(), other.toString()), err.toString());
        assertTrue(Files.readString(texts.resolve("x.txt")).contains("Dock workers"));
        assertEquals(0, run("extract", first.toString(), second.toString()), "printing, the names do not matter");
    }

    @Test
    void aFileMovedOrDeletedDuringTheBuildIsNamedWithWhatToDoNotABug() {
        Throwable gone = new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException("content/articles/x.txt"));
        assertEquals("content/articles/x.txt: the file was moved or deleted during the build: build again",
                Main.unexpected(gone));
        assertEquals("content/articles/x.txt: the file was moved or deleted during the build: build again",
                Main.unexpected(new RuntimeException("cannot make x", gone)));
        assertTrue(Main.unexpected(new IllegalStateException("oops")).endsWith("(this is a bug in Crosscheck; please "
                + "report it with the input that caused it)"));
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void extractFailsWhenAnyFileGivesNoTextAndPrintsTheOthers() throws IOException {
        Path text = write("in/a.txt", "Dock workers in the port of Varna walked out on Friday in a strike.\n");
        Path empty = write("in/empty.txt", "");
        Path binary = dir.resolve("in/photo.html");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 1, 2, 3});
        Path headlineOnly = write("in/headline.html", "<html><head><title>Port strike</title></head><body>"
                + "<nav><a href=/a>Home</a> <a href=/b>World</a></nav></body></html>");
        Path missing = dir.resolve("in/nowhere.html");

        assertEquals(1, run("extract", text.toString(), empty.toString(), binary.toString(), headlineOnly.toString(),
                missing.toString()));
        assertTrue(out.toString().contains("Dock workers in the port of Varna"), "the good file is still printed");
        String messages = err.toString();
        assertTrue(messages.contains("error: " + missing + ": not found"), messages);
        assertTrue(messages.contains("error: 4 of 5 files gave no text (" + empty + ", " + binary + ", "
                + headlineOnly + ", " + missing + ")"), messages);
        assertFalse(messages.contains("\tat "), "no stack trace: " + messages);

        assertEquals(0, run("extract", text.toString()), "a file with text is a success");
    }

    @Test
    void buildsTheSiteAndReportsWhatItMade() throws IOException {
        write("content/site.yml", "title: Test digest\n");
        write("content/articles/a.txt", "---\ntitle: Dock strike halts Varna port\n---\n"
                + "Dock workers in the port of Varna walked out on Friday in a strike over pay.\n");
        int code = run("build", "--content", dir.resolve("content").toString(), "--out",
                dir.resolve("site").toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().matches("Built .*: 1 report in 1 event \\(\\d+(\\.\\d)? m?s\\)\\R"),
                "the summary gives the total time: " + out);
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("site/digest.json")));
    }

    @Test
    void badContentGivesAClearErrorWithoutAStackTraceAndKeepsTheOldSite() throws IOException {
        write("content/site.yml", "title: Test digest\n");
        write("content/articles/a.txt", "Dock workers in the port of Varna walked out on Friday.\n");
        Path site = dir.resolve("site");
        assertEquals(0, run("build", "--content", dir.resolve("content").toString(), "--out", site.toString()));
        byte[] before = Files.readAllBytes(site.resolve("digest.json"));

        write("content/articles/b.txt", "---\npublished: someday\n---\nText.\n");
        int code = run("build", "--content", dir.resolve("content").toString(), "--out", site.toString());
        assertEquals(1, code);
        String message = err.toString();
        assertTrue(message.contains("articles/b.txt:2"), message);
        assertTrue(message.contains("YYYY-MM-DD"), message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(site.resolve("digest.json")), "the last good site stays in place");
    }

    @Test
    void missingContentFolderIsAnError() {
        assertEquals(1, run("build", "--content", dir.resolve("nope").toString(), "--out",
                dir.resolve("site").toString()));
        assertTrue(err.toString().contains("content folder not found"), err.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("build", "--colour"));
        assertTrue(err.toString().contains("--colour"));
    }

    @Test
    void extractWritesOneTextFilePerInputNamedWithoutExtensions() throws IOException {
        Path html = write("in/page.html", "<html><body><article><h1>Port strike</h1>"
                + "<p>Dock workers in the port of Varna walked out on Friday in a strike over pay.</p>"
                + "</article></body></html>");
        Path gz = dir.resolve("in/other.html.gz");
        try (OutputStream stream = new GZIPOutputStream(Files.newOutputStream(gz))) {
            stream.write(Files.readAllBytes(html));
        }
        assertEquals(0, run("extract", "--out", dir.resolve("out").toString(), html.toString(), gz.toString()),
                err.toString());
        String page = Files.readString(dir.resolve("out/page.txt"));
        assertTrue(page.contains("Dock workers in the port of Varna walked out on Friday"), page);
        assertEquals(page, Files.readString(dir.resolve("out/other.txt")));
    }

    @Test
    void extractIntoAFileThatIsNoFolderIsAContentError() throws IOException {
        Path text = write("in/a.txt", "Dock workers in the port of Varna walked out on Friday in a strike.\n");
        Path file = write("taken", "x");
        assertEquals(1, run("extract", "--out", file.toString(), text.toString()));
        assertTrue(err.toString().startsWith("error: " + file + ": is a file, not a folder"), err.toString());
    }

    @Test
    void extractPrintsToStandardOutput() throws IOException {
        Path text = write("in/a.txt", "Dock workers in the port of Varna walked out on Friday in a strike.\n");
        assertEquals(0, run("extract", text.toString()));
        assertTrue(out.toString().contains("Dock workers in the port of Varna"), out.toString());
    }
}
