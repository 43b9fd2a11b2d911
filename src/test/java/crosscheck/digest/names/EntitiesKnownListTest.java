package crosscheck.digest.names;

import static crosscheck.digest.names.EntitiesTest.event;
import static crosscheck.digest.names.EntitiesTest.named;
import static crosscheck.digest.names.EntitiesTest.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import crosscheck.group.Event;
import crosscheck.ingest.KnownEntities.Entry;
import crosscheck.ingest.KnownEntities.Kind;
import crosscheck.ingest.KnownEntities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curated list: how it changes names and kinds, and how {@code entities.yml} is read. */
class EntitiesKnownListTest {
    private static final Event EVENT = event(
            report("a", "Officials said Galante met envoys between Jerusalem and Washington on Monday."),
            report("b", "Galante said Jerusalem would decide. Reporters asked about Yove."));

    @Test
    void theListFixesKindsAndNamesAndAddsAliases() {
        KnownEntities known = new KnownEntities(List.of(
                new Entry("Yoav Gallant", Kind.PERSON, List.of("Galant", "Galante", "Yove")),
                new Entry("Jerusalem", Kind.PLACE, List.of())));
        List<Entity> entities = Entities.of(EVENT, known);
        Entity gallant = named(entities, "Yoav Gallant");
        assertEquals(Entity.Kind.PERSON, gallant.kind());
        assertEquals(List.of("Galante", "Yove"), gallant.spellings());
        assertEquals(Entity.Kind.PLACE, named(entities, "Jerusalem").kind());
        assertNull(named(entities, "Galante"));
    }

    @Test
    void withoutTheListTheRulesAloneDecide() {
        List<Entity> entities = Entities.of(EVENT);
        assertEquals(Entity.Kind.OTHER, named(entities, "Galante").kind()); // one "Galante said" is too weak
        assertEquals(Entity.Kind.OTHER, named(entities, "Jerusalem").kind());
        assertNull(named(entities, "Yoav Gallant"));
    }

    @Test
    void readsTheListOfAContentFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("entities.yml"), """
                # People, places and organisations the digest should know by one name.
                - name: Yoav Gallant
                  kind: person
                  aliases: [Galant, Galante, Yove Gallant]
                - name: Rafah
                  kind: place
                - name: Hamas
                  kind: Organization
                  aliases: Hamas movement
                """);
        assertEquals(List.of(
                new Entry("Yoav Gallant", Kind.PERSON, List.of("Galant", "Galante", "Yove Gallant")),
                new Entry("Rafah", Kind.PLACE, List.of()),
                new Entry("Hamas", Kind.ORGANISATION, List.of("Hamas movement"))), KnownEntities.read(dir).entries());
    }

    @Test
    void anAbsentOrEmptyFileIsAnEmptyList(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), KnownEntities.read(dir).entries());
        Files.writeString(dir.resolve("entities.yml"), "# nothing yet\n");
        assertEquals(List.of(), KnownEntities.read(dir).entries());
    }

    @Test
    void invalidYamlNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("entities.yml"), "- name: Rafah\n  kind: place\n- name: [Gaza\n  kind: place\n");
        BuildException e = assertThrows(BuildException.class, () -> KnownEntities.read(dir));
        assertEquals("entities.yml", e.file());
        assertTrue(e.line() >= 3, e.describe());
        assertTrue(e.describe().startsWith("entities.yml:"), e.describe());
    }

    @Test
    void entriesOfTheWrongShapeNameTheFileAndLine(@TempDir Path dir) throws IOException {
        String[][] cases = {
                {"name: Rafah\nkind: place\n", "1", "a list"},
                {"- name: Rafah\n  kind: town\n", "2", "unknown kind 'town'"},
                {"- name: Rafah\n  kind: place\n- name: Gaza\n", "3", "'Gaza' has no 'kind'"},
                {"- name: Rafah\n  kind: place\n  alias: [Rafiah]\n", "3", "unknown key 'alias'"},
                {"- name: Rafah\n  kind: place\n- name: rafah\n  kind: place\n", "3", "already listed on line 1"},
                {"- name: Rafah\n  kind: place\n  aliases: [{a: b}]\n", "3", "must be text"}};
        for (String[] c : cases) {
            Files.writeString(dir.resolve("entities.yml"), c[0]);
            BuildException e = assertThrows(BuildException.class, () -> KnownEntities.read(dir), c[0]);
            assertEquals("entities.yml", e.file());
            assertEquals(Integer.parseInt(c[1]), e.line(), e.describe());
            assertTrue(e.getMessage().contains(c[2]), e.describe());
        }
    }
}
