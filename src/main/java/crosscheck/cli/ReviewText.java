package crosscheck.cli;

import crosscheck.address.ReviewItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The review list as {@code build --verbose} prints it: a header, the first items, then where to see the rest. */
final class ReviewText {
    /** How many items are printed; the rest are on the review page of {@code serve}. */
    static final int SHOWN = 20;
    /** Where {@code serve} shows the whole list. */
    static final String PAGE = "/_review/";

    private ReviewText() {
    }

    /** The lines to print, without line ends. */
    static List<String> lines(List<ReviewItem> items) {
        Objects.requireNonNull(items, "items");
        List<String> out = new ArrayList<>();
        if (items.isEmpty()) {
            out.add("Review list: nothing to check (no join is near the threshold or another event, no event spans "
                    + "more days than the window)");
            return out;
        }
        out.add("Review list: " + items.size() + (items.size() == 1 ? " join" : " joins") + " the grouping is least "
                + "sure of; to settle one, add its line under 'events:' in content/events.yml");
        for (int i = 0; i < Math.min(SHOWN, items.size()); i++) {
            ReviewItem item = items.get(i);
            out.add(String.format("%3d. %s: %s%s", i + 1, item.kind(), item.event(),
                    item.report() == null ? "" : ", report " + item.report()));
            out.add("     " + item.why());
            item.evidence().forEach(line -> out.add("     " + line));
            for (ReviewItem.Fix fix : item.fixes()) {
                out.add("     to " + fix.does() + ":");
                fix.lines().forEach(line -> out.add("         " + line));
            }
        }
        if (items.size() > SHOWN) {
            out.add("  and " + (items.size() - SHOWN) + " more: see " + PAGE + " in crosscheck serve");
        }
        return out;
    }
}
