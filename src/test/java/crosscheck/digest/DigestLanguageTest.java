package crosscheck.digest;

import static crosscheck.digest.InlineReports.reportIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.group.Event;
import crosscheck.ingest.KnownEntities;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only sentences in the site's language enter a summary; reports in another language stay the event's. */
class DigestLanguageTest {
    private static final String[] RUSSIAN = {
        "Министр обороны Израиля Йоав Галант встретился во вторник с Ллойдом Остином в Пентагоне.",
        "Стороны обсудили операцию в Рафахе, гуманитарную помощь и освобождение заложников.",
        "Остин заявил, что число жертв среди мирного населения в Газе слишком велико."};
    private static final String[] ENGLISH = {
        "Defense Secretary Lloyd Austin met Israeli Defense Minister Yoav Gallant at the Pentagon on Tuesday.",
        "They discussed the planned operation in Rafah, humanitarian aid and the release of hostages.",
        "Austin said the number of civilian casualties in Gaza was far too high."};

    @Test
    void aSummaryHoldsNoSentenceInAnotherLanguageThanTheSites() {
        AnalysedReport english = reportIn("en", "en-1", ENGLISH);
        AnalysedReport russian = reportIn("ru", "ru-1", RUSSIAN);
        AnalysedReport unmarked = reportIn(null, "mixed", ENGLISH[0] + " " + RUSSIAN[1], ENGLISH[2]);
        Event event = new Event("event", "Event", List.of(russian, english, unmarked), null, null);
        Digest digest = new Digester(new Digester.Settings(200, KnownEntities.none(), "en")).digest(event);
        assertFalse(digest.summary().isEmpty());
        for (SummarySentence sentence : digest.summary()) {
            assertTrue(sentence.text().chars().noneMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.CYRILLIC), sentence.text());
            assertFalse(sentence.sources().contains("ru-1"), sentence.toString());
        }
        assertEquals(List.of("ru-1", "en-1", "mixed"), digest.event().reports().stream().map(AnalysedReport::id)
                .toList(), "the Russian report is still the event's, listed with its sources");
    }

    @Test
    void withNoSiteLanguageEveryLanguageMayEnter() {
        Event event = new Event("event", "Event", List.of(reportIn("ru", "ru-1", RUSSIAN)), null, null);
        assertFalse(new Digester(200).digest(event).summary().isEmpty());
    }
}
