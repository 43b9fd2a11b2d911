package crosscheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.core.BuildException;
import crosscheck.core.Warning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event pages keep their addresses from build to build ({@code content/.crosscheck/slugs}): a published link to
 * {@code events/<slug>/} still finds its story after reports are added, retitled, merged or removed.
 */
class StableAddressesBuildTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String SLUGS = ".crosscheck/slugs";
    private static final String STRIKE_1 = "Dock workers in the port of Varna walked out on Friday in a strike over "
            + "pay, halting container traffic. The union said 3,000 members joined the strike and demanded a raise "
            + "of 12 percent. Port managers called the walkout illegal.";
    private static final String STRIKE_2 = "Container traffic stopped at Varna port as 3,000 dock workers went on "
            + "strike over pay on Friday. Their union wants a 12 percent raise; managers of the port say the strike "
            + "is illegal.";
    private static final String STRIKE_3 = "The Varna dock strike over pay went on for a second day, with 3,000 "
            + "workers out and container traffic halted. The union repeated its demand for a 12 percent raise; port "
            + "managers again called the walkout illegal.";
    private static final String QUAKE_1 = "A magnitude 6.1 earthquake struck near the coastal town of Tolmezzo on "
            + "Monday, collapsing houses and killing at least 14 people. Rescuers searched the rubble of the old "
            + "town overnight. The quake's epicentre was 10 km below Tolmezzo, the geological survey said.";
    private static final String QUAKE_2 = "Rescue teams dug through collapsed houses in Tolmezzo after a 6.1 "
            + "magnitude earthquake killed 14 people on Monday. The survey put the epicentre of the quake 10 km "
            + "under the town. Rescuers worked through the night in the old town.";
    private static final String FLOOD = "Heavy rain flooded the river delta near Ruse on Wednesday, forcing 200 "
            + "families from their homes. Farmers lost their wheat harvest to the water, and the regional governor "
            + "asked the army for boats and sandbags.";

    @TempDir
    Path dir;

    private Path content;
    private Path site;

    private void write(String name, String text) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void report(String id, String title, String date, String text) throws IOException {
        write("articles/" + id + ".md", "---\ntitle: " + title + "\nsource: Outlet " + id + "\npublished: " + date
                + "\n---\n" + text + "\n");
    }

    /** A site of two stories: a strike in two reports and an earthquake in two. */
    private void twoStories() throws IOException {
        content = dir.resolve("content");
        site = dir.resolve("site");
        write("site.yml", "title: Test digest\nbaseUrl: https://example.org/digest/\n");
        report("s1", "Varna dock workers strike over pay", "2024-03-01", STRIKE_1);
        report("s2", "Strike halts Varna container traffic", "2024-03-02", STRIKE_2);
        report("q1", "Earthquake kills 14 in Tolmezzo", "2024-03-04", QUAKE_1);
        report("q2", "Rescuers dig through Tolmezzo rubble", "2024-03-05", QUAKE_2);
    }

    private Build.Result build() {
        return build(site);
    }

    private Build.Result build(Path out) {
        return new Build(content, TEMPLATES, out, null).run();
    }

    /** Each event of the site's digest.json by id, with its reports' ids. */
    private static Map<String, List<String>> events(Path site) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        for (JsonNode event : new ObjectMapper().readTree(site.resolve("digest.json").toFile()).get("events")) {
            List<String> articles = new ArrayList<>();
            event.get("articles").forEach(a -> articles.add(a.asText()));
            out.put(event.get("id").asText(), articles);
        }
        return out;
    }

    /** The title of the event at {@code slug}. */
    private static String titleOf(Path site, String slug) throws IOException {
        for (JsonNode event : new ObjectMapper().readTree(site.resolve("digest.json").toFile()).get("events")) {
            if (event.get("id").asText().equals(slug)) return event.get("title").asText();
        }
        throw new AssertionError("no event at " + slug);
    }

    /** The slug of the event page a report is on. */
    private static String eventOf(Path site, String report) throws IOException {
        return events(site).entrySet().stream().filter(e -> e.getValue().contains(report)).findFirst()
                .orElseThrow(() -> new AssertionError(report + " is on no event page")).getKey();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void aBuildWritesEachReportsAddressToTheSlugsFile() throws IOException {
        twoStories();
        build();
        String strike = eventOf(site, "s1");
        String quake = eventOf(site, "q1");
        assertEquals(Map.of(strike, List.of("s1", "s2"), quake, List.of("q1", "q2")), events(site));
        assertEquals("varna-dock-workers-strike-over-pay", strike, "a new event is at its earliest report's headline");
        String slugs = Files.readString(content.resolve(SLUGS));
        assertTrue(slugs.contains("report\ts1\t" + strike + "\nreport\ts2\t" + strike + "\n"), slugs);
        assertTrue(slugs.contains("report\tq1\t" + quake + "\nreport\tq2\t" + quake + "\n"), slugs);
        assertTrue(Files.isRegularFile(site.resolve("events/" + strike + "/index.html")));
    }

    @Test
    void addingAnUnrelatedReportWithTheSameHeadlineKeepsEveryPageWhereItWas() throws IOException {
        twoStories();
        build();
        Map<String, List<String>> before = events(site);
        String quake = eventOf(site, "q1");
        String title = titleOf(site, quake);
        // a new story, first in id order, weeks later (its own event), headlined as the quake's page: once it took
        // the quake's address, and the quake's page moved to a "-2"
        report("0-flood", title, "2024-04-20", FLOOD);
        build();
        Map<String, List<String>> after = events(site);
        before.forEach((slug, reports) -> assertEquals(reports, after.get(slug), slug));
        assertEquals(3, after.size());
        assertNotEquals(quake, eventOf(site, "0-flood"));
    }

    @Test
    void aChangedHeadlineKeepsTheAddress() throws IOException {
        twoStories();
        build();
        String quake = eventOf(site, "q1");
        report("q1", "Deadly quake levels the old town", "2024-03-04", QUAKE_1);
        report("q2", "Search for survivors goes on", "2024-03-05", QUAKE_2);
        build();
        assertEquals(quake, eventOf(site, "q1"));
        assertEquals(quake, eventOf(site, "q2"));
        String title = page("events/" + quake + "/index.html").selectFirst("h1").text();
        assertTrue(title.contains("quake") || title.contains("survivors"), "the page shows the new headline: " + title);
    }

    @Test
    void twoEventsMergingKeepOneAddressAndTheOtherRedirectsToIt() throws IOException {
        twoStories();
        // a previous build published the strike's reports as two events: s3 on a page of its own
        report("s3", "Varna strike enters second day", "2024-03-03", STRIKE_3);
        write(SLUGS, "report\ts1\tvarna-strike\nreport\ts2\tvarna-strike\nreport\ts3\tport-walkout\n");
        build();
        assertEquals("varna-strike", eventOf(site, "s3"), "the address most of the reports had");
        assertEquals(List.of("s1", "s2", "s3"), events(site).get("varna-strike"));

        Document moved = page("events/port-walkout/index.html");
        assertEquals("https://example.org/digest/events/varna-strike/",
                moved.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("0; url=../../events/varna-strike/", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("noindex", moved.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("../../events/varna-strike/", moved.selectFirst("a[href]").attr("href"));
        JsonNode redirects = new ObjectMapper().readTree(site.resolve("digest.json").toFile()).get("redirects");
        assertEquals("[{\"id\":\"port-walkout\",\"event\":\"varna-strike\",\"url\":\"events/port-walkout/\"}]",
                redirects.toString());
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains("port-walkout"), "not a page to index");

        String slugs = Files.readString(content.resolve(SLUGS));
        assertTrue(slugs.contains("report\ts3\tvarna-strike\n"), slugs);
        assertTrue(slugs.endsWith("moved\tport-walkout\tvarna-strike\n"), slugs);
        build(); // and it stays
        assertTrue(Files.isRegularFile(site.resolve("events/port-walkout/index.html")));
        assertEquals(slugs, Files.readString(content.resolve(SLUGS)));
    }

    @Test
    void anEventWhoseReportsAreAllRemovedLosesItsPageAndTheOthersKeepTheirs() throws IOException {
        twoStories();
        build();
        String strike = eventOf(site, "s1");
        String quake = eventOf(site, "q1");
        Files.delete(content.resolve("articles/q1.md"));
        Files.delete(content.resolve("articles/q2.md"));
        Files.delete(content.resolve("articles/s1.md"));
        build();
        assertEquals(Map.of(strike, List.of("s2")), events(site), "s2 keeps the address it shared with s1");
        assertFalse(Files.exists(site.resolve("events/" + quake)), "no page, and no redirect: the 404 page answers");
        assertEquals("report\ts2\t" + strike + "\n",
                Files.readString(content.resolve(SLUGS)).lines().filter(l -> !l.startsWith("#"))
                        .map(l -> l + "\n").reduce("", String::concat));
    }

    @Test
    void aCorruptSlugsFileIsAWarningAtItsLineAndKeepsEveryAddressItCouldRead() throws IOException {
        twoStories();
        write(SLUGS, "report\ts1\tvarna-strike\nreport s2 varna-strike\n\u0000\u0001garbage\nreport\tq1\tquake\n");
        Build.Result result = build();
        assertEquals(List.of(".crosscheck/slugs:2", ".crosscheck/slugs:3"),
                result.warnings().stream().map(w -> w.file() + ":" + w.line()).toList());
        assertTrue(result.warnings().get(0).message().startsWith("cannot read this line"),
                result.warnings().get(0).message());
        assertEquals(Map.of("varna-strike", List.of("s1", "s2"), "quake", List.of("q1", "q2")), events(site));
        String slugs = Files.readString(content.resolve(SLUGS));
        assertTrue(slugs.contains("report\ts1\tvarna-strike\nreport\ts2\tvarna-strike\n"), "rebuilt whole: " + slugs);
        assertFalse(slugs.contains("garbage"), slugs);
        assertTrue(build().warnings().isEmpty(), "the next build has nothing to warn about");
    }

    @Test
    void aLostLineIsRecoveredFromThePublishedSite() throws IOException {
        twoStories();
        build();
        String quake = eventOf(site, "q1");
        // the line of q1, the earliest report, is damaged, and its headline changed: only the site knows its address
        String slugs = Files.readString(content.resolve(SLUGS));
        write(SLUGS, slugs.replace("report\tq1\t" + quake, "report\tq1 " + quake)
                .replace("report\tq2\t" + quake + "\n", ""));
        report("q1", "Deadly quake levels the old town", "2024-03-04", QUAKE_1);
        Build.Result result = build();
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertEquals(quake, eventOf(site, "q1"));
        assertEquals(slugs, Files.readString(content.resolve(SLUGS)));
    }

    @Test
    void theFirstBuildOfASiteFromBeforeSlugsFilesKeepsItsAddresses() throws IOException {
        twoStories();
        build();
        Map<String, List<String>> published = events(site);
        Files.delete(content.resolve(SLUGS)); // as a site built before there were slugs files
        report("q1", "Deadly quake levels the old town", "2024-03-04", QUAKE_1);
        report("s1", "Port of Varna at a standstill", "2024-03-01", STRIKE_1);
        build();
        assertEquals(published, events(site));
        assertTrue(Files.isRegularFile(content.resolve(SLUGS)));
    }

    @Test
    void aBuildIntoAFreshFolderKeepsTheAddressesOfThePublishedDigestItIsGiven() throws IOException {
        twoStories();
        build();
        Map<String, List<String>> published = events(site);
        // as the Pages workflow builds: a fresh checkout without the slugs file, the live site's digest.json fetched
        Files.delete(content.resolve(SLUGS));
        Path fetched = Files.createDirectories(dir.resolve("published"));
        Files.copy(site.resolve("digest.json"), fetched.resolve("digest.json"));
        report("q1", "Deadly quake levels the old town", "2024-03-04", QUAKE_1);
        Path fresh = dir.resolve("_site");
        new Build(content, TEMPLATES, fresh, null).withPublished(fetched).run();
        assertEquals(published, events(fresh));
        Files.delete(content.resolve(SLUGS));
        new Build(content, TEMPLATES, dir.resolve("other"), null).run();
        assertNotEquals(published, events(dir.resolve("other")), "without it, the retitled event gets a new address");
    }

    @Test
    void previewWritesNoSlugsFile() throws IOException {
        twoStories();
        Build.Preview preview = new Build(content, TEMPLATES, site, null).preview();
        assertEquals(2, preview.result().events());
        assertTrue(preview.site().file("events/varna-dock-workers-strike-over-pay/index.html").isPresent());
        assertFalse(Files.exists(content.resolve(".crosscheck")));
        assertFalse(Files.exists(site));
    }

    @Test
    void aFailedBuildLeavesTheSlugsFileAsItWas() throws IOException {
        twoStories();
        // a build would change these: s2 joins s1 at varna-strike, port-walkout redirects, q1 and q2 are new
        write(SLUGS, "report\ts1\tvarna-strike\nreport\ts2\tport-walkout\n");
        byte[] before = Files.readAllBytes(content.resolve(SLUGS));
        Path templates = dir.resolve("templates");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.toList()) {
                Path copy = templates.resolve(TEMPLATES.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(copy); else Files.copy(file, copy);
            }
        }
        Files.writeString(templates.resolve("event.ftlh"), "<#ftl output_format=\"HTML\">${noSuchValue}\n");
        assertThrows(BuildException.class, () -> new Build(content, templates, site, null).run());
        assertArrayEquals(before, Files.readAllBytes(content.resolve(SLUGS)));
        assertFalse(Files.exists(site));

        write(SLUGS, "report s1\n");
        assertThrows(BuildException.class, () -> new Build(content, TEMPLATES, site, null).withStrict(true).run(),
                "--strict fails at the warning about the line");
        assertEquals("report s1\n", Files.readString(content.resolve(SLUGS)));

        build(); // the build that succeeds writes them anew
        assertTrue(Files.readString(content.resolve(SLUGS)).contains("report\ts1\t"));
    }

    /** Warnings print as file:line: message, like every other content warning. */
    @Test
    void theWarningReadsAsFileLineAndMessage() throws IOException {
        twoStories();
        write(SLUGS, "report\ts1\n");
        Warning warning = build().warnings().get(0);
        assertTrue(warning.toString().startsWith(".crosscheck/slugs:1: cannot read this line: it has 2 fields"),
                warning.toString());
    }
}
