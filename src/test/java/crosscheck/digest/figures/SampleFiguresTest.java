package crosscheck.digest.figures;

import static crosscheck.digest.SampleEvent.R000;
import static crosscheck.digest.SampleEvent.R003;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.digest.Digester;
import crosscheck.digest.SampleEvent;
import crosscheck.group.Event;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five sample reports ({@link SampleEvent}) as one event, digested as a build digests them (the figures reading
 * the places the reports name): where their figures differ, where they agree, and which are of other places.
 */
class SampleFiguresTest {
    private static Map<String, String> texts;
    private static List<Figure> figures;

    @BeforeAll
    static void readSamples() {
        Event event = SampleEvent.event();
        texts = SampleEvent.texts(event);
        figures = new Digester(100).digest(event).figures();
    }

    private static Figure figure(String measure, String occasion) {
        return figures.stream()
                .filter(f -> f.measure().equals(measure) && Objects.equals(f.occasion(), occasion)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + measure + " @" + occasion));
    }

    private static Map<String, List<String>> values(Figure figure) {
        return figure.claims().stream().collect(Collectors.toMap(Figure.Claim::value, Figure.Claim::sources));
    }

    @Test
    void hostagesTakenOnOctober7DifferBetweenReports() {
        Figure hostages = figure("taken hostage", "October 7");
        assertTrue(hostages.disputed());
        assertEquals(Map.of("240", List.of(R000), "253", List.of(R003)), values(hostages));
    }

    @Test
    void deathsInGazaCanBothBeTrueAndStandSideBySideUnflagged() {
        Figure killed = figure("killed in all", null);
        assertFalse(killed.disputed());
        assertNull(killed.place());
        assertEquals(Map.of("over 32,000", List.of(R000), "more than 30,000", List.of(R003)), values(killed));
        assertEquals("the Israeli Health Ministry", killed.claims().get(0).authority());
    }

    @Test
    void almostAndAtLeast1200KilledOnOctober7CannotBothBeTrue() {
        Figure killed = figure("killed", "October 7");
        assertTrue(killed.disputed());
        assertEquals(Map.of("almost 1,200", List.of(R000), "at least 1,200", List.of(R003)), values(killed));
    }

    @Test
    void theCampaignInIraqAndSyriaIsShownWithItsPlaceNotAsAGazaFigure() {
        Figure civilians = figure("civilians killed in all", null);
        assertEquals("Iraq, Syria and the Middle East", civilians.place());
        assertFalse(civilians.disputed());
        assertEquals(civilians, figures.get(figures.size() - 1), "figures of other places come last");
        assertTrue(figures.stream().filter(f -> f != civilians).allMatch(f -> f.place() == null), figures.toString());
    }

    @Test
    void durationsAreNoFigures() {
        assertTrue(figures.stream().noneMatch(f -> f.measure().equals("weeks") || f.measure().equals("months")),
                figures.toString());
    }

    @Test
    void disputedFiguresComeFirstAndEveryClaimIsWordForWord() {
        assertTrue(figures.get(0).disputed() && figures.get(1).disputed(), figures.toString());
        assertEquals(2, figures.stream().filter(Figure::disputed).count(), figures.toString());
        for (Figure figure : figures) {
            for (Figure.Claim claim : figure.claims()) {
                assertTrue(texts.get(claim.sources().get(0)).contains(claim.sentence()), claim.toString());
                assertTrue(claim.sentence().contains(claim.value()), claim.toString());
            }
        }
    }
}
