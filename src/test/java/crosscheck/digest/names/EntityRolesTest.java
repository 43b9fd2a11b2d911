package crosscheck.digest.names;

import static crosscheck.digest.names.EntitiesTest.event;
import static crosscheck.digest.names.EntitiesTest.named;
import static crosscheck.digest.names.EntitiesTest.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRolesTest {
    private static Entity entity(String name, List<Entity> entities) {
        Entity entity = named(entities, name);
        assertNotNull(entity, entities.toString());
        return entity;
    }

    @Test
    void aTitleBeforeTheNameIsItsRoleWithTheNationalityBeforeIt() {
        List<Entity> entities = Entities.of(event(
                report("a", "Israeli Defense Minister Yoav Gallant met Lloyd Austin on Tuesday."),
                report("b", "US Defense Secretary Lloyd Austin spoke first.")));
        assertEquals(List.of(new Role("Israeli Defense Minister", List.of("a"))),
                entity("Yoav Gallant", entities).roles());
        assertEquals(List.of(new Role("US Defense Secretary", List.of("b"))), entity("Lloyd Austin", entities).roles());
    }

    @Test
    void aLowerCaseTitleBeforeTheNameIsItsRole() {
        List<Entity> entities = Entities.of(event(
                report("a", "They met national security adviser Jake Sullivan on Monday.")));
        assertEquals(List.of(new Role("national security adviser", List.of("a"))),
                entity("Jake Sullivan", entities).roles());
    }

    @Test
    void aLowerCaseTitleBeforeARankIsARoleToo() {
        List<Entity> entities = Entities.of(event(
                report("a", "The department’s press secretary, Maj. Gen. Pat Ryder, spoke on Tuesday. "
                        + "Later he met CIA Director William Burns.")));
        assertEquals(List.of(new Role("Maj. Gen.", List.of("a")), new Role("press secretary", List.of("a"))),
                entity("Pat Ryder", entities).roles());
        assertEquals(List.of(new Role("CIA Director", List.of("a"))), entity("William Burns", entities).roles());
    }

    @Test
    void anAppositionAfterTheNameIsItsRole() {
        List<Entity> entities = Entities.of(event(
                report("a", "On Monday Benjamin Netanyahu, the prime minister of Israel, said the war would go on."),
                report("b", "Asked twice, Matthew Miller, a spokesman who briefed reporters, declined to comment.")));
        assertEquals(List.of(new Role("prime minister of Israel", List.of("a"))),
                entity("Benjamin Netanyahu", entities).roles());
        assertEquals(List.of(new Role("spokesman", List.of("b"))), entity("Matthew Miller", entities).roles());
    }

    @Test
    void noRoleIsGivenWhereNoneIsWritten() {
        List<Entity> entities = Entities.of(event(
                report("a", "Yoav Gallant met Lloyd Austin on Tuesday. Mr. Gallant said little."),
                report("b", "Austin met his Israeli counterpart, Yoav Gallant, at the Pentagon.")));
        assertEquals(List.of(), entity("Yoav Gallant", entities).roles());
        assertEquals(List.of(), entity("Lloyd Austin", entities).roles());
    }

    @Test
    void rolesMergeAcrossSpellingsAndCase() {
        List<Entity> entities = Entities.of(event(
                report("a", "Defense Minister Yoav Gallant arrived on Sunday. Gallant met Austin."),
                report("b", "Defense Minister Galant arrived in Washington. Galant met Austin and Yoav Gallant."),
                report("c", "Later Galante, the defense minister of Israel, told reporters the war would go on."),
                report("d", "In talks with Defense Secretary Yoav Galant, Austin stressed restraint.")));
        Entity gallant = entity("Yoav Gallant", entities);
        // given by most reports first, then in the order of the reports
        assertEquals(List.of(new Role("Defense Minister", List.of("a", "b")),
                        new Role("defense minister of Israel", List.of("c")),
                        new Role("Defense Secretary", List.of("d"))),
                gallant.roles());
    }
}
