package crosscheck.digest.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.group.Event;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesTest {
    static AnalysedReport report(String id, String... paragraphs) {
        List<Block> blocks = Arrays.stream(paragraphs).map(Block::paragraph).toList();
        Report article = new Report(id, "articles/" + id + ".txt", "Report " + id, null, null, null, null, null,
                null, blocks, List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    static Event event(AnalysedReport... reports) {
        return new Event("event", "Event", List.of(reports), null, null);
    }

    /** The entity of that name, or null. */
    static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void spellingsAndTransliterationsOfOneNameJoinUnderItsFullName() {
        List<Entity> entities = Entities.of(event(
                report("a", "Israeli Defense Minister Yoav Gallant met Lloyd Austin at the Pentagon on Tuesday. "
                        + "Gallant said the talks went well."),
                report("b", "Defense Minister Yoav Galant arrived in Washington. Officials said Galant would stay."),
                report("c", "Galante’s visit was extended. Later, Galante told reporters the war would go on."),
                report("d", "Yoav Gallant flew home.")));
        Entity gallant = named(entities, "Yoav Gallant");
        assertNotNull(gallant, entities.toString());
        assertEquals(Entity.Kind.PERSON, gallant.kind());
        assertEquals(List.of("Galant", "Galante", "Gallant", "Yoav Galant", "Yoav Gallant"), gallant.spellings());
        assertEquals(List.of("a", "b", "c", "d"), gallant.sources());
        assertEquals(7, gallant.mentions());
        assertEquals(1, entities.stream()
                .filter(e -> e.spellings().stream().anyMatch(s -> s.startsWith("Gal"))).count());
    }

    @Test
    void spellingsJoinWithoutAnyFullName() {
        List<Entity> entities = Entities.of(event(
                report("a", "Officials met Gallant on Monday. Gallant said little."),
                report("b", "Reporters asked Galant about the plan."),
                report("c", "Later, Galante told reporters the war would go on.")));
        Entity gallant = named(entities, "Gallant");
        assertNotNull(gallant, entities.toString());
        assertEquals(List.of("Galant", "Galante", "Gallant"), gallant.spellings());
        assertEquals(List.of("a", "b", "c"), gallant.sources());
    }

    @Test
    void aGivenNameCloseToAPersonsJoinsWhenTheSurnameMatches() {
        List<Entity> entities = Entities.of(event(
                report("a", "Israeli Defense Minister Yoav Gallant met Lloyd Austin at the Pentagon."),
                report("b", "For his part, Defense Minister Yove Gallant stressed the threats to Israel.")));
        Entity gallant = named(entities, "Yoav Gallant");
        assertEquals(List.of("Yoav Gallant", "Yove Gallant"), gallant.spellings());
        assertNull(named(entities, "Yove Gallant"));
    }

    @Test
    void titlesAndRanksAreStrippedAndMarkPeople() {
        List<Entity> entities = Entities.of(event(report("a",
                "Secretary of State Antony Blinken met Maj. Gen. (res.) Eyal Zamir and national security adviser "
                        + "Jake Sullivan on Monday. CIA Director William J. Burns joined them, said U.S. State "
                        + "Department spokesman Matthew Miller. US Defense Secretary Lloyd Austin was there, and "
                        + "so was Benjamin Netanyahu, the prime minister of Israel.")));
        for (String person : List.of("Antony Blinken", "Eyal Zamir", "Jake Sullivan", "William J. Burns",
                "Matthew Miller", "Lloyd Austin", "Benjamin Netanyahu")) {
            Entity entity = named(entities, person);
            assertNotNull(entity, person + " in " + entities);
            assertEquals(Entity.Kind.PERSON, entity.kind(), person);
        }
        assertEquals(Entity.Kind.ORGANISATION, named(entities, "State Department").kind());
        assertEquals(List.of("U.S.", "US"), named(entities, "United States").spellings());
        assertEquals(Entity.Kind.ORGANISATION, named(entities, "CIA").kind());
        for (Entity e : entities) {
            assertFalse(e.name().matches(".*(Secretary|Gen\\.|res\\.|Director|adviser|spokesman|Defense).*"), e.name());
        }
    }

    @Test
    void differentPeopleWithOneSurnameStayApart() {
        List<Entity> entities = Entities.of(event(
                report("a", "President Joe Biden spoke on Monday. His son Hunter Biden was not there. "
                        + "Biden said the talks would go on."),
                report("b", "President Joe Biden left for Delaware. Hunter Biden declined to comment.")));
        assertEquals(List.of("Joe Biden"), named(entities, "Joe Biden").spellings());
        assertEquals(List.of("Hunter Biden"), named(entities, "Hunter Biden").spellings());
        assertEquals(Entity.Kind.PERSON, named(entities, "Joe Biden").kind());
    }

    @Test
    void placesFromTheWordsAround() {
        List<Entity> entities = Entities.of(event(
                report("a", "Strikes continued in Khan Younis on Monday. Families fled to the southern city of "
                        + "Deir al-Balah. The army said Jabalia’s northern district was cleared. Strikes also hit "
                        + "Gaza’s southernmost city, Rafah.")));
        for (String place : List.of("Khan Younis", "Deir al-Balah", "Jabalia", "Gaza", "Rafah")) {
            Entity entity = named(entities, place);
            assertNotNull(entity, place + " in " + entities);
            assertEquals(Entity.Kind.PLACE, entity.kind(), place);
        }
    }

    @Test
    void acronymsAndGroupsAreOrganisations() {
        List<Entity> entities = Entities.of(event(report("a",
                "The UN and the IDF disagreed on the figures, COGAT said, while the CIA stayed silent. "
                        + "Officials warned the Lebanese militant group Hezbollah, and the Hamas terror group "
                        + "answered. The Israeli Health Ministry and the US kept counting.")));
        for (String organisation : List.of("UN", "IDF", "COGAT", "CIA", "Hezbollah", "Hamas", "Health Ministry")) {
            Entity entity = named(entities, organisation);
            assertNotNull(entity, organisation + " in " + entities);
            assertEquals(Entity.Kind.ORGANISATION, entity.kind(), organisation);
        }
        Entity us = named(entities, "United States");
        assertEquals(Entity.Kind.PLACE, us.kind());
        assertEquals(List.of("US"), us.spellings());
    }

    @Test
    void capitalisedWordsThatOpenSentencesAreNamesOnlyWhenCapitalisedInsideOne() {
        List<Entity> entities = Entities.of(event(
                report("a", "Meanwhile the talks went on. Officials said little on Tuesday. Gallant said the "
                        + "army would wait. Residents waited. Read more: nothing."),
                report("b", "Tuesday brought rain. Leave a reply. Reporters met Gallant in the morning. "
                        + "Gallant left.")));
        Entity gallant = named(entities, "Gallant");
        assertNotNull(gallant, entities.toString());
        assertEquals(3, gallant.mentions());
        for (String word : List.of("Meanwhile", "Officials", "Tuesday", "Residents", "Read", "Leave", "Reporters")) {
            assertNull(named(entities, word), word);
        }
    }

    @Test
    void machineTranslatedCapitalsAndRunTogetherNamesAreUndone() {
        List<Entity> entities = Entities.of(event(
                report("a", "Defense Secretary Lloyd Austin met officials at the Pentagon. Austin warned that "
                        + "the offensive would destroy Hamas."),
                report("b", "A meeting at the Pentagon Lloyd Austin He said would go on. The army would do so "
                        + "Destroy Hamas and free the hostages. Reporters asked about Hamas.")));
        assertEquals(List.of("Austin", "Lloyd Austin"), named(entities, "Lloyd Austin").spellings());
        assertEquals(List.of("a", "b"), named(entities, "Pentagon").sources());
        assertNotNull(named(entities, "Hamas"));
        assertTrue(entities.stream().noneMatch(e -> e.name().contains("Destroy") || e.name().contains("Pentagon L")),
                entities.toString());
    }

    @Test
    void alikeSpellingsInOneReportAreTwoNames() {
        List<Entity> entities = Entities.of(event(
                report("a", "Officials met Gallant and Galant on Monday. Gallant spoke first, then Galant. "
                        + "Later, Galant left and Gallant stayed.")));
        assertEquals(List.of("Galant"), named(entities, "Galant").spellings());
        assertEquals(List.of("Gallant"), named(entities, "Gallant").spellings());
    }

    @Test
    void nationalitiesOfficesAndWeakCluesMakeNoWrongNames() {
        List<Entity> entities = Entities.of(event(
                report("a", "Somali pirates freed the Thai crew, said the Governor of Puntland, Said Abdullahi. "
                        + "Relations suffered in US-Israel talks. Defense Secretary Lloyd Austin made an offer to "
                        + "Austin's critics, and interest in Austin grew.")));
        for (String word : List.of("Somali", "Thai", "US-Israel", "Governor")) assertNull(named(entities, word), word);
        assertEquals(Entity.Kind.PLACE, named(entities, "Israel").kind());
        assertEquals(Entity.Kind.PLACE, named(entities, "United States").kind());
        assertTrue(named(entities, "Puntland") == null || named(entities, "Puntland").kind() != Entity.Kind.PERSON);
        assertEquals(Entity.Kind.PERSON, named(entities, "Lloyd Austin").kind());
    }

    @Test
    void otherNamesNeedTwoReportsOrThreeMentions() {
        List<Entity> entities = Entities.of(event(
                report("a", "The offensive went on during the Muslim holy month of Ramadan. The Quartet met."),
                report("b", "Talks with the Quartet stalled.")));
        assertNull(named(entities, "Ramadan"));
        assertEquals(Entity.Kind.OTHER, named(entities, "Quartet").kind());
    }

    @Test
    void resultsAreOrderedByMentionsThenNameAndRepeatable() {
        Event event = event(
                report("a", "Israel and Egypt met in Cairo. Israel said Egypt agreed."),
                report("b", "In Cairo, Egypt hosted Israel."));
        List<Entity> first = Entities.of(event);
        assertEquals(first, Entities.of(event));
        assertEquals(List.of("Egypt", "Israel", "Cairo"), first.stream().map(Entity::name).toList());
    }
}
