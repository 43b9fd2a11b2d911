package crosscheck.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.SampleContent;
import crosscheck.clean.metadata.Credit;
import crosscheck.core.Warning;
import crosscheck.ingest.ContentReader;
import crosscheck.ingest.RawReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The five sample reports ({@link SampleContent}): no boilerplate left, all of the report kept. */
class SampleReportsTest {
    private static final Path ARTICLES = SampleContent.ARTICLES;
    private static final Cleaner CLEANER = new Cleaner();

    /** Page furniture of the samples, of every kind; none of it may survive in any block. */
    private static final List<String> BOILERPLATE = List.of(
            "Latest News, Local News", "Read more", "Leave A Reply", "Leave a Reply", "Your email address",
            "(AP Photo", "REUTERS/", "(AP)", "Source link", "Related Articles", "Back to top", "(Related:",
            "Watch this report", "This video is from", "More related stories", "Sources include", "TheEpochTimes.com",
            "Independent.co.uk", "Brighteon.com", "See also", "contributed to this report", "By Ali Raza",
            "I am a dedicated", "date 2024-03-24", "64°F", "JNS - Jewish News Syndicate 24.03.2024",
            "Did you find this article", "Mike Galarneau", "Jericho Joe", "[Anonymous]", "To leave a comment",
            "China Implements Ban", "Kim Jong-Un", "American Christians mobilizing", "Greece legalizes");

    /** Sentences of each report's own text, from its start, middle and end. */
    private static final Map<String, List<String>> KEPT = Map.of(
            "000_e4f0e796efdce198", List.of(
                    "US Defense Secretary Lloyd Austin met with his Israeli counterpart, Yoav Gallant, on Tuesday amid "
                            + "mounting tensions.",
                    "Over a million individuals who were uprooted from other parts of the strip have found sanctuary "
                            + "in this city.",
                    "The US decision to abstain at the Security Council sparked a furious response from Netanyahu’s "
                            + "office through a series of posts on X, which was followed by Ryder’s statements."),
            "001_5b45645508210cee", List.of(
                    "Conservation leaders USA He met the Defense Minister this Tuesday Israel",
                    "The dispute is a sign of an erosion in US-Israel relations that have been under the microscope "
                            + "for months as the military offensive on Hamas continues, adding to the humanitarian "
                            + "crisis in Gaza."),
            "002_5833acd523314701", List.of(
                    "United States Secretary of Defense Lloyd Austin has emphasized the \"moral imperative\" and "
                            + "\"shared strategic interest\" of both Israel and the United States in safeguarding "
                            + "Palestinian civilians amid the ongoing conflict in Gaza.",
                    "the deteriorating humanitarian situation in Gaza and other threats to regional security.",
                    "fearing the potential for a humanitarian disaster.",
                    "The U.S.'s vote to abstain allowed the resolution to pass",
                    "citing adjustments consistent with its position that any ceasefire must be coupled with a plan "
                            + "for releasing hostages."),
            "003_329f9bd5a427a3aa", List.of(
                    "echo warning Austin said the Biden administration has been working for months",
                    "“The United States is Israel’s closest friend and that will not change,” Austin said.",
                    "He is expected to meet with CIA Director William J. Burns on Tuesday."),
            "004_b1353c906ad0d7c1", List.of(
                    "The Israeli defense minister is scheduled to meet with his American counterpart Lloyd Austin "
                            + "and Secretary of State Antony Blinken.",
                    "“I told him that I hope we would do this with U.S. support but if necessary, we will do it "
                            + "alone,” Netanyahu said.",
                    "including through both land and sea routes.”"));

    private static List<Report> samples() {
        List<Report> articles = new ArrayList<>();
        for (String id : KEPT.keySet().stream().sorted().toList()) {
            List<Warning> warnings = new ArrayList<>();
            RawReport report = ContentReader.readReport(ARTICLES.resolve(id + ".txt"), id + ".txt", warnings)
                    .orElseThrow();
            articles.add(CLEANER.clean(report));
        }
        return articles;
    }

    @Test
    void noBoilerplateSurvivesAndTheReportsSentencesDo() {
        for (Report article : samples()) {
            String text = article.text();
            for (String furniture : BOILERPLATE) {
                assertFalse(text.contains(furniture), article.id() + " still has: " + furniture);
            }
            for (String sentence : KEPT.get(article.id())) {
                assertTrue(text.contains(sentence), article.id() + " lost: " + sentence);
            }
            for (Block block : article.blocks()) {
                assertFalse(block.text().equals("USA") || block.text().equals("Comments"), block.text());
            }
        }
    }

    @Test
    void headlinesBecomeTitlesAndSubheadingsStayHeadings() {
        List<Report> articles = samples();
        Report first = articles.get(0);
        assertEquals("US and Israeli Defense Chiefs Confer Amid Escalating Gaza Conflict", first.title());
        assertFalse(first.text().contains("Confer Amid Escalating Gaza Conflict"), "the headline is not body text");
        assertTrue(first.blocks().contains(Block.heading("US-Israel Meeting Underscores Unwavering Commitment to "
                + "Security")));
        assertEquals(1, first.text().split("met with his Israeli counterpart, Yoav Gallant", -1).length - 1,
                "the repeated paragraph is kept once");
        assertTrue(articles.get(2).blocks().contains(Block.heading("Relations between U.S., Israel at all-time low")));
        assertEquals("Associated Press", articles.get(1).origin(), "001 closes with the wire credit \"(AP)\"");
        assertEquals(List.of(new Credit("Dan Lamothe", "contributed"), new Credit("Alex Horton", "contributed")),
                articles.get(3).credits(), "003's contributor line");
        Report last = articles.get(4);
        assertEquals("JNS - Jewish News Syndicate", last.source());
        assertEquals(LocalDate.of(2024, 3, 24), last.published());
    }
}
