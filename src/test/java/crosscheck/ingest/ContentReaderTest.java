package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import crosscheck.core.Warning;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentReaderTest extends ContentFolderTest {
    private Content read() {
        return ContentReader.read(dir);
    }

    @Test
    void aReportMovedAwayBetweenListingAndReadingIsSkippedWithAWarningToBuildAgain() {
        List<Warning> warnings = new java.util.ArrayList<>();
        assertTrue(ContentReader.readReport(dir.resolve("articles/gone.txt"), "articles/gone.txt", warnings).isEmpty());
        assertEquals(List.of("articles/gone.txt: the file was moved or deleted during the build: skipped; build again "
                + "to include it"), warnings.stream().map(Object::toString).toList());
    }

    @Test
    void aSiteYmlOfCommentsOnlyGivesTheDefaultsWithAWarningNotAnError() throws IOException {
        write("site.yml", "# settings to come\n\n");
        write("articles/a.txt", "Plain body.\n");
        Content content = read();
        assertEquals("Crosscheck", content.site().title());
        assertEquals(List.of("site.yml: no 'title': using 'Crosscheck'"),
                content.warnings().stream().map(Object::toString).toList());
    }

    @Test
    void aSitePublishesExcerptsOfTheReportsUnlessItsSettingsSayOtherwise() throws IOException {
        write("articles/a.txt", "Plain body.\n");
        write("site.yml", "title: Digest\n");
        assertEquals(ArticleText.EXCERPT, read().site().articles());
        write("site.yml", "title: Digest\narticles: Full\n");
        assertEquals(ArticleText.FULL, read().site().articles());
        write("site.yml", "title: Digest\narticles: none\n");
        assertEquals(ArticleText.NONE, read().site().articles());
    }

    @Test
    void anUnknownArticlesSettingNamesTheFileLineAndTheChoices() throws IOException {
        write("articles/a.txt", "Plain body.\n");
        write("site.yml", "title: Digest\narticles: some\n");
        BuildException problem = assertThrows(BuildException.class, this::read);
        assertTrue(problem.describe().contains("site.yml:2"), problem.describe());
        assertTrue(problem.describe().contains("'articles' must be full, excerpt or none, not 'some'"),
                problem.describe());
    }

    @Test
    void aSiteYmlThatIsNotUtf8SaysSo() throws IOException {
        Files.write(dir.resolve("site.yml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9, '\n'});
        BuildException problem = assertThrows(BuildException.class, this::read);
        assertTrue(problem.describe().contains("site.yml: the file is not UTF-8 text"), problem.describe());
    }

    @Test
    void readsSiteSettingsAndReportsWithFrontMatter() throws IOException {
        write("site.yml", "title: Digest\nbaseUrl: https://user.github.io/repo\nsummaryWords: 80\n");
        write("articles/b.txt", "Plain body.\n");
        write("articles/a.md", "---\ntitle: \"Chiefs confer\"\nsource: Example News\npublished: 2024-03-26\n"
                + "event: austin-gallant\n---\nBody line one.\n");
        Content content = read();
        assertEquals("Digest", content.site().title());
        assertEquals("https://user.github.io/repo/", content.site().baseUrl());
        assertEquals(80, content.site().summaryWords());
        assertEquals(2, content.reports().size());
        RawReport a = content.reports().get(0);
        assertEquals("a", a.id());
        assertEquals("articles/a.md", a.file());
        assertEquals(Format.MARKDOWN, a.format());
        assertEquals("Chiefs confer", a.frontMatter().title());
        assertEquals("Example News", a.frontMatter().source());
        assertEquals(LocalDate.of(2024, 3, 26), a.frontMatter().published());
        assertEquals("austin-gallant", a.frontMatter().event());
        assertEquals("Body line one.\n", a.body());
        assertEquals(7, a.bodyLine());
        assertEquals(FrontMatter.EMPTY, content.reports().get(1).frontMatter());
        assertTrue(content.warnings().isEmpty(), content.warnings().toString());
    }

    @Test
    void idIsTheFileNameWithoutAnyExtension() {
        assertEquals("a", Format.idOf("a.html.gz"));
        assertEquals("a", Format.idOf("a.html"));
        assertEquals(Format.HTML, Format.of("a.HTM").orElseThrow());
        assertTrue(Format.of("photo.jpg").isEmpty());
    }

    @Test
    void invalidYamlNamesTheFileAndLine() throws IOException {
        write("site.yml", "title: T\n");
        write("articles/a.txt", "---\ntitle: ok\nsource: [unclosed\n---\nBody.\n");
        BuildException e = assertThrows(BuildException.class, this::read);
        assertEquals("articles/a.txt", e.file());
        assertTrue(e.line() >= 3, "line " + e.line());
        assertTrue(e.describe().contains("YAML"), e.describe());
    }

    @Test
    void unclosedFrontMatterIsAnError() throws IOException {
        write("articles/a.txt", "---\ntitle: ok\nBody.\n");
        BuildException e = assertThrows(BuildException.class, this::read);
        assertEquals(1, e.line());
    }

    @Test
    void unparseableDateSaysHowToWriteIt() throws IOException {
        write("articles/a.txt", "---\ntitle: ok\npublished: last Tuesday\n---\nBody.\n");
        BuildException e = assertThrows(BuildException.class, this::read);
        assertEquals(3, e.line());
        assertTrue(e.hint().contains("YYYY-MM-DD"));
    }

    @Test
    void unknownKeysAreWarnedWithTheirLine() throws IOException {
        write("site.yml", "title: T\n");
        write("articles/a.txt", "---\ntitle: ok\nsorce: Typo News\n---\nBody.\n");
        Content content = read();
        assertEquals(1, content.warnings().size());
        Warning warning = content.warnings().get(0);
        assertEquals("articles/a.txt", warning.file());
        assertEquals(3, warning.line());
        assertTrue(warning.message().contains("sorce"));
    }

    @Test
    void onlyHttpUrlsAreKeptAndTheRestAreWarnedAbout() throws IOException {
        String[] urls = {"HTTPS://Example.org/a?b=c", "http://example.org", "../../x", "javascript:alert(1)",
            "//example.org/x", "file:///etc/passwd", "http://user@example.org/", "https://exa mple.org/",
            "data:text/html,<b>x</b>"};
        for (int i = 0; i < urls.length; i++) {
            write("articles/r" + i + ".txt", "---\ntitle: t\nurl: \"" + urls[i] + "\"\n---\nBody.\n");
        }
        Content content = read();
        for (int i = 0; i < urls.length; i++) {
            String file = "articles/r" + i + ".txt";
            String kept = content.reports().get(i).frontMatter().url();
            boolean warned = content.warnings().stream().anyMatch(w -> w.file().equals(file) && w.line() == 3
                    && w.message().contains("is ignored"));
            if (i < 2) {
                assertEquals(urls[i], kept);
                assertFalse(warned, file);
            } else {
                assertEquals(null, kept, urls[i]);
                assertTrue(warned, urls[i] + ": " + content.warnings());
            }
        }
    }

    @Test
    void anEventSlugMustBeSafeForAFolderName() throws IOException {
        write("articles/a.txt", "---\ntitle: t\nevent: pentagon-meeting-2\n---\nBody.\n");
        assertEquals("pentagon-meeting-2", read().reports().get(0).frontMatter().event());
        for (String slug : new String[] {"../../x", "Pentagon Meeting", "a/b", "-x", "\"..\""}) {
            write("articles/a.txt", "---\ntitle: t\nevent: " + slug + "\n---\nBody.\n");
            BuildException e = assertThrows(BuildException.class, this::read, slug);
            assertEquals("articles/a.txt", e.file());
            assertEquals(3, e.line());
            assertTrue(e.hint().contains("lower-case letters, digits"), e.hint());
        }
    }

    @Test
    void twoFilesWithOneIdAreAnError() throws IOException {
        write("articles/a.txt", "One.");
        write("articles/a.html", "<p>Two.</p>");
        BuildException e = assertThrows(BuildException.class, this::read);
        assertTrue(e.getMessage().contains("'a'"));
    }

    @Test
    void emptyBinaryAndUnknownFilesAreSkippedWithAWarning() throws IOException {
        write("site.yml", "title: T\n");
        write("articles/empty.txt", "  \n");
        write("articles/notes.docx", "x");
        Files.write(dir.resolve("articles/blob.html"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Content content = read();
        assertTrue(content.reports().isEmpty());
        assertEquals(3, content.warnings().size(), content.warnings().toString());
    }

    @Test
    void readsGzipTransparently() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("articles/page.html.gz")))) {
            out.write("<p>Über alles.</p>".getBytes(StandardCharsets.UTF_8));
        }
        RawReport report = read().reports().get(0);
        assertEquals("page", report.id());
        assertEquals(Format.HTML, report.format());
        assertEquals("<p>Über alles.</p>", report.body());
    }

    @Test
    void decodesDeclaredAndUndeclaredLegacyEncodings() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Charset cp1252 = Charset.forName("windows-1252");
        Files.write(dir.resolve("articles/declared.html"),
                "<meta charset=\"iso-8859-1\"><p>Caf\u00e9 \u201cquoted\u201d</p>".getBytes(cp1252));
        Files.write(dir.resolve("articles/undeclared.txt"), "Caf\u00e9 \u2013 r\u00e9sum\u00e9".getBytes(cp1252));
        Content content = read();
        assertTrue(content.reports().get(0).body().contains("Caf\u00e9 \u201cquoted\u201d"));
        assertEquals("Caf\u00e9 \u2013 r\u00e9sum\u00e9", content.reports().get(1).body());
        assertTrue(content.warnings().stream().anyMatch(w -> w.file().equals("articles/undeclared.txt")));
    }

    @Test
    void invalidUtf8IsReadWithAWarningNamingTheFile() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        // declared UTF-8 with a stray Windows-1252 apostrophe (0x92), as pasted text often has
        byte[] declared = concat("<meta charset=\"utf-8\"><p>Caf\u00e9 owner".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x92}, "s view</p>".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("articles/a-declared.html"), declared);
        // not UTF-8 at all and no declaration: Windows-1252
        Files.write(dir.resolve("articles/b-legacy.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q',
                (byte) 0x94});
        // truncated and overlong sequences, lone continuation bytes, surrogates: never a crash
        Files.write(dir.resolve("articles/c-garbage.html"), concat("<meta charset=utf-8><p>Text ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE2, (byte) 0x82, ' ', (byte) 0xC0, (byte) 0xAF, (byte) 0x80, (byte) 0xED,
                        (byte) 0xA0, (byte) 0x80, (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, (byte) 0xF0},
                " caf\u00e9 \u2013 ok</p>".getBytes(StandardCharsets.UTF_8)));
        Content content = read();
        assertEquals(3, content.reports().size());
        assertEquals("<meta charset=\"utf-8\"><p>Caf\u00e9 owner\u2019s view</p>", content.reports().get(0).body());
        assertEquals("Caf\u00e9 \u201cq\u201d", content.reports().get(1).body());
        assertTrue(content.reports().get(2).body().endsWith(" caf\u00e9 \u2013 ok</p>"), content.reports().get(2).body());
        for (String file : List.of("articles/a-declared.html", "articles/b-legacy.txt", "articles/c-garbage.html")) {
            assertTrue(content.warnings().stream().anyMatch(w -> w.file().equals(file)), file + ": " + content.warnings());
        }
    }

    @Test
    void aUtf8PageThatStillDeclaresLatin1IsReadAsUtf8() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.write(dir.resolve("articles/a.html"),
                "<meta charset=\"iso-8859-1\"><p>It\u2019s Caf\u00e9</p>".getBytes(StandardCharsets.UTF_8));
        Content content = read();
        assertEquals("<meta charset=\"iso-8859-1\"><p>It\u2019s Caf\u00e9</p>", content.reports().get(0).body());
        assertEquals(List.of(), content.warnings().stream().filter(w -> w.file().startsWith("articles")).toList());
    }

    @Test
    void anUnreadableFileIsSkippedWithAWarningAndTheRestIsRead() throws IOException {
        write("site.yml", "title: T\n");
        write("articles/a.txt", "A report.\n");
        Files.write(dir.resolve("articles/b.html.gz"), "not gzip at all".getBytes(StandardCharsets.UTF_8));
        write("articles/c.txt", "Another report.\n");
        Content content = read();
        assertEquals(List.of("a", "c"), content.reports().stream().map(RawReport::id).toList());
        assertTrue(content.warnings().stream().anyMatch(w -> w.file().equals("articles/b.html.gz")
                && w.message().contains("cannot read")), content.warnings().toString());
    }

    @Test
    void aGzipBombIsReadOnlyAsFarAsTheLimit() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        byte[] line = "A line of a report that goes on and on.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("articles/bomb.txt.gz")))) {
            for (long written = 0; written <= ContentReader.MAX_BYTES; written += line.length) out.write(line);
        }
        Content content = read();
        assertEquals(ContentReader.MAX_BYTES, content.reports().get(0).body().length());
        assertTrue(content.warnings().stream().anyMatch(w -> w.file().equals("articles/bomb.txt.gz")
                && w.message().contains("larger than")), content.warnings().toString());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        byte[] text = "---\ntitle: T\n---\nBody".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(dir.resolve("articles/a.txt"), withBom);
        RawReport report = read().reports().get(0);
        assertEquals("T", report.frontMatter().title());
        assertEquals("Body", report.body());
    }

    @Test
    void missingContentFolderIsAClearError() {
        BuildException e = assertThrows(BuildException.class, () -> ContentReader.read(dir.resolve("nope")));
        assertTrue(e.hint().contains("--content"));
    }

    @Test
    void missingSiteFileGivesDefaults() throws IOException {
        write("articles/a.txt", "Body.");
        Content content = read();
        assertEquals("Crosscheck", content.site().title());
        assertNull(content.reports().get(0).frontMatter().title());
        assertTrue(content.warnings().stream().anyMatch(w -> w.file().equals("site.yml")));
    }
}
