package crosscheck.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.group.Event;
import crosscheck.ingest.PublishedAddresses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Event addresses from build to build: what a reader's link to {@code events/<slug>/} finds after reports are
 * added, removed, retitled, merged and split.
 */
class AddressesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    /** A report published {@code days} after the first day, with a headline. */
    private static AnalysedReport report(String id, int days, String title) {
        Report report = new Report(id, "articles/" + id + ".txt", title, null, null, DAY.plusDays(days), null, "en",
                null, List.of(Block.paragraph("Text of " + id + ".")), List.of());
        return new AnalysedReport(report, List.of(), List.of(), new TreeMap<>(), new TreeSet<>(), new TreeMap<>());
    }

    private static AnalysedReport pinned(AnalysedReport report, String slug) {
        return report.pinnedTo(slug);
    }

    /** An event as the group stage makes it: its id is the grouping's title slug, which the address stage replaces. */
    private static Event event(String title, AnalysedReport... reports) {
        List<AnalysedReport> list = List.of(reports);
        String id = list.stream().map(r -> r.report().event()).filter(p -> p != null).findFirst()
                .orElse(crosscheck.core.Slug.of(title));
        return new Event(id, title, list, null, null);
    }

    /** Each event's slug, by its earliest report's id. */
    private static Map<String, String> slugs(AddressedEvents addressed) {
        return addressed.events().stream().collect(Collectors.toMap(
                e -> e.reports().stream().min(Addresses.EARLIEST).orElseThrow().id(), Event::id, (a, b) -> a,
                TreeMap::new));
    }

    private static final AnalysedReport A1 = report("a1", 0, "Earthquake strikes Tolmezzo");
    private static final AnalysedReport A2 = report("a2", 1, "Tolmezzo death toll rises to 14");
    private static final AnalysedReport A3 = report("a3", 2, "Rescuers search Tolmezzo rubble");
    private static final AnalysedReport B1 = report("b1", 1, "Varna dock workers strike");
    private static final AnalysedReport B2 = report("b2", 2, "Strike halts Varna port");

    @Test
    void aNewEventIsAtItsEarliestReportsHeadlineWhateverTheEventIsCalled() {
        AddressedEvents addressed = Addresses.assign(List.of(event("Tolmezzo death toll rises to 14", A2, A1)),
                PublishedAddresses.none());
        assertEquals("earthquake-strikes-tolmezzo", addressed.events().get(0).id());
        assertEquals("Tolmezzo death toll rises to 14", addressed.events().get(0).title());
        assertEquals(Map.of("a1", "earthquake-strikes-tolmezzo", "a2", "earthquake-strikes-tolmezzo"),
                addressed.mapping().slugOfReport());
        assertEquals(List.of(), addressed.redirects());
    }

    @Test
    void addingAnUnrelatedReportKeepsEverySlugEvenOneItsHeadlineWouldTake() {
        AddressedEvents first = Addresses.assign(List.of(event("Tolmezzo death toll", A1, A2), event("Varna", B1)),
                PublishedAddresses.none());
        // a new story whose headline is the same as the first event's, and older than both events
        AnalysedReport c1 = report("c1", -5, "Earthquake strikes Tolmezzo");
        AddressedEvents second = Addresses.assign(List.of(event("Another quake", c1), event("Tolmezzo", A1, A2),
                event("Varna", B1, B2)), first.mapping());
        assertEquals("earthquake-strikes-tolmezzo", slugs(second).get("a1"));
        assertEquals("varna-dock-workers-strike", slugs(second).get("b1"));
        assertEquals("earthquake-strikes-tolmezzo-" + NewSlug.sha256("c1").substring(0, 6), slugs(second).get("c1"));
        assertEquals(List.of(), second.redirects());
    }

    @Test
    void aChangedHeadlineKeepsTheSlug() {
        AddressedEvents first = Addresses.assign(List.of(event("Earthquake strikes Tolmezzo", A1, A2)),
                PublishedAddresses.none());
        AnalysedReport retitled = report("a1", 0, "Deadly quake levels old town of Tolmezzo");
        AddressedEvents second = Addresses.assign(List.of(event("Rescuers search rubble", retitled, A2, A3)),
                first.mapping());
        assertEquals("earthquake-strikes-tolmezzo", second.events().get(0).id());
        assertEquals("Rescuers search rubble", second.events().get(0).title());
    }

    @Test
    void twoEventsMergingKeepTheSlugMostOfTheReportsHadAndTheOtherRedirectsToIt() {
        AddressedEvents first = Addresses.assign(List.of(event("Quake", A1), event("Toll", A2, A3)),
                PublishedAddresses.none());
        assertEquals(Map.of("a1", "earthquake-strikes-tolmezzo", "a2", "tolmezzo-death-toll-rises-to-14"),
                slugs(first));
        AddressedEvents merged = Addresses.assign(List.of(event("Quake", A1, A2, A3)), first.mapping());
        assertEquals("tolmezzo-death-toll-rises-to-14", merged.events().get(0).id());
        assertEquals(List.of(new Redirect("earthquake-strikes-tolmezzo", "tolmezzo-death-toll-rises-to-14")),
                merged.redirects());
        assertEquals(Map.of("earthquake-strikes-tolmezzo", "tolmezzo-death-toll-rises-to-14"),
                merged.mapping().movedTo());
        // the redirect lasts: the next build, with nothing new, keeps it
        AddressedEvents again = Addresses.assign(List.of(event("Quake", A1, A2, A3)), merged.mapping());
        assertEquals(merged, again);
    }

    @Test
    void onATieTheSlugOfTheEarliestReportIsKept() {
        AddressedEvents first = Addresses.assign(List.of(event("Varna", B1), event("Quake", A1)),
                PublishedAddresses.none());
        AddressedEvents merged = Addresses.assign(List.of(event("Both", B1, A1)), first.mapping());
        assertEquals("earthquake-strikes-tolmezzo", merged.events().get(0).id()); // a1 is older than b1
        assertEquals(List.of(new Redirect("varna-dock-workers-strike", "earthquake-strikes-tolmezzo")),
                merged.redirects());
    }

    @Test
    void whenAnEventSplitsThePartWithMostOfItsReportsKeepsTheSlugAndTheOtherGetsANewOne() {
        AddressedEvents first = Addresses.assign(List.of(event("Quake", A1, A2, A3)), PublishedAddresses.none());
        AddressedEvents split = Addresses.assign(List.of(event("Quake", A1), event("Toll", A2, A3)), first.mapping());
        assertEquals(Map.of("a1", "earthquake-strikes-tolmezzo-" + NewSlug.sha256("a1").substring(0, 6),
                "a2", "earthquake-strikes-tolmezzo"), slugs(split));
        assertEquals(List.of(), split.redirects());
    }

    @Test
    void removedReportsLeaveTheirEventAndAnEventWithNoneLeftIsForgotten() {
        AddressedEvents first = Addresses.assign(List.of(event("Quake", A1, A2), event("Varna", B1, B2)),
                PublishedAddresses.none());
        AddressedEvents second = Addresses.assign(List.of(event("Toll", A2)), first.mapping());
        assertEquals("earthquake-strikes-tolmezzo", second.events().get(0).id()); // lost its earliest report
        assertEquals(Map.of("a2", "earthquake-strikes-tolmezzo"), second.mapping().slugOfReport());
        assertEquals(List.of(), second.redirects()); // events/varna-dock-workers-strike/ is gone, no redirect
    }

    @Test
    void aRedirectFollowsItsEventAndGoesWhenTheEventGoes() {
        PublishedAddresses previous = PublishedAddresses.of(Map.of("a1", "quake", "b1", "strike"),
                Map.of("old-quake", "quake", "older-quake", "old-quake", "old-strike", "strike"));
        AddressedEvents merged = Addresses.assign(List.of(event("Quake", A1, A2)), previous);
        assertEquals("quake", merged.events().get(0).id());
        assertEquals(List.of(new Redirect("old-quake", "quake"), new Redirect("older-quake", "quake")),
                merged.redirects()); // old-strike led to an event whose reports are all gone
    }

    @Test
    void aPinnedEventKeepsTheCuratorsSlugAndItsReportsOldAddressLeadsThere() {
        AddressedEvents first = Addresses.assign(List.of(event("Quake", A1, A2)), PublishedAddresses.none());
        AddressedEvents second = Addresses.assign(List.of(event("Quake", pinned(A1, "tolmezzo-quake"),
                pinned(A2, "tolmezzo-quake"))), first.mapping());
        assertEquals("tolmezzo-quake", second.events().get(0).id());
        assertEquals(List.of(new Redirect("earthquake-strikes-tolmezzo", "tolmezzo-quake")), second.redirects());
    }

    @Test
    void aNewEventNeverTakesARedirectingAddress() {
        PublishedAddresses previous = PublishedAddresses.of(Map.of("a2", "quake"),
                Map.of("earthquake-strikes-tolmezzo", "quake"));
        AddressedEvents second = Addresses.assign(List.of(event("Toll", A2), event("Quake", A1)), previous);
        assertEquals("quake", slugs(second).get("a2"));
        assertNotEquals("earthquake-strikes-tolmezzo", slugs(second).get("a1"));
        assertTrue(slugs(second).get("a1").startsWith("earthquake-strikes-tolmezzo-"));
    }

    @Test
    void theAddressesDependOnTheReportsAloneNotOnTheOrderOfTheEvents() {
        AddressedEvents first = Addresses.assign(List.of(event("Quake", A1, A2, A3)), PublishedAddresses.none());
        List<Event> events = new ArrayList<>(List.of(event("x", A1), event("y", A2), event("z", A3),
                event("Varna", B1), event("Varna", B2)));
        Map<String, String> expected = slugs(Addresses.assign(events, first.mapping()));
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(events, random);
            assertEquals(expected, slugs(Addresses.assign(events, first.mapping())));
        }
    }

    @Test
    void itRefusesMissingArguments() {
        assertThrows(NullPointerException.class, () -> Addresses.assign(null, PublishedAddresses.none()));
        assertThrows(NullPointerException.class, () -> Addresses.assign(List.of(), null));
    }
}
