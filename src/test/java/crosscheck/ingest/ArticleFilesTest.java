package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Warning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What of the articles folder is read: links stay inside the content folder, hidden folders and sites are not. */
class ArticleFilesTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private Path content() {
        return dir.resolve("content");
    }

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path article(String name, String text) throws IOException {
        return write(content().resolve("articles").resolve(name), text);
    }

    private Content read() throws IOException {
        write(content().resolve("site.yml"), "title: T\n");
        return ContentReader.read(content());
    }

    private static List<String> ids(Content content) {
        return content.reports().stream().map(RawReport::id).toList();
    }

    private static String warningOf(Content content, String file) {
        return content.warnings().stream().filter(w -> file.equals(w.file())).map(Warning::message).findFirst()
                .orElseThrow(() -> new AssertionError("no warning for " + file + " in " + content.warnings()));
    }

    @Test
    void aLinkToAFileOutsideTheContentFolderIsSkippedWithAWarning() throws IOException {
        Path secret = write(outside.resolve("id_rsa"), "-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n");
        article("a.txt", "A report.\n");
        Files.createSymbolicLink(content().resolve("articles/k.txt"), secret);
        Files.createSymbolicLink(content().resolve("articles/p.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(content().resolve("articles/s.txt"), Path.of("/proc/self/status"));

        Content read = read();
        assertEquals(List.of("a"), ids(read));
        for (String link : List.of("articles/k.txt", "articles/p.txt", "articles/s.txt")) {
            assertTrue(warningOf(read, link).contains("symbolic link to a file outside the content folder: skipped"),
                    read.warnings().toString());
        }
        assertTrue(read.reports().stream().noneMatch(r -> r.body().contains("secret")));
    }

    @Test
    void aLinkToAFolderOutsideTheContentFolderIsNotEntered() throws IOException {
        write(outside.resolve("keys/secret.txt"), "secret\n");
        article("a.txt", "A report.\n");
        Files.createSymbolicLink(content().resolve("articles/keys"), outside.resolve("keys"));
        Files.createSymbolicLink(content().resolve("articles/root"), Path.of("/"));

        Content read = read();
        assertEquals(List.of("a"), ids(read));
        assertTrue(warningOf(read, "articles/keys").contains("symbolic link to a folder outside the content folder"));
        assertTrue(warningOf(read, "articles/root").contains("symbolic link to a folder outside the content folder"));
    }

    @Test
    void linksInsideTheContentFolderAreFollowedOnceAndLoopsEnd() throws IOException {
        article("a.txt", "A report.\n");
        write(content().resolve("more/b.txt"), "Another report, kept beside articles/.\n");
        article("sub/c.txt", "A third.\n");
        Files.createSymbolicLink(content().resolve("articles/b.txt"), Path.of("../more/b.txt"));
        Files.createSymbolicLink(content().resolve("articles/again"), Path.of("sub"));
        Files.createSymbolicLink(content().resolve("articles/sub/loop"), Path.of(".."));
        Files.createSymbolicLink(content().resolve("articles/up"), Path.of(".."));
        write(content().resolve("pages/about.md"), "About us.\n");

        Content read = assertTimeoutPreemptively(Duration.ofSeconds(20), this::read);
        assertEquals(List.of("a", "c", "b"), ids(read), "in path order: a.txt, again/c.txt, b.txt");
        assertEquals("articles/again/c.txt", read.reports().get(1).file(), "the first path in order");
        assertTrue(warningOf(read, "articles/sub/c.txt").contains("the same file as articles/again/c.txt"));
        assertTrue(warningOf(read, "articles/again/loop").contains("(a loop): skipped"), read.warnings().toString());
        assertTrue(warningOf(read, "articles/up").contains("(a loop): skipped"), "the content folder: not read");
        assertEquals(List.of("articles/again/loop", "articles/sub/c.txt", "articles/sub/loop", "articles/up"),
                read.warnings().stream().map(Warning::file).toList());
    }

    @Test
    void aLinkedArticlesFolderInsideTheContentFolderIsRead() throws IOException {
        write(content().resolve("reports/a.txt"), "A report.\n");
        Files.createSymbolicLink(content().resolve("articles"), Path.of("reports"));
        Content read = read();
        assertEquals(List.of("a"), ids(read));
        assertEquals("articles/a.txt", read.reports().get(0).file());
        assertTrue(read.warnings().isEmpty(), read.warnings().toString());
    }

    @Test
    void aLinkedArticlesFolderOutsideIsReadWithAWarning() throws IOException {
        write(outside.resolve("reports/a.txt"), "A report.\n");
        write(outside.resolve("other/x.txt"), "Not under the linked folder.\n");
        Files.createDirectories(content());
        Files.createSymbolicLink(content().resolve("articles"), outside.resolve("reports"));
        Files.createSymbolicLink(outside.resolve("reports/x.txt"), outside.resolve("other/x.txt"));

        Content read = read();
        assertEquals(List.of("a"), ids(read));
        assertTrue(warningOf(read, "articles/").contains("symbolic link to " + outside.resolve("reports")
                .toRealPath() + ", outside the content folder: it is read all the same"), read.warnings().toString());
        assertTrue(warningOf(read, "articles/x.txt").contains("outside the content folder: skipped"));
    }

    @Test
    void hiddenFoldersAreNotRead() throws IOException {
        article("a.txt", "A report.\n");
        article(".git/HEAD.txt", "ref: refs/heads/main\n");
        article(".crosscheck-cache/b.txt", "cached\n");
        article("sub/.hidden/c.txt", "hidden\n");
        Content read = read();
        assertEquals(List.of("a"), ids(read));
        assertTrue(read.warnings().isEmpty(), read.warnings().toString());
    }

    @Test
    void aSiteInsideTheArticlesFolderIsSkippedWithAWarning() throws IOException {
        article("a.txt", "A report.\n");
        article("site/index.html", "<html><body>The digest</body></html>");
        article("site/digest.json", "{}");
        article("site/events/x/index.html", "<html><body>An event</body></html>");
        article("marked/.crosscheck-site", "");
        article("marked/b.html", "<html><body>A page of a site</body></html>");
        article("only-index/index.html", "<html><body>A report saved as index.html</body></html>");

        Content read = read();
        assertEquals(List.of("a", "index"), ids(read), "a folder with only index.html is not a site");
        assertTrue(warningOf(read, "articles/site").contains("holds a site Crosscheck built"));
        assertTrue(warningOf(read, "articles/marked").contains("holds a site Crosscheck built"));
    }
}
