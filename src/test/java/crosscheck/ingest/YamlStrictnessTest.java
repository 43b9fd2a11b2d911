package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YAML that would silently mean something else is an error with its file and line: a key given twice, an alias,
 * a binary value, a list where text is expected, an impossible time. Bidirectional controls are removed.
 */
class YamlStrictnessTest extends ContentFolderTest {
    /** The one problem of reading the content folder, described as the command line prints it. */
    private BuildException fails() {
        BuildException e = assertThrows(BuildException.class, () -> ContentReader.read(dir));
        assertEquals(1, e.problems().size(), e.describe());
        return e;
    }

    private Content reads() {
        return ContentReader.read(dir);
    }

    private void assertProblem(BuildException e, String file, int line, String says) {
        assertEquals(file, e.file(), e.describe());
        assertEquals(line, e.line(), e.describe());
        assertTrue(e.getMessage().contains(says), e.describe());
    }

    private void siteAnd(String name, String text) throws IOException {
        write("site.yml", "title: T\n");
        write(name, text);
    }

    @Test
    void aKeyGivenTwiceIsAnErrorWithItsLine() throws IOException {
        siteAnd("articles/a.md", "---\ntitle: First\nsource: S\ntitle: Second\n---\nBody.\n");
        assertProblem(fails(), "articles/a.md", 4, "the key 'title' is given twice");
    }

    @Test
    void aSecondEventsKeyIsAnErrorNotASilentReplacement() throws IOException {
        siteAnd("events.yml", "events:\n  - slug: one\n    reports: [a]\nexclude: [b]\nevents:\n  - slug: two\n");
        assertProblem(fails(), "events.yml", 5, "the key 'events' is given twice");
    }

    @Test
    void keysGivenTwiceInSiteYmlEntitiesAndPagesAreErrors() throws IOException {
        write("site.yml", "title: T\nbaseUrl: https://a.example/\nbaseUrl: https://b.example/\n");
        assertProblem(fails(), "site.yml", 3, "the key 'baseUrl' is given twice");
        write("site.yml", "title: T\n");
        write("entities.yml", "- name: Rafah\n  kind: place\n  kind: person\n");
        assertProblem(fails(), "entities.yml", 3, "'kind' is given twice");
        Files.delete(dir.resolve("entities.yml"));
        write("pages/about.md", "---\ntitle: A\ntitle: B\n---\nText.\n");
        assertProblem(fails(), "pages/about.md", 3, "the key 'title' is given twice");
    }

    @Test
    void anAliasIsAnErrorNotTheAnchorsName() throws IOException {
        siteAnd("articles/a.md", "---\nsource: &s Example News\nauthor: *s\n---\nBody.\n");
        assertProblem(fails(), "articles/a.md", 3, "'*s' is an alias: aliases are not supported");
        Files.delete(dir.resolve("articles/a.md"));
        write("events.yml", "events:\n  - slug: one\n    title: &t A title\n  - slug: two\n    title: *t\n");
        assertProblem(fails(), "events.yml", 5, "'*t' is an alias");
    }

    @Test
    void aBinaryValueIsAnErrorNotAnObjectId() throws IOException {
        siteAnd("articles/a.md", "---\nsource: S\ntitle: !!binary aGVsbG8=\n---\nBody.\n");
        assertProblem(fails(), "articles/a.md", 3, "a binary value (!!binary) where text is expected");
        Files.delete(dir.resolve("articles/a.md"));
        write("site.yml", "title: !!binary aGVsbG8=\n");
        assertProblem(fails(), "site.yml", 1, "a binary value (!!binary)");
        write("site.yml", "title: T\n");
        write("events.yml", "events:\n  - slug: one\n    note: !!binary aGVsbG8=\n");
        assertProblem(fails(), "events.yml", 3, "a binary value (!!binary)");
        Files.delete(dir.resolve("events.yml"));
        write("entities.yml", "- name: !!binary aGVsbG8=\n  kind: place\n");
        assertProblem(fails(), "entities.yml", 1, "a binary value (!!binary)");
        Files.delete(dir.resolve("entities.yml"));
        write("pages/about.md", "---\ntitle: !!binary aGVsbG8=\n---\nText.\n");
        assertProblem(fails(), "pages/about.md", 2, "a binary value (!!binary)");
    }

