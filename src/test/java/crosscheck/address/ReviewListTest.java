package crosscheck.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.group.Doubt;
import crosscheck.group.Event;
import crosscheck.group.EventGrouper;
import crosscheck.ingest.ContentReader;
import crosscheck.ingest.Curation;
import crosscheck.ingest.PublishedAddresses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review list names events by their final addresses, and each fix is an events.yml entry the project's own
 * reader accepts and the grouping obeys.
 */
class ReviewListTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private static final String QUAKE = "A magnitude 6.1 earthquake struck near the town of Tolmezzo on Monday, "
            + "killing 14 people. Rescuers searched the rubble overnight.";
    private static final String STRIKE = "Dock workers in the port of Varna walked out on Friday in a strike over pay. "
            + "The union said 3,000 members joined the strike.";

    @TempDir
    Path dir;

    private static AnalysedReport report(String id, String title, String text) {
        Report article = new Report(id, "articles/" + id + ".txt", title, null, null, DAY, null, null, null,
                List.of(Block.paragraph(text)), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    private final AnalysedReport q1 = report("q1", "Quake kills 14 in Tolmezzo", QUAKE);
    private final AnalysedReport q2 = report("002_q2", "Tolmezzo digs out", QUAKE);
    private final AnalysedReport s1 = report("s1", "Varna dock strike", STRIKE);
    private final AnalysedReport s2 = report("s2", "Strike halts Varna port", STRIKE);
    /** The events at their final addresses, as the address stage gives them. */
    private final List<Event> events = List.of(new Event("tolmezzo-quake", "Quake", List.of(q1, q2), DAY, DAY),
            new Event("varna-strike", "Strike", List.of(s1, s2), DAY, DAY));

    private static Doubt twoEvents(String report, String other) {
        return new Doubt(Doubt.Kind.TWO_EVENTS, report, other, 0.34, 0.32, 0.3, List.of("Tolmezzo"),
                List.of("Varna"), null, null, 7, List.of(report));
    }

    private static Doubt borderline(String report) {
        return new Doubt(Doubt.Kind.BORDERLINE, report, null, 0.31, 0, 0.3, List.of("Varna"), List.of(), null, null,
                7, List.of(report));
    }

    /** The content folder with these events.yml lines under 'events:', read by the project's reader. */
    private Curation readBack(String... lines) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yml"), "title: Test\n");
        for (AnalysedReport r : List.of(q1, q2, s1, s2)) {
            Files.writeString(content.resolve("articles/" + r.id() + ".txt"), r.report().title() + "\n\ntext\n");
        }
        Files.writeString(content.resolve("events.yml"), "events:\n  " + String.join("\n  ", lines) + "\n");
        return ContentReader.read(content).curation();
    }

    private static List<String> ids(Event event) {
        return event.reports().stream().map(AnalysedReport::id).sorted().toList();
    }

    @Test
    void aReportThatFitsTwoEventsCanBeMovedOrKeptByOneLineTheReaderAccepts() throws IOException {
        List<ReviewItem> items = ReviewList.of(List.of(twoEvents("002_q2", "s1")), events, Curation.none());
        assertEquals(1, items.size());
        ReviewItem item = items.get(0);
        assertEquals("tolmezzo-quake", item.event(), "the event's final address");
        assertTrue(item.why().contains("varna-strike"), item.why());
        assertTrue(item.evidence().stream().anyMatch(l -> l.contains("Varna")), item.evidence().toString());
        ReviewItem.Fix move = item.fixes().get(0);
        assertEquals(List.of("- {slug: varna-strike, reports: [\"002_q2\", s1, s2]}",
                "- {slug: tolmezzo-quake, reports: [q1]}"), move.lines(), "the rest of its event stays where it is");

        Curation curation = readBack(move.lines().toArray(String[]::new));
        assertEquals(List.of("002_q2", "s1", "s2"), curation.event("varna-strike").orElseThrow().reports());
        List<Event> regrouped = new EventGrouper(EventGrouper.Settings.DEFAULT).group(List.of(q1, q2, s1, s2),
                curation);
        Event strike = regrouped.stream().filter(e -> e.id().equals("varna-strike")).findFirst().orElseThrow();
        assertEquals(List.of("002_q2", "s1", "s2"), ids(strike), "the grouping obeys the lines");
        assertEquals(List.of("q1"), ids(regrouped.stream().filter(e -> e.id().equals("tolmezzo-quake")).findFirst()
                .orElseThrow()));
    }

    @Test
    void aBorderlineJoinCanBeSplitIntoANewEventWithAFreeSlug() throws IOException {
        ReviewItem item = ReviewList.of(List.of(borderline("s2")), events, Curation.none()).get(0);
        assertEquals("borderline join", item.kind());
        ReviewItem.Fix split = item.fixes().get(0);
        assertEquals("- {slug: strike-halts-varna-port, reports: [s2]}", split.lines().get(0));
        assertEquals(List.of("- {slug: varna-strike, reports: [s2]}"), item.fixes().get(1).lines());
        Curation curation = readBack(split.lines().toArray(String[]::new));
        List<Event> regrouped = new EventGrouper(EventGrouper.Settings.DEFAULT).group(List.of(q1, q2, s1, s2),
                curation);
        Event alone = regrouped.stream().filter(e -> e.id().equals("strike-halts-varna-port")).findFirst()
                .orElseThrow();
        assertEquals(List.of("s2"), ids(alone));
    }

    @Test
    void splitsWithOneHeadlineGetTheAddressesTheBuildWouldGiveThem() {
        AnalysedReport s3 = report("s3", "Strike halts Varna port", STRIKE);
        Event strike = new Event("varna-strike", "Strike", List.of(s1, s2, s3), DAY, DAY);
        List<ReviewItem> items = ReviewList.of(List.of(borderline("s2"), borderline("s3")),
                List.of(events.get(0), strike), Curation.none());
        String hashed = "strike-halts-varna-port-" + NewSlug.sha256("s3").substring(0, NewSlug.HASH_DIGITS);
        assertEquals("- {slug: strike-halts-varna-port, reports: [s2]}", items.get(0).fixes().get(0).lines().get(0));
        assertEquals("- {slug: " + hashed + ", reports: [s3]}", items.get(1).fixes().get(0).lines().get(0),
                "a taken headline gets the hash of the report's id, as a new address does");

        PublishedAddresses published = PublishedAddresses.of(Map.of("q1", "tolmezzo-quake", "002_q2",
                "tolmezzo-quake", "s1", "varna-strike", "s2", "varna-strike", "s3", "varna-strike"), Map.of());
        List<Event> split = List.of(events.get(0), new Event("a", "Strike", List.of(s1), DAY, DAY),
                new Event("b", "Strike", List.of(s2), DAY, DAY), new Event("c", "Strike", List.of(s3), DAY, DAY));
        List<String> addresses = Addresses.assign(split, published).events().stream().map(Event::id).toList();
        assertEquals(List.of("tolmezzo-quake", "varna-strike", "strike-halts-varna-port", hashed), addresses,
                "the build gives the split reports the addresses the review list suggested");
    }

    /** A split with no title to name it by is called "event"; an event is there already, so the hash is added. */
    @Test
    void aSplitOfReportsNotInTheEventsIsCalledEvent() {
        Doubt span = new Doubt(Doubt.Kind.LONG_SPAN, "s1", null, 0, 0, 0.3, List.of(), List.of(), DAY,
                DAY.plusDays(30), 7, List.of("gone"));
        List<Event> withEvent = List.of(events.get(0), events.get(1), new Event("event", "Event", List.of(q1), DAY,
                DAY));
        String line = ReviewList.of(List.of(span), withEvent, Curation.none()).get(0).fixes().get(0).lines().get(0);
        assertEquals("- {slug: event-" + NewSlug.sha256("gone").substring(0, NewSlug.HASH_DIGITS)
                + ", reports: [gone]}", line);
    }

    @Test
    void anEventTheFileAlreadyHasGetsItsReportsLineRatherThanASecondEntry() throws IOException {
        Curation existing = readBack("- {slug: varna-strike, title: Strike, reports: [s1]}");
        ReviewItem item = ReviewList.of(List.of(twoEvents("002_q2", "s1")), events, existing).get(0);
        String line = item.fixes().get(0).lines().get(0);
        assertTrue(line.startsWith("reports: [s1, \"002_q2\", s2]   # in the entry of 'varna-strike'"), line);
    }
}
