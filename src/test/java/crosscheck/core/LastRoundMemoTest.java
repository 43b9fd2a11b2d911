package crosscheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastRoundMemoTest {
    private final LastRoundMemo<String, String> memo = new LastRoundMemo<>();
    private final List<String> made = new ArrayList<>();

    private String get(String key) {
        return memo.get(key, k -> {
            made.add(k);
            return k.toUpperCase();
        });
    }

    private void round(String... keys) {
        memo.begin();
        for (String key : keys) assertEquals(key.toUpperCase(), get(key));
        memo.finish();
    }

    @Test
    void theNextRoundReusesWhatTheLastOneWorkedOut() {
        round("a", "b");
        memo.begin();
        get("a");
        get("c");
        assertEquals(1, memo.reused());
        assertEquals(List.of("a", "b", "c"), made);
    }

    @Test
    void anAnswerTheLastRoundDidNotUseIsForgotten() {
        round("a", "b");
        round("a");
        round("a", "b");
        assertEquals(List.of("a", "b", "b"), made);
    }

    @Test
    void anAnswerThatIsNoLongerRightIsWorkedOutAgain() {
        round("a");
        memo.begin();
        assertEquals("A2", memo.get("a", known -> false, k -> "A2"));
        assertEquals(0, memo.reused());
        memo.finish();
        memo.begin();
        assertEquals("A2", memo.get("a", known -> true, k -> "never"));
    }

    @Test
    void withinARoundNothingIsReusedBeforeItEnds() {
        memo.begin();
        get("a");
        get("a");
        assertEquals(List.of("a", "a"), made);
    }
}
