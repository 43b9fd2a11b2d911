package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What two reports share that few other reports have: the evidence that they tell the same story rather than two
 * stories of one topic or one cast. Phrases: two stems in a row within a sentence or the title ("jobless claim",
 * "feather duvet"), in at most {@link #PHRASE_CAP} reports of the site. Names: stems of capitalised words in at most
 * {@link #NAME_CAP} reports, so that the actors every story shares (Trump, President, U.S.) never count. A small
 * site lowers both caps ({@link #cap}). Each
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
            return report.report().source().strip().toLowerCase(java.util.Locale.ROOT);
        }
        String url = report.report().url();
        if (url == null) return null;
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static SpecificEvidence of(List<AnalysedReport> reports) {
        long[][] allPhrases = reports.parallelStream().map(SpecificEvidence::phrases).toArray(long[][]::new);
        long[][] allNames = reports.parallelStream().map(SpecificEvidence::names).toArray(long[][]::new);
        return new SpecificEvidence(rare(allPhrases, cap(PHRASE_CAP, reports.size())),
                rare(allNames, cap(NAME_CAP, reports.size())),
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
        return shared(phrases[a], phrases[b]);
    }

    /** How many rare names reports {@code a} and {@code b} share. */
    int sharedNames(int a, int b) {
        return shared(names[a], names[b]);
    }

    /**
     * The similarity of two reports weighed by what specific they share: discounted to
     * {@link EventGrouper.Settings#unspecificWeight} when they share neither a rare phrase nor two rare names, raised
     * by up to {@link EventGrouper.Settings#phraseWeight} as they share more rare phrases ({@link #PHRASES_IN_FULL} or
     * more give it all): the same wording of the same facts, quotes and figures is the surest sign of one story.
     * Reports not compared on words ({@code onWords} false: one is in another language than the site's) count
     * their rare names only. Two reports of one outlet ({@link #outlet}) share nothing specific by definition: what
     * an outlet's pages share is as often its own furniture (a column's standing lines, a site's boilerplate that
     * survived cleaning, a series' names) as the story, so they join only on a strong likeness of their whole text.
     */
    double weigh(int a, int b, double similarity, EventGrouper.Settings settings, boolean onWords) {
        boolean sameOutlet = outlet[a] != null && outlet[a].equals(outlet[b]);
        int phrases = onWords && !sameOutlet ? sharedPhrases(a, b) : 0;
        boolean specific = !sameOutlet && (phrases >= 1 || sharedNames(a, b) >= 2);
        double weighed = specific ? similarity : similarity * settings.unspecificWeight();
        return Math.min(1, weighed + settings.phraseWeight() * Math.min(1, (double) phrases / PHRASES_IN_FULL));
    }

    /** Whether the two reports share a rare phrase or two rare names. */
    boolean specific(int a, int b) {
        return sharedPhrases(a, b) >= 1 || sharedNames(a, b) >= 2;
    }

    private static long[] phrases(AnalysedReport report) {
        long[] out = new long[16];
        int count = 0;
        List<String> title = report.titleStems();
        for (int i = 0; i + 1 < title.size(); i++) {
            if (count == out.length) out = Arrays.copyOf(out, 2 * count);
            out[count++] = hash(title.get(i), title.get(i + 1));
        }
        for (Sentence s : report.sentences()) {
            List<String> stems = s.stems();
            for (int i = 0; i + 1 < stems.size(); i++) {
                if (count == out.length) out = Arrays.copyOf(out, 2 * count);
                out[count++] = hash(stems.get(i), stems.get(i + 1));
            }
        }
        return distinct(Arrays.copyOf(out, count));
    }

    private static long[] names(AnalysedReport report) {
        return distinct(report.nameStems().stream().mapToLong(s -> hash(s, "")).toArray());
    }

    private static long hash(String first, String second) {
        long h = 1125899906842597L;
        for (int i = 0; i < first.length(); i++) h = 31 * h + first.charAt(i);
        h = 31 * h + ' ';
        for (int i = 0; i < second.length(); i++) h = 31 * h + second.charAt(i);
        return h ^ (h >>> 29) * 0xBF58476D1CE4E5B9L;
    }

    private static long[] distinct(long[] values) {
        Arrays.sort(values);
        int kept = 0;
        for (int i = 0; i < values.length; i++) if (kept == 0 || values[i] != values[kept - 1]) values[kept++] = values[i];
        return Arrays.copyOf(values, kept);
    }

    /**
     * Each report's values kept only where at most {@code cap} reports have them. The values of all reports are
     * sorted together (each report's are distinct), so a value's run is the number of reports that have it: a
     * flat array, not a map of millions of entries.
     */
    private static long[][] rare(long[][] all, int cap) {
        int total = 0;
        for (long[] values : all) total += values.length;
        long[] sorted = new long[total];
        int at = 0;
        for (long[] values : all) {
            System.arraycopy(values, 0, sorted, at, values.length);
            at += values.length;
        }
        Arrays.parallelSort(sorted);
        return IntStream.range(0, all.length).parallel()
                .mapToObj(r -> Arrays.stream(all[r]).filter(v -> reports(sorted, v) <= cap).toArray())
                .toArray(long[][]::new);
    }

    /** How many times {@code value} is in {@code sorted}. */
    private static int reports(long[] sorted, long value) {
        int first = Arrays.binarySearch(sorted, value);
        if (first < 0) return 0;
        int from = first;
        while (from > 0 && sorted[from - 1] == value) from--;
        int to = first;
        while (to + 1 < sorted.length && sorted[to + 1] == value) to++;
        return to - from + 1;
    }

    private static int shared(long[] a, long[] b) {
        int count = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                count++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }
}
