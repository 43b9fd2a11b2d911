package crosscheck.render;

import static crosscheck.Trees.assertSameFiles;
import static crosscheck.render.Fixtures.copyTemplates;
import static crosscheck.render.Fixtures.render;
import static crosscheck.render.Fixtures.site;
import static crosscheck.Trees.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens when rendering cannot finish or must not replace the output folder. */
class FailuresTest {
    @TempDir
    Path tmp;

    private final Fixtures.Sample sample = new Fixtures.Sample();

    private BuildException renderWith(Path templates, Path out) {
        return assertThrows(BuildException.class,
                () -> render(templates, site(""), sample.articles(), sample.digests(), List.of(), out));
    }

    /** A copy of the templates with {@code line} put in as line {@code number} of {@code template}. */
    private Path templatesWith(String template, int number, String line) throws IOException {
        Path templates = copyTemplates(tmp.resolve("templates"));
        Path file = templates.resolve(template);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.add(number - 1, line);
        Files.write(file, lines);
        return templates;
    }

    private Path previousSite() {
        return render(site(""), sample.articles(), sample.digests(), tmp.resolve("out").resolve("site"));
    }

    private void assertNoLeftovers(Path out) throws IOException {
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertEquals(List.of(out.getFileName().toString()),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void templateSyntaxErrorNamesFileAndLineAndKeepsThePreviousSite() throws IOException {
        Path out = previousSite();
        SortedMap<String, byte[]> before = snapshot(out);
        Path templates = templatesWith("event.ftlh", 7, "<#if>");

        BuildException e = renderWith(templates, out);

        assertEquals(templates.resolve("event.ftlh").toString(), e.file());
        assertEquals(7, e.line());
        assertTrue(e.getMessage().startsWith("template syntax error"), e.getMessage());
        assertTrue(e.hint() != null && !e.hint().isBlank());
        SortedMap<String, byte[]> after = snapshot(out);
        assertSameFiles(before, after);
        assertNoLeftovers(out);
    }

    @Test
    void errorInTheSharedLayoutNamesTheLayout() throws IOException {
        Path templates = templatesWith("layout.ftlh", 10, "<#list>");
        BuildException e = renderWith(templates, tmp.resolve("site"));
        assertEquals(templates.resolve("layout.ftlh").toString(), e.file());
        assertEquals(10, e.line());
        assertTrue(Files.notExists(tmp.resolve("site")));
    }

    @Test
    void templateRuntimeErrorNamesFileAndLine() throws IOException {
        Path out = previousSite();
        SortedMap<String, byte[]> before = snapshot(out);
        Path templates = templatesWith("article.ftlh", 6, "${noSuchValue}");

        BuildException e = renderWith(templates, out);

        assertEquals(templates.resolve("article.ftlh").toString(), e.file());
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("noSuchValue"), e.getMessage());
        assertEquals(before.keySet(), snapshot(out).keySet());
        assertNoLeftovers(out);
    }

    @Test
    void templatesCannotReachJava() throws IOException {
        Path templates = templatesWith("index.ftlh", 5,
                "${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
        BuildException e = renderWith(templates, tmp.resolve("site"));
        assertEquals(templates.resolve("index.ftlh").toString(), e.file());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
    }

    @Test
    void missingTemplateIsNamed() throws IOException {
        Path templates = copyTemplates(tmp.resolve("templates"));
        Files.delete(templates.resolve("outlet.ftlh"));
        BuildException e = renderWith(templates, tmp.resolve("site"));
        assertEquals(templates.resolve("outlet.ftlh").toString(), e.file());
        assertEquals("template not found", e.getMessage());
        assertTrue(Files.notExists(tmp.resolve("site")));
    }

    @Test
    void missingTemplatesFolderIsNamed() {
        BuildException e = renderWith(tmp.resolve("nowhere"), tmp.resolve("site"));
        assertEquals(tmp.resolve("nowhere").toString(), e.file());
    }

    @Test
    void refusesToReplaceAFolderThatIsNotACrosscheckSite() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out").resolve("src"));
        Files.writeString(out.resolve("Main.java"), "class Main {}");

        BuildException e = renderWith(Fixtures.TEMPLATES, out);

        assertEquals(out.toString(), e.file());
        assertTrue(e.getMessage().contains(".crosscheck-site"), e.getMessage());
        assertEquals(List.of("Main.java"), List.copyOf(snapshot(out).keySet()));
        assertNoLeftovers(out);
    }

    @Test
    void refusesToReplaceAFile() throws IOException {
        Path out = Files.writeString(tmp.resolve("notes.txt"), "keep me");
        BuildException e = renderWith(Fixtures.TEMPLATES, out);
        assertTrue(e.getMessage().contains("file"), e.getMessage());
        assertEquals("keep me", Files.readString(out));
    }

    @Test
    void writesIntoAnEmptyFolderAndReplacesAPreviousSite() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out").resolve("site"));
        render(site(""), sample.articles(), sample.digests(), out);
        Files.writeString(out.resolve("stale.html"), "from an older build");
        render(site(""), List.of(sample.reuters), List.of(), out);
        assertTrue(Files.notExists(out.resolve("stale.html")), "old files go");
        assertTrue(Files.notExists(out.resolve("articles/002_aj")));
        assertTrue(Files.isRegularFile(out.resolve("articles/001_reuters/index.html")));
        assertNoLeftovers(out);
    }

    @Test
    void refusesABaseUrlThatCannotPrefixLinks() {
        BuildException e = assertThrows(BuildException.class,
                () -> render(site("javascript:alert(1)/"), sample.articles(), sample.digests(), tmp.resolve("site")));
        assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
        assertTrue(Files.notExists(tmp.resolve("site")));
    }
}
