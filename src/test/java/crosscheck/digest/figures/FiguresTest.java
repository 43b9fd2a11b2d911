package crosscheck.digest.figures;

import static crosscheck.digest.InlineReports.event;
import static crosscheck.digest.InlineReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.group.Event;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static Figure figure(List<Figure> figures, String measure, String occasion) {
        return figures.stream()
                .filter(f -> f.measure().equals(measure) && java.util.Objects.equals(f.occasion(), occasion))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + measure + " @" + occasion
                        + " in " + figures));
    }

    /** The figure of those killed on October 7 in reports "a", "b", ... of these texts. */
    private static Figure killedOnOctober7(String... texts) {
        List<AnalysedReport> reports = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) reports.add(report(String.valueOf((char) ('a' + i)), texts[i]));
        return figure(Figures.of(event(reports.toArray(AnalysedReport[]::new))), "killed", "October 7");
    }

    /** Each value as written, with the reports giving it. */
    private static Map<String, List<String>> values(Figure figure) {
        return figure.claims().stream().collect(Collectors.toMap(Figure.Claim::value, Figure.Claim::sources,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Every claim's sentence is its first report's, word for word, and holds the value as written. */
    private static void assertVerbatim(Event event, List<Figure> figures) {
        Map<String, String> texts = event.reports().stream()
                .collect(Collectors.toMap(AnalysedReport::id, a -> a.report().text()));
        for (Figure figure : figures) {
            for (Figure.Claim claim : figure.claims()) {
                assertTrue(texts.get(claim.sources().get(0)).contains(claim.sentence()), claim.toString());
                assertTrue(claim.sentence().contains(claim.value()), claim.toString());
            }
        }
    }

    @Test
    void differingFiguresStandSideBySideWithTheReportsGivingEach() {
        Event event = event(
                report("a", "Hamas killed about 1,200 people and took 240 people hostage on October 7."),
                report("b", "On Oct. 7, 253 people were taken hostage, Israeli officials said."),
                report("c", "Militants abducted 253 people on October 7th, the army said."));
        List<Figure> figures = Figures.of(event);
        Figure hostages = figure(figures, "taken hostage", "October 7");
        assertTrue(hostages.disputed());
        assertEquals(Map.of("240", List.of("a"), "253", List.of("b", "c")), values(hostages));
        assertEquals(List.of("a", "b", "c"), hostages.sources());
        assertEquals(hostages, figures.get(0), "disputed figures come first");
        assertVerbatim(event, figures);
    }

    @Test
    void talliesThatCanBothBeTrueStandSideBySideUnflagged() {
        Event event = event(
                report("a", "The Health Ministry reports that over 32,000 people have perished in Gaza."),
                report("b", "Local authorities say more than 30,000 people have been killed."));
        Figure killed = figure(Figures.of(event), "killed in all", null);
        assertFalse(killed.disputed());
        assertEquals(Map.of("over 32,000", List.of("a"), "more than 30,000", List.of("b")), values(killed));
        Figure.Claim over = killed.claims().get(0);
        assertEquals(32_001, over.low());
        assertEquals(-1, over.high());
    }

    @Test
    void almostAndAtLeastTheSameNumberCannotBothBeTrue() {
        Figure killed = killedOnOctober7("The October 7th onslaught by Hamas claimed almost 1,200 deaths.",
                "On October 7, at least 1,200 people were killed.");
        assertTrue(killed.disputed());
        assertEquals(List.of(1_080L, 1_199L), List.of(killed.claims().get(0).low(), killed.claims().get(0).high()));
    }

    @Test
    void rangesThatOverlapAreNotDisputed() {
        Figure killed = killedOnOctober7("The October 7th onslaught by Hamas claimed almost 1,200 deaths.",
                "On October 7, fewer than 1,300 people were killed.", "About 1,150 people died in the attack on October 7.");
        assertFalse(killed.disputed());
        assertEquals(List.of("almost 1,200", "fewer than 1,300", "About 1,150"),
                killed.claims().stream().map(Figure.Claim::value).toList());
    }

    @Test
    void aboutAllowsATenthEitherWay() {
        String about = "About 1,200 people were killed on October 7.";
        assertFalse(killedOnOctober7(about, "On October 7, 1,310 people were killed.").disputed());
        Figure far = killedOnOctober7(about, "On October 7, 1,000 people were killed.");
        assertTrue(far.disputed());
        assertEquals(List.of(1_080L, 1_320L), List.of(far.claims().get(0).low(), far.claims().get(0).high()));
    }

    @Test
    void twoValuesOfOneReportCountDifferentThingsAndAreNeverFlagged() {
        Event event = event(
                report("a", "The army sent 350 trucks to the north, and the agency sent 100 trucks to the south."),
                report("b", "The army sent 352 trucks."));
        Figure trucks = figure(Figures.of(event), "trucks", null);
        assertFalse(trucks.disputed(), trucks.toString());
        assertEquals(List.of("350", "100", "352"), trucks.claims().stream().map(Figure.Claim::value).toList());
    }

    @Test
    void theSameValueInSeveralReportsIsOneClaimWithAllOfThem() {
        Event event = event(
                report("a", "Israel says it must eliminate four battalions consisting of numerous fighters."),
                report("b", "He states that the group has four battalions made up of thousands of fighters."));
        Figure battalions = figure(Figures.of(event), "battalions", null);
        assertFalse(battalions.disputed());
        assertEquals(Map.of("four", List.of("a", "b")), values(battalions));
        assertEquals(4, battalions.claims().get(0).low());
    }

    @Test
    void countsOfAGroupOrOfAnotherDayAreOtherFigures() {
        Event event = event(
                report("a", "More than 30,000 people have been killed in Gaza."),
                report("b", "The campaign may have killed at least 8,000 civilians."),
                report("c", "On October 7, 1,200 people were killed."));
        List<Figure> figures = Figures.of(event);
        assertEquals(Map.of("More than 30,000", List.of("a")), values(figure(figures, "killed in all", null)));
        assertEquals(Map.of("at least 8,000", List.of("b")), values(figure(figures, "civilians killed in all", null)));
        assertEquals(Map.of("1,200", List.of("c")), values(figure(figures, "killed", "October 7")));
        assertTrue(figures.stream().noneMatch(Figure::disputed), figures.toString());
    }

    @Test
    void aRunningTotalIsNotComparedWithTheDeadOfOneAttack() {
        Event event = event(
                report("a", "Twenty-five people were killed in the strike on the camp."),
                report("b", "The death toll has risen to 31,988, the ministry said."),
                report("c", "In 2014, a war killed more than 2,100 Palestinians."));
        List<Figure> figures = Figures.of(event);
        assertEquals(Map.of("Twenty-five", List.of("a")), values(figure(figures, "killed", null)));
        assertEquals(Map.of("31,988", List.of("b")), values(figure(figures, "killed in all", null)));
        assertEquals(Map.of("more than 2,100", List.of("c")), values(figure(figures, "Palestinians killed", "2014")));
        assertTrue(figures.stream().noneMatch(Figure::disputed), figures.toString());
    }

    @Test
    void votesForAndAgainstAreCountedApart() {
        Event event = event(
                report("a", "The resolution was approved by 14 votes in favor and zero against."),
                report("b", "The resolution passed with 13 votes in favour."));
        List<Figure> figures = Figures.of(event);
        Figure inFavor = figure(figures, "votes in favor", null);
        assertTrue(inFavor.disputed());
        assertEquals(Map.of("14", List.of("a"), "13", List.of("b")), values(inFavor));
        assertEquals(Map.of("zero", List.of("a")), values(figure(figures, "votes against", null)));
    }

    @Test
    void datesYearsTimesAgesAndNumberedNamesAreNotCounts() {
        Event event = event(report("a", "On March 24, 2024, at 10:30 a.m., a 25-year-old man aged 25 read "
                + "Resolution 2728 in 2023. The two leaders met one of the envoys. The 1990s were calm."));
        assertEquals(List.of(), Figures.of(event));
    }

    @Test
    void eachValueCarriesWhoItsSentenceAttributesItTo() {
        Event event = event(
                report("a", "The Israeli Health Ministry reports that over 32,000 people have perished."),
                report("b", "More than 30,000 people have been killed, according to the Gaza health ministry."),
                report("c", "At least 31,000 people have been killed, officials said."),
                report("d", "Over 31,500 people have died."));
        Figure killed = figure(Figures.of(event), "killed in all", null);
        assertEquals(List.of("The Israeli Health Ministry", "the Gaza health ministry", "officials"),
                killed.claims().stream().limit(3).map(Figure.Claim::authority).toList());
        assertNull(killed.claims().get(3).authority());
    }

    @Test
    void agesMagnitudesMoneyPercentagesDurationsAndDistancesAreNoFigures() {
        Event event = event(
                report("a", "Jane Doe, 27, of Dallas was killed. A 36 - year - old man aged 36 died. A magnitude 7.6 "
                        + "quake killed residents. The 7.6-magnitude earthquake struck. Spending was $6 trillion in "
                        + "2022 and will reach $8.2 trillion by 2031. Some 64 percent of people agreed. The talks "
                        + "lasted six weeks after nearly six months of fighting. He ran for 226 yards and 2 points."),
                report("b", "Victim John Roe, 31, was killed in a 6.1 magnitude quake. Spending was $7 trillion, or "
                        + "20 percent, over three years. Among the dead was Mary Poe, 27."));
        assertEquals(List.of(), Figures.of(event));
    }

    @Test
    void aCountOfAnotherMonthIsAnotherFigure() {
        Event event = event(
                report("a", "The quake killed 10 people, officials said."),
                report("b", "In February, a quake in Zarand killed 612 people."));
        List<Figure> figures = Figures.of(event);
        assertEquals(Map.of("612", List.of("b")), values(figure(figures, "killed", "February")));
        assertTrue(figures.stream().noneMatch(Figure::disputed), figures.toString());
    }

    @Test
    void aParticipleAfterACommaTellsOfAnotherCount() {
        Event event = event(report("a", "A man suspected of shooting three people, killing one, was arrested."));
        assertTrue(Figures.of(event).stream().noneMatch(f -> f.measure().startsWith("killed")), Figures.of(event)
                .toString());
    }

    @Test
    void otherCountsAreMeasuredByWhatTheyCount() {
        Event event = event(report("a", "The United States has delivered over 100 weapons. Over a million "
                + "individuals who were uprooted have found sanctuary in Rafah. A ceasefire of at least six weeks "
                + "was discussed. Between 200 and 300 people were wounded."));
        List<Figure> figures = Figures.of(event);
        assertEquals(Map.of("over 100", List.of("a")), values(figure(figures, "weapons", null)));
        assertEquals(Map.of("Over a million", List.of("a")), values(figure(figures, "displaced or sheltering", null)));
        Figure wounded = figure(figures, "wounded", null);
        assertEquals("Between 200 and 300", wounded.claims().get(0).value());
        assertEquals(200, wounded.claims().get(0).low());
        assertEquals(300, wounded.claims().get(0).high());
        assertNull(wounded.occasion());
    }

    @Test
    void theSameReportsGiveTheSameFiguresInTheSameOrder() {
        Event event = event(
                report("a", "Hamas took 240 people hostage on October 7. Over 32,000 people have died."),
                report("b", "On October 7, 253 were taken hostage. More than 30,000 people have been killed."));
        assertEquals(Figures.of(event), Figures.of(event));
        assertEquals(List.of(true, false), Figures.of(event).stream().map(Figure::disputed).toList());
    }
}
