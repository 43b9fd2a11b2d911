package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.address.ReviewItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review list is the curator's: a build reports it but never publishes it; the preview shows it. */
class ReviewListBuildTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String STRIKE_1 = "Dock workers in the port of Varna walked out in a strike over pay, "
            + "halting container traffic. The union said 3,000 members joined the strike and demanded a raise of 12 "
            + "percent. Port managers called the walkout illegal.";
    private static final String STRIKE_2 = "Container traffic stopped at Varna port as 3,000 dock workers went on "
            + "strike over pay. Their union wants a 12 percent raise; managers of the port say the strike is illegal.";
    private static final String STRIKE_3 = "The Varna dock strike over pay went on, with 3,000 workers out and "
            + "container traffic halted. The union repeated its demand for a 12 percent raise; port managers again "
            + "called the walkout illegal.";

    @TempDir
    Path dir;

    private Path content;

    private void report(String id, String date, String text) throws IOException {
        Path file = content.resolve("articles/" + id + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: Varna strike " + id + "\nsource: Outlet " + id + "\npublished: " + date
                + "\n---\n" + text + "\n", StandardCharsets.UTF_8);
    }

    /** One strike reported over 12 days: each report within the window of the one before, not of the first. */
    @BeforeEach
    void aStrikeReportedOverTwelveDays() throws IOException {
        content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yml"), "title: Test digest\n");
        report("s1", "2024-03-01", STRIKE_1);
        report("s2", "2024-03-07", STRIKE_2);
        report("s3", "2024-03-13", STRIKE_3);
    }

    @Test
    void aBuildReportsTheReviewListButNeverWritesIt() throws IOException {
        Path site = dir.resolve("site");
        Build.Result result = new Build(content, TEMPLATES, site, null).run();
        assertEquals(1, result.events(), "one strike");
        ReviewItem span = result.review().stream().filter(i -> i.kind().equals("long span")).findFirst()
                .orElseThrow(() -> new AssertionError("the 12-day span is in doubt: " + result.review()));
        assertTrue(span.why().contains("12 days apart"), span.why());
        assertTrue(span.fixes().get(0).lines().get(0).startsWith("- {slug: "), span.fixes().toString());

        assertFalse(Files.exists(site.resolve("_review")), "not published");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(file).contains("_review"), "no link to it in " + file);
            }
        }
    }

    @Test
    void thePreviewShowsEachDoubtWithItsFix() {
        Build.Preview preview = new Build(content, TEMPLATES, dir.resolve("site"), null).preview();
        String page = StandardCharsets.UTF_8.decode(preview.site().file("_review/index.html").orElseThrow().bytes())
                .toString();
        ReviewItem span = preview.result().review().get(0);
        assertTrue(page.contains("long span"), page);
        assertTrue(page.contains("href=\"../events/" + span.event() + "/\""), "links to the event: " + page);
        String line = span.fixes().get(0).lines().get(0).replace("\"", "&quot;");
        assertTrue(page.contains(line), "the events.yml line to copy: " + line + " in " + page);
        assertFalse(Files.exists(dir.resolve("site")), "a preview writes nothing");
    }
}
