package crosscheck.digest.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped {@link SupportModel} on sentence pairs whose decision a reader of the digest cares about. */
class SameClaimTest {
    private final Claims claims = new Claims();

    private ClaimText claim(String text) {
        return claims.of(text);
    }

    private boolean same(String a, String b) {
        return SupportModel.shipped().same(claim(a), claim(b));
    }

    @Test
    void theSameClaimInOtherWordsIsTheSame() {
        assertTrue(same("Defense Secretary Lloyd Austin met Israeli Defense Minister Yoav Gallant at the Pentagon on "
                        + "Tuesday.",
                "On Tuesday, Israeli Defense Minister Yoav Gallant met Defense Secretary Lloyd Austin at the "
                        + "Pentagon."));
        assertTrue(same("The storm killed four people in the city of Mobile on Sunday, officials said.",
                "Officials said four people were killed by the storm in Mobile on Sunday."));
        assertTrue(same("Austin warned that civilian casualties in Gaza are too high and humanitarian aid too low.",
                "Austin said civilian casualties in Gaza were far too high and humanitarian aid far too low."));
    }

    @Test
    void aDifferentCountIsAnotherClaim() {
        assertFalse(same("The gunman opened fire in the market, killing four people.",
                "The gunman opened fire in the market and killed one person."));
        assertFalse(same("Seven men were convicted of the 2019 attack on the mosque.",
                "Five men were convicted of the 2019 attack on the mosque."));
    }

    @Test
    void aDenialIsAnotherClaim() {
        assertFalse(same("The minister said the talks would resume in Cairo next week.",
                "The minister said the talks would not resume in Cairo next week."));
    }

    @Test
    void anotherPlaceOrDayIsAnotherClaim() {
        assertFalse(same("A car bomb exploded outside a police station in Kabul on Friday, killing two officers.",
                "A car bomb exploded outside a police station in Kandahar on Friday, killing two officers."));
        assertFalse(same("A car bomb exploded outside a police station in Kabul on Friday, killing two officers.",
                "A car bomb exploded outside a police station in Kabul on Thursday, killing two officers."));
    }

    @Test
    void aPlanIsNotWhatHappened() {
        assertFalse(same("Defense Secretary Lloyd Austin met Israeli Defense Minister Yoav Gallant at the Pentagon.",
                "Israeli Defense Minister Yoav Gallant is scheduled to meet Defense Secretary Lloyd Austin at the "
                        + "Pentagon."));
    }

    @Test
    void aPlanAgainstAnotherPlanOrAWeekdayOnOneSideIsNoConflict() {
        assertTrue(same("Canada will not send more troops to Afghanistan until the current mission is complete, "
                        + "Prime Minister Jean Chretien said.",
                "Canada won't send more troops to Afghanistan until its current mission is complete, Prime Minister "
                        + "Jean Chretien said."));
        assertTrue(same("Figures showed Italian business confidence slipped to its lowest level in 16 months in May.",
                "On Tuesday, figures showed Italian business confidence slipped in May to its lowest level in 16 "
                        + "months."));
    }

    @Test
    void pastFormsOfPlannedVerbs() {
        assertEquals(Set.of("met"), PastForms.of("meet"));
        assertEquals(Set.of("signed"), PastForms.of("sign"));
        assertTrue(PastForms.of("visit").contains("visited"));
        assertEquals(Set.of("tried"), PastForms.of("try"));
        assertEquals(Set.of("resumed"), PastForms.of("resume"));
    }

    @Test
    void numbersCompareByValue() {
        assertEquals(Set.of("4", "1200", "2500000000"), Set.copyOf(claim("Four of the 1,200 workers lost $2.5bn.")
                .numbers()));
        assertEquals(claim("Twenty-five people were hurt.").numbers(), claim("25 people were hurt.").numbers());
        assertTrue(claim("One of the men fled.").numbers().isEmpty());
    }

    @Test
    void theShippedModelLoadsWithEveryFeature() {
        SupportModel model = SupportModel.shipped();
        assertEquals(PairFeatures.NAMES, model.features());
        assertEquals(PairFeatures.NAMES.size(), model.weights().length);
        assertEquals(SupportModel.VETOES.stream().map(PairFeatures.NAMES::indexOf).toList(), model.vetoes());
        assertTrue(model.threshold() > 0 && model.threshold() < 1, "threshold " + model.threshold());
        assertTrue(model.weights()[PairFeatures.NAMES.indexOf("stem_cover_long")] > 0);
    }
}
