package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole build on the sample content ({@link SampleContent}): the first test of every stage. */
class SampleSiteTest {
    private static Path content;
    private static final Path TEMPLATES = Path.of("templates");
    /** Boilerplate of the sample reports; none of it may reach the site. */
    private static final List<String> BOILERPLATE = List.of(
            "Latest News, Local News", "Read more", "Leave a Reply", "Leave A Reply", "Your email address",
            "Source link", "Related Articles", "Back to top", "AP Photo", "REUTERS/", "See also", "(AP)",
            "Did you find this article interesting", "Jericho Joe", "Heather Redden", "To leave a comment",
            "I am a dedicated", "By Ali Raza", "(Related:", "More related stories", "Sources include",
            "TheEpochTimes.com", "This video is from", "Watch this report", "64°F", "contributed to this report");

    @TempDir
    static Path tmp;
    private static Path fresh;
    private static JsonNode digest;

    @BeforeAll
    static void buildSampleSite() throws IOException {
        fresh = tmp.resolve("site");
        content = SampleContent.copyTo(tmp.resolve("content"));
        new Build(content, TEMPLATES, fresh, null).run(tmp.resolve("digest.json"), null);
        digest = new ObjectMapper().readTree(tmp.resolve("digest.json").toFile());
    }

    @Test
    void buildIsDeterministic() {
        Path again = tmp.resolve("again");
        new Build(content, TEMPLATES, again, null).run();
        Map<String, byte[]> first = Trees.snapshot(fresh);
        Map<String, byte[]> second = Trees.snapshot(again);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, second.get(file)), file));
    }

    @Test
    void theSitesDigestJsonIndexesTheWholeDigestsEventsAndArticlesWithTheirDataFiles() throws IOException {
        JsonNode index = new ObjectMapper().readTree(fresh.resolve("digest.json").toFile());
        JsonNode event = index.get("events").get(0);
        assertEquals(digest.get("events").get(0).get("id"), event.get("id"));
        JsonNode data = new ObjectMapper().readTree(fresh.resolve(event.get("data").asText()).toFile());
        assertEquals(digest.get("events").get(0), data, "an event's data file is its whole entry");
        assertEquals(5, index.get("articles").size());
        for (JsonNode article : index.get("articles")) {
            JsonNode whole = new ObjectMapper().readTree(fresh.resolve(article.get("data").asText()).toFile());
            assertEquals(article.get("id"), whole.get("id"));
            assertTrue(whole.get("text").asText().length() > 200, "the sample publishes the whole text");
        }
    }

    @Test
    void theFiveSampleReportsFormOneEvent() {
        assertEquals(1, digest.get("events").size(), digest.get("events").toString());
        assertEquals(5, digest.get("events").get(0).get("articles").size());
    }

    @Test
    void summaryCitesAtLeastFourReportsAndEverySentenceComesFromTheReportItCites() {
        Map<String, String> text = articleTexts();
        JsonNode summary = digest.get("events").get(0).get("summary");
        assertTrue(summary.size() >= 2, summary.toString());
        Set<String> cited = new HashSet<>();
        for (JsonNode sentence : summary) {
            String own = sentence.get("sources").get(0).asText();
            assertTrue(text.get(own).contains(sentence.get("text").asText()),
                    "not in " + own + ": " + sentence.get("text").asText());
            sentence.get("sources").forEach(id -> cited.add(id.asText()));
        }
        assertTrue(cited.size() >= 4, "cites " + cited);
    }

    @Test
    void thePlanToMeetIsNotCitedForTheMeeting() {
        for (JsonNode sentence : digest.get("events").get(0).get("summary")) {
            if (!sentence.get("text").asText().contains(" met ")) continue;
            sentence.get("wordings").forEach(w -> assertFalse(w.get("text").asText().contains("scheduled to meet"),
                    sentence.toString()));
        }
    }

    @Test
    void noBoilerplateReachesTheArticleTextsOrTheEventPage() throws IOException {
        String event = digest.get("events").get(0).get("url").asText();
        String page = Jsoup.parse(fresh.resolve(event).resolve("index.html").toFile()).text();
        for (String marker : BOILERPLATE) {
            assertFalse(page.contains(marker), "event page shows: " + marker);
            articleTexts().forEach((id, text) -> assertFalse(text.contains(marker), id + " keeps: " + marker));
        }
    }

    @Test
    void theReportsOwnSentencesAreKept() {
        Map<String, String> text = articleTexts();
        Map<String, List<String>> expected = Map.of(
                "000_e4f0e796efdce198", List.of(
                        "US Defense Secretary Lloyd Austin met with his Israeli counterpart, Yoav Gallant, on Tuesday",
                        "The Defense Department’s press secretary, Maj. Gen. Pat Ryder, stressed",
                        "which was followed by Ryder’s statements."),
                "001_5b45645508210cee", List.of(
                        "Conservation leaders USA He met the Defense Minister",
                        "The dispute is a sign of an erosion in US-Israel relations"),
                "002_5833acd523314701", List.of(
                        "United States Secretary of Defense Lloyd Austin has emphasized the \"moral imperative\" and "
                                + "\"shared strategic interest\" of both Israel and the United States in safeguarding",
                        "fearing the potential for a humanitarian disaster.",
                        "The U.S.'s vote to abstain allowed the resolution to pass",
                        "citing adjustments consistent with its position that any ceasefire must be coupled with a "
                                + "plan for releasing hostages."),
                "003_329f9bd5a427a3aa", List.of(
                        "echo warning Austin said the Biden administration",
                        "He is expected to meet with CIA Director William J. Burns on Tuesday."),
                "004_b1353c906ad0d7c1", List.of(
                        "The Israeli defense minister is scheduled to meet with his American counterpart",
                        "Gallant will be joined by director general of the Defense Ministry Maj. Gen. (res.) Eyal Zamir",
                        "including through both land and sea routes."));
        expected.forEach((id, sentences) -> sentences.forEach(
                sentence -> assertTrue(text.get(id).contains(sentence), id + " lost: " + sentence)));
    }

    private static Map<String, String> articleTexts() {
        Map<String, String> texts = new HashMap<>();
        digest.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
        return texts;
    }
}
