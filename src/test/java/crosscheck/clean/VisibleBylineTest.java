package crosscheck.clean;

import static crosscheck.clean.Reports.html;
import static crosscheck.clean.Reports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Authors and dates from the byline and dateline a page shows, when its metadata gives none. */
class VisibleBylineTest {
    private static final String FIRST = "Israeli Defense Minister Yoav Gallant met U.S. Defense Secretary Lloyd Austin "
            + "at the Pentagon on Tuesday, as tensions grew over a planned offensive in Rafah.";
    private static final String SECOND = "The meeting came a day after the United Nations Security Council called "
            + "for an immediate ceasefire in Gaza, with the United States abstaining.";
    private static final LocalDate NOV_19 = LocalDate.of(2019, 11, 19);

    private static Report page(String head, String line) {
        return html("<html><head>" + head + "</head><body><article><h1>Gallant meets Austin at the Pentagon</h1><p>"
                + line + "</p><p>" + FIRST + "</p><p>" + SECOND + "</p></article></body></html>");
    }

    private static Report scrape(String line) {
        return text(line + "\n\n" + FIRST + "\n\n" + SECOND + "\n");
    }

    @Test
    void aBylineWithoutByGivesAuthorDateAndWire() {
        for (Report report : new Report[] {
                page("", "Tom Davies, Associated Press, Published 11:34 PM EST Nov 19, 2019"),
                scrape("Tom Davies, Associated Press, Published 11:34 PM EST Nov 19, 2019")}) {
            assertEquals("Tom Davies", report.author());
            assertEquals(NOV_19, report.published());
            assertEquals("Associated Press", report.origin());
            assertNull(report.source(), "a byline is not the outlet's name");
        }
        Report scraped = scrape("Tom Davies | Reuters | Updated 19 November 2019");
        assertEquals("Tom Davies", scraped.author());
        assertEquals(NOV_19, scraped.published());
        assertEquals("Reuters", scraped.origin());
        assertFalse(scraped.text().contains("Tom Davies"), "the byline is not report text");
    }

    @Test
    void aBylineWithByAndADate() {
        Report report = scrape("By Tom Davies, Associated Press, Published 11:34 PM EST Nov 19, 2019");
        assertEquals("Tom Davies", report.author());
        assertEquals(NOV_19, report.published());
        assertEquals("Associated Press", report.origin());
        assertEquals(NOV_19, scrape("Updated Nov. 19, 2019").published());
        assertEquals(NOV_19, page("", "Updated Nov. 19, 2019").published());
    }

    @Test
    void theMetadataComesFirst() {
        Report report = page("<meta name=\"author\" content=\"Jane Doe\">"
                + "<meta property=\"article:published_time\" content=\"2019-11-20T08:00:00Z\">",
                "Tom Davies, Associated Press, Published 11:34 PM EST Nov 19, 2019");
        assertEquals("Jane Doe", report.author());
        assertEquals(LocalDate.of(2019, 11, 20), report.published());
    }

    @Test
    void anOutletAndDateLineIsNoByline() {
        Report report = scrape("JNS - Jewish News Syndicate 24.03.2024");
        assertEquals("JNS - Jewish News Syndicate", report.source());
        assertNull(report.author());
        assertNull(VisibleByline.read("Jewish News Syndicate, 24.03.2024"));
        assertNull(VisibleByline.read("World, Middle East, Politics"));
    }
}
