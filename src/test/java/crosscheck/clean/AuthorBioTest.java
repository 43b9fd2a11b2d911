package crosscheck.clean;

import static crosscheck.clean.Reports.reasonFor;
import static crosscheck.clean.Reports.text;
import static crosscheck.clean.Reports.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorBioTest {
    private static final String FIRST = BoilerplateClassifierTest.FIRST;
    private static final String SECOND = BoilerplateClassifierTest.SECOND;

    @Test
    void aBioOfTheBylinesAuthorAtTheEndGoes() {
        String bio = "Jane Smith is a staff reporter covering defence and foreign policy for the Daily Courier.";
        Report article = text("By Jane Smith\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + bio + "\n");
        assertEquals(List.of(FIRST, SECOND), texts(article));
        assertEquals("author bio", reasonFor(article, bio));
    }

    @Test
    void aBioThatSaysHowToFollowTheWriterGoesWithoutAByline() {
        String bio = "John Doe is a freelance journalist based in Kyiv. Follow him on X at @jdoe.";
        Report article = text(FIRST + "\n\n" + SECOND + "\n\n" + bio + "\n");
        assertEquals(List.of(FIRST, SECOND), texts(article));
        assertEquals("author bio", reasonFor(article, bio));
    }

    @Test
    void aReportThatEndsOnAJournalistItIsAboutKeepsThatSentence() {
        String last = "Evan Gershkovich is a reporter for the Wall Street Journal who has been held in Moscow since "
                + "March.";
        Report article = text("By Jane Smith\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + last + "\n");
        assertEquals(List.of(FIRST, SECOND, last), texts(article).subList(texts(article).size() - 3,
                texts(article).size()));
    }

    @Test
    void aShortReportIsNotEmptiedOfItsOnlyProse() {
        String only = "Jane Smith is a reporter who was detained at the border on Monday, her editor said. Follow "
                + "her case at @freejane.";
        Report article = text("By Jane Smith\n\n" + FIRST + "\n\n" + only + "\n");
        assertEquals(only, texts(article).get(texts(article).size() - 1));
    }
}
