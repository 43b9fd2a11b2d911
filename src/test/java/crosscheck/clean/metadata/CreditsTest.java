package crosscheck.clean.metadata;

import static crosscheck.clean.Reports.html;
import static crosscheck.clean.Reports.text;
import static crosscheck.clean.Reports.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.clean.Removed;
import crosscheck.clean.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wire credits and contributor lines leave the text but are kept as the report's origin and credits. */
class CreditsTest {
    private static final String FIRST = "Israeli Defense Minister Yoav Gallant met U.S. Defense Secretary Lloyd Austin "
            + "at the Pentagon on Tuesday, as tensions grew over a planned offensive in Rafah.";
    private static final String SECOND = "The meeting came a day after the United Nations Security Council called "
            + "for an immediate ceasefire in Gaza, with the United States abstaining.";

    private static boolean removedAs(Report report, String text, String reason) {
        return report.removed().contains(new Removed(text, reason));
    }

    @Test
    void aClosingWireCreditGivesTheOrigin() {
        Report report = text(FIRST + "\n\n" + SECOND + "\n\n(AP)\n");
        assertEquals("Associated Press", report.origin());
        assertEquals(List.of(new Credit("Associated Press", "wire service")), report.credits());
        assertEquals(List.of(FIRST, SECOND), texts(report), "the credit is not report text");
        assertTrue(removedAs(report, "(AP)", "wire credit"));

        assertEquals("Reuters", text(FIRST + "\n\n" + SECOND + "\n\n(Reuters)\n").origin());
        assertEquals("Reuters", text(FIRST + "\n\n" + SECOND + "\n\nReuters\n").origin());
    }

    @Test
    void contributorsAreCreditedWithoutAnOrigin() {
        Report report = text(FIRST + "\n\n" + SECOND + "\n\nDan Lamothe and Alex Horton contributed to this report.\n");
        assertEquals(List.of(new Credit("Dan Lamothe", "contributed"), new Credit("Alex Horton", "contributed")),
                report.credits());
        assertNull(report.origin(), "contributors do not make the report their copy");
        assertEquals(List.of(FIRST, SECOND), texts(report));
        assertTrue(removedAs(report, "Dan Lamothe and Alex Horton contributed to this report.", "contributor credit"));

        Report places = text(FIRST + "\n\n" + SECOND + "\n\nAP Aerospace Writer Marcia Dunn in Cape Canaveral, "
                + "Florida, and Vladimir Isachenkov in Moscow contributed to this report.\n");
        assertEquals(List.of(new Credit("Marcia Dunn", "contributed"), new Credit("Vladimir Isachenkov", "contributed")),
                places.credits(), "job titles and places are not names");

        Report agency = text(FIRST + "\n\n" + SECOND + "\n\nThe Associated Press contributed to this report.\n");
        assertEquals(List.of(new Credit("Associated Press", "contributed")), agency.credits());
        assertNull(agency.origin());
    }

    @Test
    void reportingAndEditingLines() {
        Report report = text(FIRST + "\n\n" + SECOND + "\n\nReporting by Jeff Mason and Steve Holland in Washington; "
                + "Additional reporting by Idrees Ali; Editing by Howard Goller\n");
        assertEquals(List.of(new Credit("Jeff Mason", "reporting"), new Credit("Steve Holland", "reporting"),
                new Credit("Idrees Ali", "additional reporting"), new Credit("Howard Goller", "editing")),
                report.credits());
        assertEquals(List.of(FIRST, SECOND), texts(report));

        Report inParentheses = html("<article><p>" + FIRST + "</p><p>" + SECOND + "</p>"
                + "<p>(Reporting by Jeff Mason; Editing by Howard Goller)</p></article>");
        assertEquals(List.of(new Credit("Jeff Mason", "reporting"), new Credit("Howard Goller", "editing")),
                inParentheses.credits());
        assertEquals(List.of(FIRST, SECOND), texts(inParentheses));
    }

    @Test
    void aWireInTheBylineOrTheDatelineGivesTheOrigin() {
        Report byline = text("By Tom Davies, Associated Press\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertEquals("Tom Davies", byline.author());
        assertEquals("Associated Press", byline.origin());

        Report dateline = html("<article><p>WASHINGTON, March 26 (Reuters) - " + FIRST + "</p><p>" + SECOND
                + "</p></article>");
        assertEquals("Reuters", dateline.origin());
        assertTrue(dateline.text().startsWith("WASHINGTON, March 26 (Reuters) - "), "the dateline stays in the text");

        Report metaAuthor = html("<html><head><meta name=\"author\" content=\"Tom Davies, Associated Press\"></head>"
                + "<body><article><p>" + FIRST + "</p><p>" + SECOND + "</p></article></body></html>");
        assertEquals("Associated Press", metaAuthor.origin());
    }

    @Test
    void ordinaryTextNamesNoOriginAndCreditsNoOne() {
        Report report = text("Reuters reported that " + FIRST + "\n\n" + SECOND + "\n\nThe AP and Reuters both "
                + "carried the news on Tuesday, citing officials who spoke on condition of anonymity.\n");
        assertNull(report.origin());
        assertEquals(List.of(), report.credits());
        assertFalse(report.removed().stream().anyMatch(r -> r.reason().contains("credit")));
    }
}
