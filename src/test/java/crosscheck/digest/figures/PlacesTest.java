package crosscheck.digest.figures;

import static crosscheck.digest.InlineReports.event;
import static crosscheck.digest.InlineReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import crosscheck.group.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A count set in another place than the event's main places is shown with its place, apart from the event's. */
class PlacesTest {
    private static final List<Place> PLACES = List.of(
            new Place("Gaza", List.of("Gaza"), 3, 20), new Place("Israel", List.of("Israel"), 3, 15),
            new Place("United States", List.of("U.S.", "United States"), 3, 12),
            new Place("Gaza Strip", List.of("Gaza Strip"), 1, 1), new Place("Iraq", List.of("Iraq"), 1, 1),
            new Place("Syria", List.of("Syria"), 1, 1), new Place("Aceh", List.of("Aceh"), 1, 1));

    private static Figure only(List<Figure> figures, String measure) {
        List<Figure> found = figures.stream().filter(f -> f.measure().equals(measure)).toList();
        assertEquals(1, found.size(), figures.toString());
        return found.get(0);
    }

    @Test
    void aCountInAnotherCountryIsLabelledWithItAndNotComparedWithTheEvents() {
        Event event = event(
                report("a", "More than 30,000 people have been killed in Gaza."),
                report("b", "The U.S. campaign against the Islamic State in Iraq and Syria began in 2014. "
                        + "May have killed at least 8,000 civilians."),
                report("c", "In the Gaza Strip, at least 8,000 civilians have been killed, the U.S. says. "
                        + "A 2004 tsunami in Aceh killed 230,000 people."));
        List<Figure> figures = Figures.of(event, PLACES);
        List<Figure> civilians = figures.stream().filter(f -> f.measure().equals("civilians killed in all")).toList();
        assertEquals(2, civilians.size(), figures.toString());
        assertNull(civilians.get(0).place(), "the Gaza Strip is part of Gaza, the event's");
        assertEquals(List.of("c"), civilians.get(0).sources());
        assertEquals("Iraq and Syria", civilians.get(1).place());
        assertEquals(List.of("b"), civilians.get(1).sources());
        Figure tsunami = only(figures, "killed");
        assertEquals("Aceh", tsunami.place());
        assertFalse(tsunami.disputed());
        assertEquals(tsunami, figures.get(figures.size() - 1), "figures of other places come last");
    }

    @Test
    void aPlaceNamedAsAnAgentOrBesideTheEventsOwnIsNotWhereTheCountIs() {
        Event event = event(
                report("a", "Syria said 40 people were killed in Gaza."),
                report("b", "Iraq reported that 45 people were killed."));
        Figure killed = only(Figures.of(event, PLACES), "killed");
        assertNull(killed.place());
        assertEquals(List.of("a", "b"), killed.sources());
    }
}
