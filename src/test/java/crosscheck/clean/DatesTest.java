package crosscheck.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "date 2024-03-24 MAR 26, 2024 | 2024-03-24",
        "JNS - Jewish News Syndicate 24.03.2024 | 2024-03-24",
        "MAR 26, 2024 JLM 64°F | 2024-03-26",
        "Posted on March 3rd, 2012 by Jane | 2012-03-03",
        "Monday 5 August 2012 | 2012-08-05",
        "10/07/2012 02:44:00 PM | 2012-10-07",
        "2024-03-26T09:12:00Z | 2024-03-26",
    })
    void findsTheFirstDate(String text, LocalDate date) {
        assertEquals(date, Dates.find(text).orElseThrow().date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"32.13.2024", "page 12 of 300", "version 2.5.1"})
    void ignoresWhatIsNoDate(String text) {
        assertTrue(Dates.find(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({"20240324, 2024-03-24", "2024-03-24T10:00:00+02:00, 2024-03-24"})
    void parsesMachineDates(String value, LocalDate date) {
        assertEquals(date, Dates.parse(value));
        assertNull(Dates.parse(null));
    }
}
