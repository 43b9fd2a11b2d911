package crosscheck.digest.figures;

import static crosscheck.digest.SampleEvent.R000;
import static crosscheck.digest.SampleEvent.R003;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.digest.SampleEvent;
import crosscheck.group.Event;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five sample reports ({@link SampleEvent}) as one event: where their figures differ and where they agree. */
class SampleFiguresTest {
    private static Event event;
    private static Map<String, String> texts;

    @BeforeAll
    static void readSamples() {
        event = SampleEvent.event();
        texts = SampleEvent.texts(event);
    }

    private static Figure figure(String measure, String occasion) {
        return Figures.of(event).stream()
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
    void deathsInGazaDifferBetweenReports() {
        Figure killed = figure("killed in all", null);
        assertTrue(killed.disputed());
        assertEquals(Map.of("over 32,000", List.of(R000), "more than 30,000", List.of(R003)), values(killed));
    }

    @Test
    void deathsOnOctober7AgreeWithinTheirRanges() {
        Figure killed = figure("killed", "October 7");
        assertFalse(killed.disputed());
        assertEquals(Map.of("almost 1,200", List.of(R000), "at least 1,200", List.of(R003)), values(killed));
    }

    @Test
    void disputedFiguresComeFirstAndEveryClaimIsWordForWord() {
        List<Figure> figures = Figures.of(event);
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
