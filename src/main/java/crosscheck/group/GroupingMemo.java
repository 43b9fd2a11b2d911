package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.core.LastRoundMemo;
import java.util.List;
import java.util.function.Function;

/**
 * What one grouping worked out that depends on nothing but the reports themselves, for the next grouping in the
 * same process to reuse ({@code serve} rebuilds): what each report mentions and writes (dates and years, stems,
 * phrases, names), and the copies among each event's reports and what they write in common. Each kind of answer is
 * a {@link LastRoundMemo}, kept by the analysed reports themselves, compared by identity: the report cache hands out
 * the very same object again for a report whose file did not change, and an analysed report never changes, so
 * what is reused is exactly what would be worked out again. Keeps only what the last grouping used. Safe for the
 * threads of one grouping; groupings must not overlap.
 */
public final class GroupingMemo {
    private static final GroupingMemo NONE = new GroupingMemo(false);

    private final boolean enabled;
    private final LastRoundMemo<Same<AnalysedReport>, Mentions> mentions = new LastRoundMemo<>();
    private final LastRoundMemo<Same<AnalysedReport>, StemCounts> stems = new LastRoundMemo<>();
    private final LastRoundMemo<Same<AnalysedReport>, long[]> phrases = new LastRoundMemo<>();
    private final LastRoundMemo<Same<AnalysedReport>, long[]> names = new LastRoundMemo<>();
    private final LastRoundMemo<Same<AnalysedReport>, List<String>> nameWords = new LastRoundMemo<>();
    private final LastRoundMemo<Same<List<AnalysedReport>>, List<List<String>>> origins = new LastRoundMemo<>();
    private final LastRoundMemo<Same<List<AnalysedReport>>, SharedEvidence.Written> written =
            new LastRoundMemo<>();
    private final List<LastRoundMemo<?, ?>> parts =
            List.of(mentions, stems, phrases, names, nameWords, origins, written);

    /** A memo that remembers from one grouping to the next. */
    public GroupingMemo() {
        this(true);
    }

    private GroupingMemo(boolean enabled) {
        this.enabled = enabled;
    }

    /** A memo that remembers nothing: every grouping works everything out. */
    public static GroupingMemo none() {
        return NONE;
    }

    /** The dates and years the report mentions. */
    Mentions mentions(AnalysedReport article) {
        return of(mentions, article, Mentions::of);
    }

    /** The report's weighted stem counts ({@link StemCounts#of}). */
    StemCounts stems(AnalysedReport article) {
        return of(stems, article, StemCounts::of);
    }

    /** The report's phrases, as {@link SpecificEvidence} weighs them. */
    long[] phrases(AnalysedReport article) {
        return of(phrases, article, SpecificEvidence::phrases);
    }

    /** The report's names, as {@link SpecificEvidence} weighs them. */
    long[] names(AnalysedReport article) {
        return of(names, article, SpecificEvidence::names);
    }

    /** The words the report writes its names in ({@link WrittenNames#nameWords}). */
    List<String> nameWords(AnalysedReport article) {
        return of(nameWords, article, WrittenNames::nameWords);
    }

    private <V> V of(LastRoundMemo<Same<AnalysedReport>, V> part, AnalysedReport article,
                     Function<AnalysedReport, V> make) {
        return enabled ? part.get(new Same<>(article), k -> make.apply(article)) : make.apply(article);
    }

    /** The copies among an event's reports ({@link Copies#origins}), the reports in the event's order. */
    List<List<String>> origins(List<AnalysedReport> members) {
        return enabled ? origins.get(new Same<>(members), k -> Copies.origins(members)) : Copies.origins(members);
    }

    /** What an event's reports write in common ({@link SharedEvidence.Written}), the reports in the event's order. */
    SharedEvidence.Written written(List<ReportFeatures> members) {
        return enabled ? written.get(new Same<>(members.stream().map(r -> r.article).toList()),
                k -> SharedEvidence.Written.of(members)) : SharedEvidence.Written.of(members);
    }

    /** Starts a grouping: what the last one used stays available. */
    void begin() {
        parts.forEach(LastRoundMemo::begin);
    }

    /** Ends a grouping: only what it used is kept. */
    void finish() {
        parts.forEach(LastRoundMemo::finish);
    }

    /** How many answers the current grouping took from the last one (for tests). */
    int reused() {
        return parts.stream().mapToInt(LastRoundMemo::reused).sum();
    }

    /**
     * A key that is equal to another only for the very same analysed report, or a list of the very same reports in
     * the same order.
     */
    private record Same<K>(K value) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Same<?> that)) return false;
            if (value instanceof List<?> a && that.value instanceof List<?> b) {
                if (a.size() != b.size()) return false;
                for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
                return true;
            }
            return value == that.value;
        }

        @Override
        public int hashCode() {
            if (value instanceof List<?> list) {
                int hash = 1;
                for (Object item : list) hash = 31 * hash + System.identityHashCode(item);
                return hash;
            }
            return System.identityHashCode(value);
        }
    }
}
