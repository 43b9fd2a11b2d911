package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.group.EventGrouper.Settings;
import crosscheck.ingest.Curation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

    /** Two earthquakes of the same kind: same words, other places, people, figures and dates. */
    private static final String[] FIRST_QUAKE = {
        "A magnitude 6.1 earthquake struck the mountain town of Tolmezzo on March 4, 2024, killing 14 people and "
                + "collapsing dozens of houses. Rescuers searched the rubble through the night. Mayor Franco Bassi "
                + "said 300 residents had lost their homes.",
        "Rescue teams in Tolmezzo dug through collapsed houses after the 6.1 magnitude quake of March 4, 2024 left "
                + "14 dead. Mayor Franco Bassi said 300 people were homeless. The rescuers worked until dawn in the "
                + "rubble of the old town.",
        "The death toll of the Tolmezzo earthquake rose to 14, Mayor Franco Bassi said on Tuesday. The 6.1 quake "
                + "struck on March 4, 2024 and destroyed houses in the old town; 300 residents are homeless and "
                + "rescuers are still searching the rubble.",
    };
    private static final String[] SECOND_QUAKE = {
        "A magnitude 5.4 earthquake struck the hill town of Sulmona on October 12, 2023, killing 3 people and "
                + "collapsing houses. Rescuers searched the rubble through the night. Governor Elena Greco said 80 "
                + "residents had lost their homes.",
        "Rescue teams in Sulmona dug through collapsed houses after the 5.4 magnitude quake of October 12, 2023 "
                + "left 3 dead. Governor Elena Greco said 80 people were homeless. The rescuers worked until dawn in "
                + "the rubble of the town centre.",
        "The death toll of the Sulmona earthquake rose to 3, Governor Elena Greco said on Friday. The 5.4 quake "
                + "struck on October 12, 2023 and destroyed houses in the town; 80 residents are homeless and "
                + "rescuers are still searching the rubble.",
    };

    private static AnalysedReport report(String id, String title, String text, LocalDate date, String pin) {
        Report article = new Report(id, "articles/" + id + ".txt", title, null, null, date, null, null, pin,
                List.of(Block.paragraph(text)), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    /** The groups of report ids, each sorted, sorted by their first id. */
    private static List<List<String>> groups(List<Event> events) {
        return events.stream()
                .map(e -> e.reports().stream().map(AnalysedReport::id).sorted().toList())
                .sorted(Comparator.comparing((List<String> g) -> g.get(0)))
                .toList();
    }

    private static List<AnalysedReport> twoQuakes(LocalDate first, LocalDate second) {
        List<AnalysedReport> out = new ArrayList<>();
        for (int i = 0; i < FIRST_QUAKE.length; i++) {
            out.add(report("a" + (i + 1), null, FIRST_QUAKE[i], first, null));
            out.add(report("b" + (i + 1), null, SECOND_QUAKE[i], second, null));
        }
        return out;
    }

    @Test
    void reportsOfOneEventGoTogetherAndOtherEventsApart() {
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(List.of(
                report("a1", "Earthquake kills 14 in Tolmezzo", QUAKE_A, null, null),
                report("b1", "Dock strike halts Varna port", STRIKE_B, null, null),
                report("a2", "Rescuers dig through rubble after Tolmezzo quake", QUAKE_A2, null, null),
                report("b2", "Varna dock workers strike over pay", STRIKE_B2, null, null)));
        assertEquals(List.of(List.of("a1", "a2"), List.of("b1", "b2")), groups(events));
    }

    @Test
    void twoEarthquakesOfTheSameKindStayApartWithoutPublicationDates() {
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(twoQuakes(null, null));
        assertEquals(List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3")), groups(events));
    }

    @Test
    void twoEarthquakesOfTheSameKindStayApartWhenDated() {
        List<Event> events = new EventGrouper(Settings.DEFAULT)
                .group(twoQuakes(LocalDate.of(2024, 3, 5), LocalDate.of(2023, 10, 13)));
        assertEquals(List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3")), groups(events));
        assertEquals(LocalDate.of(2024, 3, 5), events.get(0).first(), "newest event first");
    }

    @Test
    void paraphrasedReportsOfOneEventGoTogether() {
        List<AnalysedReport> reports = new ArrayList<>();
        for (int i = 0; i < FIRST_QUAKE.length; i++) reports.add(report("a" + (i + 1), null, FIRST_QUAKE[i], null, null));
        reports.add(report("s1", "Dock strike halts Varna port", STRIKE_B, null, null));
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(reports);
        assertEquals(List.of(List.of("a1", "a2", "a3"), List.of("s1")), groups(events));
    }

    /** Two stories of one cast, each told twice, all four in one outlet's dateline and newsletter pitch. */
    private static final String[] SAME_CAST = {
        "WASHINGTON (AP) - President Donald Trump said on Monday he will put a 25 percent tariff on imported steel "
                + "from Canada and Mexico, starting in June. Steelworkers in Ohio welcomed the tariff. Sign up for "
                + "our Politics newsletter to get the latest news from the White House.",
        "WASHINGTON (AP) - A 25 percent steel tariff on Canada and Mexico will take effect in June, President "
                + "Donald Trump said on Monday, as Ohio steelworkers cheered the tariff. Sign up for our Politics "
                + "newsletter to get the latest news from the White House.",
        "WASHINGTON (AP) - President Donald Trump said on Monday he will visit Puerto Rico after Hurricane Maria "
                + "left 3.4 million people without power. The Coast Guard flew water to San Juan. Sign up for our "
                + "Politics newsletter to get the latest news from the White House.",
        "WASHINGTON (AP) - Hurricane Maria left 3.4 million people in Puerto Rico without power; President Donald "
                + "Trump said on Monday he will fly to San Juan, where the Coast Guard brought water. Sign up for "
                + "our Politics newsletter to get the latest news from the White House.",
    };

    @Test
    void sharedCastDatelineAndNewsletterPitchDoNotJoinTwoStories() {
        List<AnalysedReport> reports = new ArrayList<>();
        for (int i = 0; i < SAME_CAST.length; i++) reports.add(report("r" + (i + 1), null, SAME_CAST[i], null, null));
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(reports);
        assertEquals(List.of(List.of("r1", "r2"), List.of("r3", "r4")), groups(events));
    }

    @Test
    void aReportSharingNothingSpecificCountsForLessThanOneSharingRarePhrases() {
        List<AnalysedReport> reports = new ArrayList<>();
        for (int i = 0; i < SAME_CAST.length; i++) reports.add(report("r" + (i + 1), null, SAME_CAST[i], null, null));
        // r1 and r2 share the tariff's phrases; r1 and r3 share only the cast and the outlet's lines
        SpecificEvidence evidence = SpecificEvidence.of(reports, Settings.DEFAULT.windowDays());
        assertTrue(evidence.sharedPhrases(0, 1) >= 2, "the same story shares rare phrases");
        assertTrue(evidence.sharedPhrases(0, 2) <= 1, "boilerplate in every report is no rare phrase");
        assertTrue(SpecificEvidence.weigh(evidence.shared(0, 1, true), 0.3, Settings.DEFAULT)
                > SpecificEvidence.weigh(evidence.shared(0, 2, true), 0.3, Settings.DEFAULT));
    }

    private static AnalysedReport fromOutlet(String id, String outlet, String url, String text) {
        Report article = new Report(id, "articles/" + id + ".html", null, outlet, url, null, null, null, null,
                List.of(Block.paragraph(text)), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    @Test
    void twoReportsOfOneOutletShareNothingSpecific() {
        String furniture = " Schneier on Security is a personal website. Opinions expressed are not necessarily "
                + "those of the Crypto-Gram newsletter.";
        List<AnalysedReport> reports = List.of(
                fromOutlet("s1", null, "https://www.schneier.com/blog/ssl.html",
                        "A new SSL vulnerability lets attackers read encrypted cookies." + furniture),
                fromOutlet("s2", null, "https://schneier.com/blog/terror.html",
                        "A study looks at how terrorist groups disband over time." + furniture),
                fromOutlet("o1", "Other Outlet", null,
                        "Attackers can read encrypted cookies through a new SSL vulnerability, researchers said."));
        SpecificEvidence evidence = SpecificEvidence.of(reports, Settings.DEFAULT.windowDays());
        assertEquals("schneier.com", SpecificEvidence.outlet(reports.get(0)));
        assertTrue(evidence.sharedPhrases(0, 1) > 0, "the outlet's furniture is shared");
        assertEquals(0.3 * Settings.DEFAULT.unspecificWeight(),
                SpecificEvidence.weigh(evidence.shared(0, 1, true), 0.3, Settings.DEFAULT), 1e-9,
                "one outlet's pages are never specific to each other");
        assertTrue(SpecificEvidence.weigh(evidence.shared(0, 2, true), 0.3, Settings.DEFAULT) >= 0.3,
                "other outlets' pages may be");
    }

    private static AnalysedReport inLanguage(String id, String language, String text) {
        Report article = new Report(id, "articles/" + id + ".html", null, null, null, null, null, language, null,
                List.of(Block.paragraph(text)), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    @Test
    void reportsInAnotherLanguageJoinOnSharedNamesAndFiguresNeverOnWords() {
        List<AnalysedReport> reports = new ArrayList<>();
        for (int i = 0; i < FIRST_QUAKE.length; i++) reports.add(report("a" + (i + 1), null, FIRST_QUAKE[i], null, null));
        reports.add(inLanguage("pt1", "pt", "Um terremoto de magnitude 6,1 atingiu Tolmezzo em 4 de março de 2024 e "
                + "matou 14 pessoas, disse o prefeito Franco Bassi; 300 moradores perderam as casas."));
        // an English text the page declares Portuguese shares words with the quake reports, but no name or figure
        reports.add(inLanguage("pt2", "pt", "Rescuers searched the rubble of collapsed houses through the night "
                + "after the earthquake, and the death toll rose as rescue teams worked until dawn in the old town."));
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(reports);
        assertEquals(List.of(List.of("a1", "a2", "a3", "pt1"), List.of("pt2")), groups(events));
        List<List<String>> onWords = groups(new EventGrouper(Settings.DEFAULT.withSiteLanguage(null)).group(reports));
        assertTrue(onWords.get(0).contains("pt2"), "compared on words, the second would join the quake: " + onWords);
    }

    @Test
    void reportsMonthsApartAreDifferentEvents() {
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(List.of(
                report("a1", "Earthquake kills 14 in Tolmezzo", QUAKE_A, LocalDate.of(2024, 3, 1), null),
                report("a2", "Rescuers dig after Tolmezzo quake", QUAKE_A2, LocalDate.of(2024, 9, 1), null)));
        assertEquals(2, events.size());
        assertEquals("a2", events.get(0).reports().get(0).id(), "newest event first");
    }

    @Test
    void copiesOfOneReportCountAsOneOrigin() {
        String wire = FIRST_QUAKE[0] + " The regional government declared a state of emergency and sent 200 "
                + "soldiers to help. Schools in the valley will stay closed until the end of the week.";
        String republished = wire.replace("sent 200 soldiers", "sent two hundred soldiers") + " Copyright 2024.";
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(List.of(
                report("wire", "Quake kills 14 in Tolmezzo", wire, null, null),
                report("copy", "Deadly quake hits Tolmezzo", republished, null, null),
                report("own", null, FIRST_QUAKE[1], null, null),
                report("other", null, FIRST_QUAKE[2], null, null)));
        assertEquals(1, events.size());
        Event event = events.get(0);
        assertEquals(List.of(List.of("copy", "wire"), List.of("other"), List.of("own")), event.origins());
        assertEquals(3, event.independentReports());
    }

    @Test
    void curatorPinsWinOverText() {
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(List.of(
                report("a1", "Earthquake kills 14", QUAKE_A, null, "week-in-review"),
                report("b1", "Dock strike", STRIKE_B, null, "week-in-review")));
        assertEquals(1, events.size());
        assertEquals("week-in-review", events.get(0).id());
    }

    @Test
    void differentPinsNeverMergeAndFreeReportsMayJoinAPinnedEvent() {
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(List.of(
                report("a1", "Earthquake kills 14 in Tolmezzo", QUAKE_A, null, "quake-one"),
                report("a2", "Rescuers dig through rubble after Tolmezzo quake", QUAKE_A2, null, "quake-two"),
                report("a3", null, FIRST_QUAKE[1], null, null),
                report("s1", "Dock strike halts Varna port", STRIKE_B, null, null)));
        assertEquals(3, events.size(), groups(events).toString());
        assertEquals(List.of("quake-one", "quake-two"), events.stream().map(Event::id)
                .filter(id -> id.startsWith("quake")).sorted().toList());
        Event withA3 = events.stream().filter(e -> e.reports().stream().anyMatch(a -> a.id().equals("a3")))
                .findFirst().orElseThrow();
        assertTrue(withA3.id().startsWith("quake-"), "the free report joins a pinned event: " + groups(events));
    }

    @Test
    void eventsAreDatedTitledAndOrderedOldestReportFirst() {
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(List.of(
                report("a2", "Rescuers dig through rubble after Tolmezzo quake", QUAKE_A2, LocalDate.of(2024, 3, 5),
                        null),
                report("a1", "Earthquake kills 14 in Tolmezzo", QUAKE_A, LocalDate.of(2024, 3, 4), null)));
        Event event = events.get(0);
        assertEquals(List.of("a1", "a2"), event.reports().stream().map(AnalysedReport::id).toList());
        assertEquals(LocalDate.of(2024, 3, 4), event.first());
        assertEquals(LocalDate.of(2024, 3, 5), event.last());
        assertEquals(event.id(), crosscheck.core.Slug.of(event.title()));
        assertTrue(event.evidence().names().contains("Tolmezzo"), "shared names as the reports write them: "
                + event.evidence());
        assertEquals(List.of(List.of("a1"), List.of("a2")), event.origins());
    }

    @Test
    void sameTitlesGetDistinctSlugs() {
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(List.of(
                report("a1", "Update", QUAKE_A, null, null),
                report("b1", "Update", STRIKE_B, null, null)));
        assertEquals(List.of("update", "update-2"), events.stream().map(Event::id).sorted().toList());
    }

    @Test
    void groupingIsDeterministicWhateverTheInputOrder() {
        List<AnalysedReport> input = new ArrayList<>(twoQuakes(null, null));
        input.add(report("s1", "Dock strike halts Varna port", STRIKE_B, null, null));
        input.add(report("s2", "Varna dock workers strike over pay", STRIKE_B2, null, null));
        List<Event> expected = new EventGrouper(Settings.DEFAULT).group(input);
        assertEquals(expected, new EventGrouper(Settings.DEFAULT).group(input));
        for (long seed = 1; seed <= 5; seed++) {
            List<AnalysedReport> shuffled = new ArrayList<>(input);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, new EventGrouper(Settings.DEFAULT).group(shuffled));
        }
    }

    @Test
    void noReportsNoEvents() {
        assertEquals(List.of(), new EventGrouper(Settings.DEFAULT).group(List.of()));
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULT.withThreshold(0));
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULT.withWindowDays(-1));
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULT.withUnspecificWeight(0));
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULT.withPhraseWeight(1));
        assertThrows(IllegalArgumentException.class,
                () -> Settings.DEFAULT.withNameWeight(0.6).withNumberWeight(0.5));
    }

    @Test
    void curationPinsExcludesAndRetitlesEvents() {
        List<AnalysedReport> input = List.of(
                report("a1", "Earthquake kills 14 in Tolmezzo", QUAKE_A, null, null),
                report("a2", "Rescuers dig through rubble after Tolmezzo quake", QUAKE_A2, null, null),
                report("b1", "Dock strike halts Varna port", STRIKE_B, null, null),
                report("b2", "Varna dock workers strike over pay", STRIKE_B2, null, null));
        Curation curation = new Curation(List.of(
                new Curation.CuratedEvent("tolmezzo-and-varna", "Week of disruption", "Two *unrelated* stories.",
                        List.of("a1", "b1")),
                new Curation.CuratedEvent("not-grouped", "Unused", null, List.of())),
                Set.of("b2"), Map.of());
        List<Event> events = new EventGrouper(Settings.DEFAULT).group(input, curation);
        Event curated = events.stream().filter(e -> e.id().equals("tolmezzo-and-varna")).findFirst().orElseThrow();
        assertEquals("Week of disruption", curated.title());
        assertEquals("Two *unrelated* stories.", curated.note());
        assertEquals(List.of("a1", "a2", "b1"), curated.reports().stream().map(AnalysedReport::id).sorted().toList(),
                "a2 joins its pinned quake report; the curation merges what the grouping keeps apart");
        assertTrue(events.stream().flatMap(e -> e.reports().stream()).noneMatch(a -> a.id().equals("b2")),
                "an excluded report is in no event");
        assertEquals(1, events.size());
    }
}
