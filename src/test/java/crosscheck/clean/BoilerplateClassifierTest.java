package crosscheck.clean;

import static crosscheck.clean.Reports.reasonFor;
import static crosscheck.clean.Reports.text;
import static crosscheck.clean.Reports.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Texts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateClassifierTest {
    static final String FIRST = "US Defense Secretary Lloyd Austin met his Israeli counterpart Yoav Gallant on "
            + "Tuesday amid mounting tensions over the war in Gaza.";
    static final String SECOND = "The meeting came one day after the United States abstained on a UN "
            + "Security Council resolution calling for an immediate ceasefire.";

    /** A report with the line between two paragraphs of prose, and another line after them. */
    private static Report around(String line) {
        return text(FIRST + "\n\n" + line + "\n\n" + SECOND + "\n\nThe talks will continue on Wednesday, "
                + "officials from both countries said after the meeting ended.\n");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Read more: China Implements Ban On Intel And AMD Components In State Computers | read-more link",
        "See also\u00A0 Greece legalizes same-sex marriage - BBC News | read-more link",
        "Latest News, Local News, International News, US Politics, Economy | navigation",
        "Home > World > Middle East | navigation",
        "Israeli Defense Minister Yoav Galant speaks at the Pentagon (AP Photo/Jacqueline Martin) | photo caption",
        "Pentagon Chief Lloyd Austin (REUTERS/Kevin Lamarque) | photo caption",
        "(AP) | wire credit",
        "(Jane Doe) | photo credit",
        "Photo: Getty Images | photo credit",
        "Source link | source link",
        "Watch this report from Hala Jaber, an investigative journalist reporting on the war. | video promo",
        "This video is from the InfoWars channel on Brighteon.com. | video promo",
        "Dan Lamothe and Alex Horton contributed to this report. | contributor credit",
        "Reporting by Jane Doe; Editing by John Smith | contributor credit",
        "Did you find this article interesting? | reader prompt",
        "Back to top button | page widget",
        "Advertisement | page widget",
        "Share on Facebook | page widget",
        "Share this article | reader prompt",
        "Sign up for our daily newsletter to get the news in your inbox | newsletter promo",
        "https://example.com/some/page | link",
    })
    void eachKindOfBoilerplateIsDroppedWithItsReasonAndTheReportKept(String line, String reason) {
        Report article = around(line);
        assertEquals(reason, reasonFor(article, Texts.normalize(line)), Reports.removedSummary(article));
        assertTrue(texts(article).containsAll(List.of(FIRST, SECOND)), () -> texts(article).toString());
    }

    @Test
    void commentFormsAreDroppedAtTheEnd() {
        Report article = text(FIRST + "\n\n" + SECOND + "\n\nLeave a Reply\n\nYour email address will not be "
                + "published. Required fields are marked *\n\nLeave A Reply\n");
        assertEquals(List.of(FIRST, SECOND), texts(article));
        assertEquals("comment form", reasonFor(article, "Leave a Reply"));
        assertEquals("comment form",
                reasonFor(article, "Your email address will not be published. Required fields are marked *"));
    }

    @Test
    void furnitureCuratorsFoundKeptOnRealPagesGoes() {
        // lines a curator found kept in the reports of real pages, each between two paragraphs of a report
        List<String> furniture = List.of("Advert", "[button link=\"https://example.com/join\"]Subscribe now[/button]",
                "This slideshow requires JavaScript.", "Thanks for watching!",
                "Comments are moderated and will appear after approval. Please keep the discussion civil.");
        for (String line : furniture) {
            Report article = text(FIRST + "\n\n" + line + "\n\n" + SECOND);
            assertEquals(List.of(FIRST, SECOND), texts(article), line);
        }
        Report related = text(FIRST + "\n\n" + SECOND + "\n\nYou may also like...\n");
        assertEquals(List.of(FIRST, SECOND), texts(related));
    }

    @Test
    void reportSentencesLikeThatFurnitureStay() {
        List<String> report = List.of("Comments are moderated by the ministry, which deleted hundreds of posts "
                        + "criticising the offensive in the first week alone, activists said.",
                "[The minister] said the talks would resume in Cairo next week, according to two officials.",
                "[figure 2: the front line on Monday, from the ministry's map]",
                "Thanks for watching over our children, the mayor told the volunteers at the shelter on Sunday.");
        for (String line : report) {
            Report article = text(FIRST + "\n\n" + line + "\n\n" + SECOND);
            assertEquals(List.of(FIRST, line, SECOND), texts(article), line);
        }
    }

    @Test
    void aBylineAndTheAuthorsBioGo() {
        Report article = text(FIRST + "\n\n" + SECOND + "\n\nBy Ali Raza\n\nI am a dedicated and skilled News "
                + "Content Writer with a passion for delivering accurate and engaging stories.\n");
        assertEquals(List.of(FIRST, SECOND), texts(article));
        assertEquals("byline", reasonFor(article, "By Ali Raza"));
        assertEquals("author bio", reasonFor(article, "I am a dedicated and skilled News Content Writer with a "
                + "passion for delivering accurate and engaging stories."));
    }

    @Test
    void aBylineAboveTheReportNamesTheAuthor() {
        Report article = text("Talks in Washington\n\nBy Jane Doe, Staff Writer\n\n" + FIRST + "\n\n" + SECOND);
        assertEquals("Jane Doe", article.author());
        assertEquals(List.of(FIRST, SECOND), texts(article));
    }

    @Test
    void inlineRelatedLinksAreCutFromTheirParagraph() {
        Report article = text("They discussed the operation in Rafah and other threats to regional security. "
                + "(Related: Defense Secretary warns: Israel risks \u201Cstrategic defeat\u201D in Gaza)\n\n" + SECOND);
        assertEquals(List.of("They discussed the operation in Rafah and other threats to regional security.", SECOND),
                texts(article));
        assertEquals(new Removed("(Related: Defense Secretary warns: Israel risks \u201Cstrategic defeat\u201D in "
                + "Gaza)", "inline related link"), article.removed().get(0));
    }

    @Test
    void relatedStoriesAndSourceListsGoWithTheirItems() {
        Report article = text(FIRST + "\n" + SECOND + "\nMore related stories:\n"
                + "American Christians mobilizing for a permanent ceasefire in Gaza.\n"
                + "New U.S.-backed United Nations resolution calls for \"immediate ceasefire\" in Gaza.\n"
                + "Sources include:\nTheEpochTimes.com\nIndependent.co.uk\n");
        assertEquals(List.of(FIRST, SECOND), texts(article));
        assertEquals("related links", reasonFor(article, "American Christians mobilizing for a permanent ceasefire "
                + "in Gaza."));
        assertEquals("list of sources", reasonFor(article, "Independent.co.uk"));
    }

    @Test
    void aCommentSectionGoesToTheEnd() {
        Report article = text(FIRST + "\n\n" + SECOND + """


                Comments
                Mike Galarneau 23:47 24.03.2024 2 days ago
                I like what you said Heather! God Bless Israel.
                [Anonymous] 19:58 24.03.2024 2 days ago
                Rafah.
                To leave a comment, please log in
                """);
        assertEquals(List.of(FIRST, SECOND), texts(article));
        assertEquals("reader comments", reasonFor(article, "I like what you said Heather! God Bless Israel."));
    }

    @Test
    void commentsWithoutAHeaderAreFoundByTheirNameAndTimeLines() {
        Report article = text(FIRST + "\n\n" + SECOND + """


                Jericho Joe 19:03 24.03.2024 2 days ago
                Stand your ground and do not be swayed by rhetoric and threats.
                Aliza Circle 16:19 24.03.2024 2 days ago
                It would not work.
                """);
        assertEquals(List.of(FIRST, SECOND), texts(article));
    }

    @Test
    void aRaceTableWithTimesIsNotACommentThread() {
        String splits = "5km - 17:20. Projects a 2:26:17\n10km - 34:46 (17:26). Projects 2:26:42\nHalfway - 1:13:13";
        Report article = text(FIRST + "\n\n" + splits + "\n\n" + SECOND);
        assertTrue(texts(article).contains(SECOND), Reports.removedSummary(article));
        assertTrue(texts(article).contains("Halfway - 1:13:13"), Reports.removedSummary(article));
    }

    @Test
    void aParagraphRepeatedWordForWordKeepsOnlyItsFirstCopy() {
        Report article = text(FIRST + "\u00A0\n\n" + SECOND + "\n\n" + FIRST + "\n");
        assertEquals(List.of(FIRST, SECOND), texts(article));
        assertEquals("repeated paragraph", reasonFor(article, FIRST));
    }

    @Test
    void widgetsLabelsAndDatelinesAboveTheReportGoAndTellTheDateAndOutlet() {
        Report article = text("""
                 date 2024-03-24 MAR 26, 2024 JLM 64°F 03:12 PM 09:12 AM EST
                USA
                Gallant heads to US amid tensions over Rafah op

                The Israeli defense minister is scheduled to meet with his American counterpart.

                JNS - Jewish News Syndicate 24.03.2024

                """ + FIRST + "\n\n" + SECOND);
        assertEquals("Gallant heads to US amid tensions over Rafah op", article.title());
        assertEquals(List.of("The Israeli defense minister is scheduled to meet with his American counterpart.",
                FIRST, SECOND), texts(article));
        assertEquals("date and weather widget", reasonFor(article, "date 2024-03-24 MAR 26, 2024 JLM 64°F 03:12 PM "
                + "09:12 AM EST"));
        assertEquals("section label", reasonFor(article, "USA"));
        assertEquals("outlet and date line", reasonFor(article, "JNS - Jewish News Syndicate 24.03.2024"));
        assertEquals("JNS - Jewish News Syndicate", article.source());
        assertEquals(LocalDate.of(2024, 3, 24), article.published());
    }

    @Test
    void reportSentencesThatMentionBoilerplateWordsStay() {
        List<String> prose = List.of(
                "Next year, the army will withdraw two brigades from the southern city of Rafah.",
                "By Tuesday, the troops had left the northern part of the strip, officials said.",
                "Watch the border closely, the minister told reporters at the Pentagon on Monday.",
                "Comments made by the senator drew a sharp response from the embassy.",
                "Related talks in Cairo ended without agreement, according to Egyptian officials.",
                "See the report by the UN commission published on Monday, which found widespread damage.",
                "Reactions",
                "Leaders in the region welcomed the meeting, while critics called it a photo opportunity.");
        Report article = text(FIRST + "\n\n" + String.join("\n\n", prose) + "\n\n" + SECOND);
        assertTrue(texts(article).containsAll(prose), Reports.removedSummary(article));
        assertFalse(texts(article).isEmpty());
    }

    @Test
    void aHeadingWithNothingAfterItGoes() {
        Report article = text(FIRST + "\n\n" + SECOND + "\n\nMore From Our Partners Today\n");
        assertEquals(List.of(FIRST, SECOND), texts(article));
        assertNotNull(reasonFor(article, "More From Our Partners Today"));
    }
}
