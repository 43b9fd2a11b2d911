package crosscheck.digest.names;

import static crosscheck.digest.names.EntitiesTest.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.SampleContent;
import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Cleaner;
import crosscheck.group.Event;
import crosscheck.ingest.ContentReader;
import crosscheck.ingest.KnownEntities;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five sample reports ({@link SampleContent}) as one event, with and without their entities.yml. */
class EntitiesSampleTest {
    private static final Path CONTENT = SampleContent.FOLDER;
    private static final Event EVENT = sampleEvent();

    private static Event sampleEvent() {
        Cleaner cleaner = new Cleaner();
        try (Analyser analyser = new Analyser()) {
            List<AnalysedReport> reports = ContentReader.read(CONTENT).reports().stream()
                    .map(cleaner::clean).map(analyser::analyse).toList();
            return new Event("sample", "Sample", reports, null, null);
        }
    }

    @Test
    void theSampleEventsPeopleAndPlaces() {
        List<Entity> entities = Entities.of(EVENT, KnownEntities.read(CONTENT));
        checkSample(entities);
        assertEquals(Entity.Kind.PLACE, named(entities, "Jerusalem").kind());
    }

    @Test
    void theRulesAloneFindThemToo() {
        checkSample(Entities.of(EVENT));
    }

    private static void checkSample(List<Entity> entities) {
        List<String> ids = EVENT.reports().stream().map(AnalysedReport::id).toList();
        Entity gallant = named(entities, "Yoav Gallant");
        assertNotNull(gallant, entities.toString());
        assertEquals(Entity.Kind.PERSON, gallant.kind());
        assertEquals(ids, gallant.sources());
        assertTrue(gallant.spellings().contains("Galante"), gallant.toString());
        assertTrue(gallant.spellings().contains("Yoav Galant"), gallant.toString()); // "Galant" is only written in full
        assertTrue(gallant.spellings().contains("Yove"), gallant.toString()); // "Defense Minister Yove chivalry"
        for (String person : List.of("Lloyd Austin", "Benjamin Netanyahu", "Antony Blinken", "Joe Biden")) {
            assertEquals(Entity.Kind.PERSON, named(entities, person).kind(), person);
        }
        for (String place : List.of("Rafah", "Gaza", "Israel", "United States", "Washington")) {
            assertEquals(Entity.Kind.PLACE, named(entities, place).kind(), place);
        }
        for (String organisation : List.of("Hamas", "Hezbollah", "IDF", "COGAT", "UN Security Council")) {
            assertEquals(Entity.Kind.ORGANISATION, named(entities, organisation).kind(), organisation);
        }
        assertEquals(List.of("Austin", "Lloyd Austin"), named(entities, "Lloyd Austin").spellings());
        for (String word : List.of("Tuesday", "Read", "Leave", "Conservation", "Destroy Hamas", "Israel Hamas",
                "Pentagon Lloyd Austin", "Biden Invited", "Palestinian", "Israeli", "X")) {
            assertNull(named(entities, word), word);
        }
        assertEquals(List.of("Israel", "United States"), entities.subList(0, 2).stream().map(Entity::name).toList());
    }
}
