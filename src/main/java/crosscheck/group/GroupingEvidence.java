package crosscheck.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Why an event's reports were put together, in words a reader can check: the names and figures they share as the
 * reports write them, the days they tell of in common, and how strongly each report is tied to the others. Built by
 * the group stage ({@link SharedEvidence}) from what the grouping compared.
 *
 * @param names   names at least two of the reports write, most shared first ("Yoav Gallant", "Tolmezzo")
 * @param figures figures at least two of the reports give, with the word after the number when they agree on it
 *                ("32,000 killed"), else the number as written; most shared first
 * @param days    days at least two of the reports tell of (dates, "on Tuesday", "yesterday", read against each
 *                report's publication date), most shared first, then earliest
 * @param ties    for each report of the event, in the event's order, what it shares with the others
 */
public record GroupingEvidence(List<String> names, List<String> figures, List<LocalDate> days, List<Tie> ties) {
    /** No evidence: an event of one report, or one made by hand. */
    public static final GroupingEvidence NONE = new GroupingEvidence(List.of(), List.of(), List.of(), List.of());

    /**
     * What one report shares with the other reports of its event.
     *
     * @param report     the report's id
     * @param rareNames  how many names few reports of the site have it shares with at least one other report
     * @param phrases    how many rare phrases (two words in a row few reports have) it shares with the others
     * @param similarity its mean similarity to the other reports, 0 to 1
     */
    public record Tie(String report, int rareNames, int phrases, double similarity) {
        public Tie {
            Objects.requireNonNull(report, "report");
            if (rareNames < 0 || phrases < 0) throw new IllegalArgumentException("counts must not be negative");
            if (!(similarity >= 0 && similarity <= 1)) throw new IllegalArgumentException("similarity must be in [0, 1]");
        }
    }

    public GroupingEvidence {
        names = List.copyOf(names);
        figures = List.copyOf(figures);
        days = List.copyOf(days);
        ties = List.copyOf(ties);
    }

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return names.isEmpty() && figures.isEmpty() && days.isEmpty() && ties.isEmpty();
    }
}
