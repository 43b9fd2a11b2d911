package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The addresses a published site shows, from its digest.json: what a site built before slugs files keeps. */
class PublishedSiteReaderTest {
    @TempDir
    Path site;

    private final List<Warning> warnings = new ArrayList<>();

    private PublishedAddresses read(String digest) throws IOException {
        Files.writeString(site.resolve(".crosscheck-site"), "Crosscheck site, format 1\nreports: 3\n");
        Files.writeString(site.resolve("digest.json"), digest);
        return PublishedSiteReader.read(site, warnings::add);
    }

    @Test
    void eachReportIsAtItsEventsAddressAndEachRedirectIsKept() throws IOException {
        PublishedAddresses read = read("""
                {"events": [{"id": "quake", "title": "Quake", "articles": ["a1", "a2"], "summary": [{"text": "x",
                  "sources": ["a1"]}]}, {"id": "strike", "articles": ["b1"], "note": null}],
                 "articles": [{"id": "a1", "event": "quake", "text": "long text"}],
                 "redirects": [{"id": "old-quake", "event": "quake", "url": "events/old-quake/"}]}
                """);
        assertEquals(Map.of("a1", "quake", "a2", "quake", "b1", "strike"), read.slugOfReport());
        assertEquals(Map.of("old-quake", "quake"), read.movedTo());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aSiteFromBeforeRedirectsAndEventIdsThatAreNoSlugsGiveWhatTheyCan() throws IOException {
        PublishedAddresses read = read("""
                {"events": [{"id": "Not A Slug", "articles": ["x"]}, {"id": "quake", "articles": ["a1"]}],
                 "articles": []}
                """);
        assertEquals(Map.of("a1", "quake"), read.slugOfReport());
    }

    @Test
    void aDamagedDigestIsAWarningNamingItAndGivesNothing() throws IOException {
        PublishedAddresses read = read("{\"events\": [{\"id\": \"quake\", \"articles\": [\"a1\"");
        assertEquals(PublishedAddresses.none(), read);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).file().endsWith("digest.json"), warnings.toString());
        assertTrue(warnings.get(0).message().startsWith("cannot read the addresses of the published site"),
                warnings.toString());
    }

    @Test
    void theBuildReadsThePublishedSiteOnlyForReportsTheSlugsFileDoesNotName(@TempDir Path content)
            throws IOException {
        read("{\"events\": [{\"id\": \"quake\", \"articles\": [\"a1\", \"a2\"]}], \"articles\": [");
        warnings.clear(); // a damaged digest.json: a warning whenever it is read
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yml"), "title: Test\n");
        Files.createDirectories(content.resolve(".crosscheck"));
        Files.writeString(content.resolve("articles/a1.txt"), "A report.\n");
        Files.writeString(content.resolve("articles/draft.md"), "---\ndraft: true\n---\nA draft.\n");
        Files.writeString(content.resolve(".crosscheck/slugs"), "report\ta1\tquake\n");
        Content read = ContentReader.read(content, site);
        assertEquals(List.of(), read.warnings(), "every report that may be published has its line");
        assertEquals(Map.of("a1", "quake"), read.addresses().slugOfReport());

        Files.writeString(content.resolve("articles/a2.txt"), "Another report.\n");
        List<String> seen = ContentReader.read(content, site).warnings().stream().map(Warning::message).toList();
        assertEquals(1, seen.size(), seen.toString());
        assertTrue(seen.get(0).startsWith("cannot read the addresses of the published site"), seen.toString());
    }

    @Test
    void aFolderWithOnlyTheDigestIsReadAndOneWithoutItGivesNothing() throws IOException {
        Files.writeString(site.resolve("digest.json"), "{\"events\": [{\"id\": \"quake\", \"articles\": [\"a1\"]}]}");
        assertEquals(Map.of("a1", "quake"), PublishedSiteReader.read(site, warnings::add).slugOfReport());
        assertEquals(PublishedAddresses.none(), PublishedSiteReader.read(site.resolve("missing"), warnings::add));
        assertEquals(List.of(), warnings);
        assertThrows(NullPointerException.class, () -> PublishedSiteReader.read(null, warnings::add));
    }
}
