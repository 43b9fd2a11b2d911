package crosscheck.digest.summary;

import static crosscheck.digest.InlineReports.event;
import static crosscheck.digest.InlineReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which reports contradict a summary sentence, as a reader of the event page would judge it. */
class ContradictionsTest {
    private final Claims claims = new Claims();

    private ClaimText claim(String text) {
        return claims.of(text);
    }

    /** What differs when {@code b} contradicts {@code a}, or null. */
    private String contradiction(String a, String b) {
        Contradictions.Found found = Contradictions.between(a, claim(a), b, claim(b), SupportModel.shipped());
        return found == null ? null : found.kind();
    }

    private boolean same(String a, String b) {
        return SupportModel.shipped().same(claim(a), claim(b));
    }

    @Test
    void aReportGivingAnotherCountContradictsTheSentenceAndIsNoSource() {
        List<SummarySentence> summary = Summarizer.summary(event(
                report("a", "The storm killed four people in the city of Mobile on Sunday, officials said."),
                report("b", "Officials said four people were killed by the storm in Mobile on Sunday."),
                report("c", "Officials said six people were killed by the storm in Mobile on Sunday.")), 200);
        SummarySentence four = summary.stream().filter(s -> s.sources().contains("a")).findFirst().orElseThrow();
        assertEquals(Set.of("a", "b"), Set.copyOf(four.sources()));
        assertEquals(List.of(new SummarySentence.Contradiction("c",
                "Officials said six people were killed by the storm in Mobile on Sunday.", "count")),
                four.contradicts());
    }

    @Test
    void anotherCountDenialOrDayIsAContradiction() {
        assertEquals("count", contradiction("Seven men were convicted of the 2019 attack on the mosque.",
                "Five men were convicted of the 2019 attack on the mosque."));
        assertEquals("negation", contradiction("The minister said the talks would resume in Cairo next week.",
                "The minister said the talks would not resume in Cairo next week."));
        assertEquals("day", contradiction(
                "A car bomb exploded outside a police station in Kabul on Friday, killing two officers.",
                "A car bomb exploded outside a police station in Kabul on Thursday, killing two officers."));
    }

    @Test
    void anotherYearIsAnotherDayAndTheDayAReportWasToldIsNone() {
        assertEquals("day", contradiction("Palmer voters in 2010 approved a $3 million bond to buy the property.",
                "Palmer voters in 2009 approved a $3 million bond to buy the property."));
        assertNull(contradiction("A former employee opened fire at the office Christmas party, killing one man, "
                        + "police said Saturday.",
                "A former employee opened fire at the office Christmas party Friday, killing one man, police said."));
    }

    @Test
    void aPlanAgainstWhatHappenedIsNeitherASourceNorAContradiction() {
        String met = "Defense Secretary Lloyd Austin met Israeli Defense Minister Yoav Gallant at the Pentagon.";
        String plan = "Israeli Defense Minister Yoav Gallant is scheduled to meet Defense Secretary Lloyd Austin at "
                + "the Pentagon.";
        assertFalse(same(met, plan));
        assertNull(contradiction(met, plan));
    }

    @Test
    void sentencesAboutOtherThingsWithOtherNumbersDoNotContradict() {
        // "said two" and "said six": the same word by another number, but the claims share little else
        assertNull(contradiction("The army said two soldiers were wounded in the clashes near the border.",
                "The army said six rockets were fired at the town during the night."));
        List<SummarySentence> summary = Summarizer.summary(event(
                report("a", "The storm killed four people in the city of Mobile on Sunday, officials said."),
                report("b", "Officials said six schools in Mobile would stay closed until the roads were cleared.")),
                200);
        assertTrue(summary.stream().allMatch(s -> s.contradicts().isEmpty()), summary.toString());
    }

    @Test
    void theSameMeasureInOtherUnitsOrAnotherDateIsNoContradiction() {
        assertNull(contradiction("On Friday, Duncan Rait died after slipping and falling about 200ft from a ridge.",
                "On Friday, Duncan Rait died after slipping and falling about 60m from a ridge."));
        assertNull(contradiction("The thieves made off with jewellery worth 103 million euros from the hotel.",
                "The thieves made off with jewellery worth £88m from the hotel."));
        assertNull(contradiction("Seacom said today (20 October 2011) that it had restored services to customers.",
                "Seacom said today (14 October 2011) that it had restored services to customers."));
    }

    @Test
    void anotherPlaceIsNoContradiction() {
        // one place may be named more or less closely: Banstead is in Surrey
        assertNull(contradiction("A huge fire has destroyed the Waitrose store in Banstead on Monday.",
                "A huge fire has destroyed the Waitrose store in Surrey on Monday."));
    }

    @Test
    void aDenialWrittenApartIsNoContradiction() {
        assertNull(contradiction("Smith didn't return a call seeking further comment.",
                "Smith didn ’ t return a call seeking further comment."));
    }

    @Test
    void aSourceCannotContradictItsSentence() {
        assertThrows(IllegalArgumentException.class, () -> new SummarySentence("Four died.", "a", List.of("a", "b"),
                List.of(), 2, List.of(new SummarySentence.Contradiction("b", "Six died.", "count"))));
        assertThrows(IllegalArgumentException.class, () -> new SummarySentence.Contradiction("b", "Six died.",
                "tone"));
    }
}
