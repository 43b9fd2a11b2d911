package crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.address.ReviewItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What build --verbose prints of the review list: a header, at most 20 items, then where the rest are. */
class ReviewTextTest {
    private static ReviewItem item(int n) {
        return new ReviewItem("borderline join", "event-" + n, "r" + n, "report r" + n + " joined event-" + n
                + " with a mean similarity of 0.31", List.of("shares 1 rare name and 0 rare phrases"),
                List.of(new ReviewItem.Fix("keep it in event-" + n, List.of("- {slug: event-" + n + ", reports: [r"
                        + n + "]}"))));
    }

    @Test
    void printsTheFirstTwentyWithTheirLinesThenPointsToServe() {
        List<ReviewItem> items = new ArrayList<>();
        for (int i = 1; i <= 23; i++) items.add(item(i));
        List<String> lines = ReviewText.lines(items);
        assertTrue(lines.get(0).startsWith("Review list: 23 joins"), lines.get(0));
        assertTrue(lines.contains("  1. borderline join: event-1, report r1"), lines.toString());
        assertTrue(lines.contains("         - {slug: event-20, reports: [r20]}"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("event-21")), "the 21st is left to serve");
        assertEquals("  and 3 more: see /_review/ in crosscheck serve", lines.get(lines.size() - 1));
    }

    @Test
    void saysSoWhenThereIsNothingToReview() {
        assertEquals(1, ReviewText.lines(List.of()).size());
        assertTrue(ReviewText.lines(List.of()).get(0).startsWith("Review list: nothing to check"));
    }
}
