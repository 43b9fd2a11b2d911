package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crosscheck.clean.Article;
import crosscheck.clean.Block;
import crosscheck.text.AnalyzedArticle;
import crosscheck.text.TextAnalyzer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventGrouperTest {
    private static final String QUAKE_A = "A magnitude 6.1 earthquake struck near the coastal town of Tolmezzo on "
            + "Monday, collapsing houses and killing at least 14 people. Rescuers searched the rubble of the old "
            + "town overnight. The quake's epicentre was 10 km below Tolmezzo, the geological survey said.";
    private static final String QUAKE_A2 = "Rescue teams dug through collapsed houses in Tolmezzo after a 6.1 "
            + "magnitude earthquake killed 14 people on Monday. The survey put the epicentre of the quake 10 km "
            + "under the town. Rescuers worked through the night in the old town.";
    private static final String STRIKE_B = "Dock workers in the port of Varna walked out on Friday in a strike over "
            + "pay, halting container traffic. The union said 3,000 members joined the strike and demanded a "
            + "raise of 12 percent. Port managers called the walkout illegal.";
    private static final String STRIKE_B2 = "Container traffic stopped at Varna port as 3,000 dock workers went on "
            + "strike over pay on Friday. Their union wants a 12 percent raise; managers of the port say the strike "
            + "is illegal.";

    private static AnalyzedArticle report(String id, String title, String text, LocalDate date, String pin) {
        Article article = new Article(id, "articles/" + id + ".txt", title, null, null, date, null, null, pin,
                List.of(Block.paragraph(text)), List.of());
        try (TextAnalyzer analyzer = new TextAnalyzer()) {
            return analyzer.analyze(article);
        }
    }

    private static List<List<String>> groups(List<Event> events) {
        return events.stream().map(e -> e.articles().stream().map(AnalyzedArticle::id).toList()).toList();
    }

    @Test
    void reportsOfOneEventGoTogetherAndOtherEventsApart() {
        List<Event> events = new EventGrouper().group(List.of(
                report("a1", "Earthquake kills 14 in Tolmezzo", QUAKE_A, null, null),
                report("b1", "Dock strike halts Varna port", STRIKE_B, null, null),
                report("a2", "Rescuers dig through rubble after Tolmezzo quake", QUAKE_A2, null, null),
                report("b2", "Varna dock workers strike over pay", STRIKE_B2, null, null)));
        assertEquals(2, events.size());
        assertEquals(List.of(List.of("a1", "a2"), List.of("b1", "b2")),
                groups(events).stream().sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList());
    }

    @Test
    void reportsMonthsApartAreDifferentEvents() {
        List<Event> events = new EventGrouper().group(List.of(
                report("a1", "Earthquake kills 14 in Tolmezzo", QUAKE_A, LocalDate.of(2024, 3, 1), null),
                report("a2", "Rescuers dig after Tolmezzo quake", QUAKE_A2, LocalDate.of(2024, 9, 1), null)));
        assertEquals(2, events.size());
        assertEquals("a2", events.get(0).articles().get(0).id(), "newest event first");
    }

    @Test
    void curatorPinsWinOverText() {
        List<Event> events = new EventGrouper().group(List.of(
                report("a1", "Earthquake kills 14", QUAKE_A, null, "week-in-review"),
                report("b1", "Dock strike", STRIKE_B, null, "week-in-review")));
        assertEquals(1, events.size());
        assertEquals("week-in-review", events.get(0).id());
    }

    @Test
    void eventsAreDatedTitledAndOrderedOldestReportFirst() {
        List<Event> events = new EventGrouper().group(List.of(
                report("a2", "Rescuers dig through rubble after Tolmezzo quake", QUAKE_A2, LocalDate.of(2024, 3, 5),
                        null),
                report("a1", "Earthquake kills 14 in Tolmezzo", QUAKE_A, LocalDate.of(2024, 3, 4), null)));
        Event event = events.get(0);
        assertEquals(List.of("a1", "a2"), event.articles().stream().map(AnalyzedArticle::id).toList());
        assertEquals(LocalDate.of(2024, 3, 4), event.first());
        assertEquals(LocalDate.of(2024, 3, 5), event.last());
        assertEquals(event.id(), crosscheck.text.Slug.of(event.title()));
        assertEquals(true, event.sharedTerms().contains("tolmezzo"), event.sharedTerms().toString());
    }

    @Test
    void sameTitlesGetDistinctSlugs() {
        List<Event> events = new EventGrouper().group(List.of(
                report("a1", "Update", QUAKE_A, null, null),
                report("b1", "Update", STRIKE_B, null, null)));
        assertEquals(List.of("update", "update-2"), events.stream().map(Event::id).sorted().toList());
    }

    @Test
    void groupingIsDeterministic() {
        List<AnalyzedArticle> input = List.of(
                report("a1", "Earthquake kills 14 in Tolmezzo", QUAKE_A, null, null),
                report("b1", "Dock strike halts Varna port", STRIKE_B, null, null),
                report("a2", "Rescuers dig through rubble", QUAKE_A2, null, null));
        assertEquals(new EventGrouper().group(input), new EventGrouper().group(input));
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new EventGrouper(0, 7));
        assertThrows(IllegalArgumentException.class, () -> new EventGrouper(0.3, -1));
    }
}
