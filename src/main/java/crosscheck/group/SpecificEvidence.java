package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.core.Urls;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What two reports share that few other reports have: the evidence that they tell the same story rather than two
 * stories of one topic or one cast. Phrases: two stems in a row within a sentence or the title ("jobless claim",
 * "feather duvet"), in at most {@link #PHRASE_CAP} reports published within the window of the report
 * ({@link NearbyCounts}). Names: stems of capitalised words in at most {@link #NAME_CAP} such reports, so that the
 * actors every story shares (Trump, President, U.S.) never count. A small site lowers both caps ({@link #cap}). Each
 * report keeps the hashes of its rare phrases and names, sorted, so two reports are compared by one walk.
 */
final class SpecificEvidence {
    static final int PHRASE_CAP = 5;
    static final int NAME_CAP = 20;
    /** Shared rare phrases that give the whole of the phrase weight. */
    static final int PHRASES_IN_FULL = 5;

    private final long[][] phrases;
    private final long[][] names;
    private final String[] outlet;

    private SpecificEvidence(long[][] phrases, long[][] names, String[] outlet) {
        this.phrases = phrases;
        this.names = names;
        this.outlet = outlet;
    }

    /** The outlet of a report: its source's name, else its address's host, else null. */
    static String outlet(AnalysedReport report) {
        if (report.report().source() != null && !report.report().source().isBlank()) {
            return report.report().source().strip().toLowerCase(Locale.ROOT);
        }
        String host = Urls.host(report.report().url());
        return host == null ? null : host.replaceFirst("^www\\.", "");
    }

    /**
     * The evidence of a site's reports: their phrases and names, rare where few reports within
     * {@code windowDays} of their publication date have them ({@link NearbyCounts}).
     */
    static SpecificEvidence of(List<AnalysedReport> reports, int windowDays) {
        return of(reports, windowDays, GroupingMemo.none());
    }

    /** As {@link #of(List, int)}, taking each report's phrases and names from the memo when it has them. */
    static SpecificEvidence of(List<AnalysedReport> reports, int windowDays, GroupingMemo memo) {
        long[][] allPhrases = reports.parallelStream().map(memo::phrases).toArray(long[][]::new);
        long[][] allNames = reports.parallelStream().map(memo::names).toArray(long[][]::new);
        LocalDate[] dates = reports.stream().map(r -> r.report().published()).toArray(LocalDate[]::new);
        return new SpecificEvidence(
                NearbyCounts.rare(allPhrases, dates, windowDays, cap(PHRASE_CAP, reports.size())),
                NearbyCounts.rare(allNames, dates, windowDays, cap(NAME_CAP, reports.size())),
                reports.stream().map(SpecificEvidence::outlet).toArray(String[]::new));
    }

    /**
     * The most reports a rare phrase or name may be in: {@code cap}, but at most a quarter of a small site's reports
     * (two at least), where even an outlet's boilerplate is in few reports.
     */
    static int cap(int cap, int reports) {
        return Math.max(2, Math.min(cap, reports / 4));
    }

    /** How many rare phrases reports {@code a} and {@code b} share. */
    int sharedPhrases(int a, int b) {
        return SortedHashes.common(phrases[a], phrases[b]);
    }

    /** How many rare names reports {@code a} and {@code b} share. */
    int sharedNames(int a, int b) {
        return SortedHashes.common(names[a], names[b]);
    }

    /**
     * What two reports of different outlets share that few reports of their time have: how many rare phrases (when
     * compared on words), and whether that is something specific, a rare phrase or two rare names. Two reports of one
     * outlet ({@link #outlet}) share nothing specific by definition: what an outlet's pages share is as often its own
     * furniture (a column's standing lines, a site's boilerplate that survived cleaning, a series' names) as the
     * story, so they join only on a strong likeness of their whole text. Reports not compared on words
     * ({@code onWords} false: one is in another language than the site's) count their rare names only.
     *
     * @param phrases  the rare phrases they share
     * @param specific whether they share a rare phrase or two rare names
     */
    record Shared(int phrases, boolean specific) {
    }

    /** What reports {@code a} and {@code b} share that few others have. */
    Shared shared(int a, int b, boolean onWords) {
        if (sameOutlet(a, b)) return new Shared(0, false);
        int phrases = onWords ? sharedPhrases(a, b) : 0;
        return new Shared(phrases, phrases >= 1 || sharedNames(a, b) >= 2);
    }

    /**
     * The similarity of two reports weighed by what specific they share: discounted to
     * {@link EventGrouper.Settings#unspecificWeight} when they share neither a rare phrase nor two rare names, raised
     * by up to {@link EventGrouper.Settings#phraseWeight} as they share more rare phrases ({@link #PHRASES_IN_FULL} or
     * more give it all): the same wording of the same facts, quotes and figures is the surest sign of one story.
     */
    static double weigh(Shared shared, double similarity, EventGrouper.Settings settings) {
        double weighed = shared.specific() ? similarity : similarity * settings.unspecificWeight();
        return Math.min(1, weighed + settings.phraseWeight() * Math.min(1, (double) shared.phrases() / PHRASES_IN_FULL));
    }

    private boolean sameOutlet(int a, int b) {
        return outlet[a] != null && outlet[a].equals(outlet[b]);
    }

    /** The hashes of report {@code r}'s rare phrases, sorted: a copy, to compare with another report's. */
    long[] rarePhrases(int r) {
        return phrases[r].clone();
    }

    /** The hashes of report {@code r}'s rare names, sorted: a copy, to compare with another report's. */
    long[] rareNames(int r) {
        return names[r].clone();
    }

    static long[] phrases(AnalysedReport report) {
        LongList out = new LongList(16);
        addPairs(report.titleStems(), out);
        for (Sentence s : report.sentences()) addPairs(s.stems(), out);
        return SortedHashes.distinct(out.toArray());
    }

    /** Adds the hash of each two stems in a row. */
    private static void addPairs(List<String> stems, LongList out) {
        for (int i = 0; i + 1 < stems.size(); i++) out.add(hash(stems.get(i), stems.get(i + 1)));
    }

    static long[] names(AnalysedReport report) {
        return SortedHashes.distinct(report.nameStems().stream().mapToLong(s -> hash(s, "")).toArray());
    }

    private static long hash(String first, String second) {
        long h = 1125899906842597L;
        for (int i = 0; i < first.length(); i++) h = 31 * h + first.charAt(i);
        h = 31 * h + ' ';
        for (int i = 0; i < second.length(); i++) h = 31 * h + second.charAt(i);
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L; // SplitMix64's finaliser: every bit depends on every other
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
