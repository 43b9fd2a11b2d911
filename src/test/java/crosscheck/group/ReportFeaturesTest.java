package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportFeaturesTest {
    @Test
    void yearsAreNotFiguresButCountsAndMagnitudesAre() {
        for (String year : new String[]{"2024", "1999", "2000"}) {
            assertTrue(ReportFeatures.isYear(year), year);
        }
        for (String figure : new String[]{"14", "300", "6.1", "3,000", "1899", "2100", "20245", "20a4"}) {
            assertFalse(ReportFeatures.isYear(figure), figure);
        }
        assertTrue(ReportFeatures.isNumber("3,000"));
        assertFalse(ReportFeatures.isNumber("covid19x"));
    }
}
