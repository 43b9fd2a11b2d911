package crosscheck.digest.wording;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.Sentence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceQualityTest {
    private static final Set<String> LOWER = Set.of("calls", "angry", "decision", "resolution", "cancels");

    private static Sentence sentence(int index, int block, String text) {
        return new Sentence(index, block, false, text, List.of());
    }

    @Test
    void aSentenceEndingOnANameWhoseParagraphGoesOnInAGarbledFragmentWasCutOff() {
        Sentence cut = sentence(0, 3, "Galante's visit to Washington this week takes on added importance after "
                + "Israeli Prime Minister Benjamin Netanyahu.");
        Sentence rest = sentence(1, 3, "Angry over US decision to allow UN Security Council to pass a resolution "
                + "Calls for an unconditional ceasefire in Gaza, abruptly cancels visit of a delegation.");
        assertTrue(SentenceQuality.cutOff(cut, rest, LOWER));
    }

    @Test
    void aCompleteSentenceEndingOnANameIsNotCutOff() {
        Sentence whole = sentence(0, 3, "The defence secretary met his Israeli counterpart, Yoav Gallant.");
        Sentence next = sentence(1, 3, "They discussed the planned operation in Rafah and humanitarian aid.");
        assertFalse(SentenceQuality.cutOff(whole, next, LOWER));
        assertFalse(SentenceQuality.cutOff(whole, null, LOWER));
        Sentence garbledElsewhere = sentence(1, 4, "Angry over the decision a resolution Calls for a ceasefire.");
        assertFalse(SentenceQuality.cutOff(whole, garbledElsewhere, LOWER), "the next paragraph is another matter");
        Sentence notOnName = sentence(0, 3, "The visit takes on added importance after the decision.");
        Sentence garbled = sentence(1, 3, "Angry over the decision a resolution Calls for a ceasefire.");
        assertFalse(SentenceQuality.cutOff(notOnName, garbled, LOWER));
    }
}