    @Test
    void aListOrMapInSiteYmlWhereTextIsExpectedIsAnError() throws IOException {
        write("site.yml", "description: D\ntitle:\n  a: b\n");
        assertProblem(fails(), "site.yml", 2, "'title' must be a single value");
    }

    @Test
    void anImpossibleTimeIsAnError() throws IOException {
        siteAnd("articles/a.md", "---\ntitle: A\npublished: 2024-03-24T25:99:00Z\n---\nBody.\n");
        assertProblem(fails(), "articles/a.md", 3, "cannot read the date '2024-03-24T25:99:00Z'");
        write("articles/a.md", "---\ntitle: A\npublished: 2024-02-30\n---\nBody.\n");
        assertProblem(fails(), "articles/a.md", 3, "cannot read the date '2024-02-30'");
        write("articles/a.md", "---\ntitle: A\npublished: 2024-03-24 garbage\n---\nBody.\n");
        assertProblem(fails(), "articles/a.md", 3, "cannot read the date");
    }

    @Test
    void possibleTimesAreRead() throws IOException {
        write("site.yml", "title: T\n");
        List<String> times = List.of("2024-03-24T23:59:00Z", "2024-03-24T10:00:00+02:00", "2024-03-24 10:00",
                "2024-03-24T10:00", "2024-03-24 10:00:00 +0200", "2024-03-24");
        for (int i = 0; i < times.size(); i++) {
            write("articles/a" + i + ".md", "---\ntitle: A\npublished: " + times.get(i) + "\n---\nBody.\n");
        }
        for (RawReport report : reads().reports()) {
            assertEquals(LocalDate.of(2024, 3, 24), report.frontMatter().published(), report.file());
        }
    }

    @Test
    void bidiControlsAreRemovedFromFrontMatterText() throws IOException {
        siteAnd("articles/a.md", "---\ntitle: \"Good \u202Eevil\u202C news\"\nsource: \u2066Example\u2069 News\u200F\n"
                + "author: A\u061C B\u200E\nurl: https://example.org/\u202Eabc\n---\nBody.\n");
        FrontMatter front = reads().reports().get(0).frontMatter();
        assertEquals("Good evil news", front.title());
        assertEquals("Example News", front.source());
        assertEquals("A B", front.author());
        assertEquals("https://example.org/abc", front.url());
    }

    @Test
    void bidiControlsAreRemovedFromTheCuratorsFiles() throws IOException {
        write("site.yml", "title: \"\u202ETitle\"\n");
        write("events.yml", "events:\n  - slug: one\n    title: \"\u202EEvent\"\n");
        write("entities.yml", "- name: \"\u202ERafah\"\n  kind: place\n");
        write("pages/about.md", "---\ntitle: \"\u2067About\u2069\"\n---\nText.\n");
        Content content = reads();
        assertEquals("Title", content.site().title());
        assertEquals("Event", content.curation().events().get(0).title());
        assertEquals("Rafah", content.known().entries().get(0).name());
        assertEquals("About", content.pages().get(0).title());
    }

    @Test
    void yamlFilesAreReadAsUtf8WhateverTheLocale() throws IOException {
        write("site.yml", "title: Crosscheck – Übersicht\n");
        write("entities.yml", "- name: Kyiv\n  kind: place\n  aliases: [Київ]\n");
        Content content = reads();
        assertEquals("Crosscheck – Übersicht", content.site().title());
        assertEquals(List.of("Київ"), content.known().entries().get(0).aliases());
        Files.write(dir.resolve("entities.yml"), "- name: K\u00f6ln\n  kind: place\n".getBytes(
                StandardCharsets.ISO_8859_1));
        assertProblem(fails(), "entities.yml", 0, "the file is not UTF-8 text");
    }
}
