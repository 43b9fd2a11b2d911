package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.ingest.Curation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The group stage: puts reports of the same event together and keeps different events apart, even events of one
 * kind that share a place and people (two earthquakes in one region, two arrests of one man).
 *
 * <ol>
 * <li>Each report becomes three TF-IDF channels (all words, names, figures), title and lead weighted up, plus the
 * dates and years it mentions ({@link ReportFeatures}, over the grouping's {@link StemCounts#vocabulary}).</li>
 * <li>Candidate pairs come from an inverted index over each report's heaviest terms, very common terms skipped
 * ({@link CandidatePairs}); pairs published further apart than the window are dropped. Each remaining pair gets a
 * similarity: the channels' cosines, up for the same days or latest year mentioned, down for different latest
 * years ({@link Similarity}); it counts in full only when the two share something specific, a phrase or two names
 * few other reports have, and is discounted when all they share is a topic or a cast ({@link SpecificEvidence}).</li>
 * <li>Average-link clustering over that sparse graph merges groups while their mean similarity over all their pairs
 * reaches the threshold ({@link AverageLink}): a report joins a group only if it is like the group's reports on
 * average, never through a chain of reports each like the next. Then groups of one big story that average-link
 * left apart merge when their centroids are alike, enough pairs across them share something specific and they
 * mention the same year ({@link CentroidMerge}); a report still alone joins the group it is clearly most like
 * ({@link LoneReports}).</li>
 * <li>Reports pinned by the curator (front matter {@code event:}) form their event whatever their text, and two
 * pins never merge; free reports may join a pinned event. Within each event, near-identical reports are found and
 * counted as one origin ({@link Copies}).</li>
 * </ol>
 * Each event carries the evidence it was grouped on ({@link GroupingEvidence}); the joins the grouping is least
 * sure of are listed for the curator ({@link Doubts}).
 * Cost grows near-linearly with the number of reports: never all pairs. The work of each report, each pair and each
 * event runs on all cores; what must be in order (numbering the terms, clustering, handing out slugs) runs in
 * order, so the output is deterministic: it depends neither on the threads nor on the order of the input.
 */
public final class EventGrouper {
    /** Default least mean similarity between two groups of reports for them to merge. */
    public static final double DEFAULT_THRESHOLD = 0.33;
    /** Default most days between a dated report and the dates of an event it joins. */
    public static final int DEFAULT_WINDOW_DAYS = 7;
    /** Edges weaker than this are left out of the graph. */
    static final double MIN_EDGE = 0.05;

    /**
     * Settings of the grouping.
     *
     * @param threshold        least mean similarity between two groups of reports for them to merge, in (0, 1)
     * @param unspecificWeight what the similarity of two reports counts for when they share nothing specific
     *                         ({@link SpecificEvidence}: no rare phrase, fewer than two rare names), in (0, 1]
     * @param phraseWeight     what sharing rare phrases adds to the similarity of two reports, at most, in [0, 1)
     * @param windowDays       most days between a dated report and the dates of an event it joins
     * @param nameWeight       share of the name channel in the similarity of two reports
     * @param numberWeight     share of the figure channel; the word channel has the rest
     * @param timeWeight       how much the same days or latest year mentioned add, and a different latest year takes
     * @param siteLanguage     the site's language (a primary subtag, "en"): a report in another language is grouped
     *                         on the names, figures and dates it shares, never on words; null to compare all alike.
     *                         A report of unknown language counts as the site's
     */
    public record Settings(double threshold, double unspecificWeight, double phraseWeight, int windowDays,
                           double nameWeight, double numberWeight, double timeWeight, String siteLanguage) {
        public static final Settings DEFAULT = new Settings(DEFAULT_THRESHOLD, 0.6, 0.1, DEFAULT_WINDOW_DAYS, 0.1,
                0.15, 0.05, "en");

        public Settings {
            if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold must be in (0, 1)");
            if (!(unspecificWeight > 0 && unspecificWeight <= 1)) {
                throw new IllegalArgumentException("unspecificWeight must be in (0, 1]");
            }
            if (!(phraseWeight >= 0 && phraseWeight < 1)) {
                throw new IllegalArgumentException("phraseWeight must be in [0, 1)");
            }
            if (windowDays < 0) throw new IllegalArgumentException("windowDays must not be negative");
            if (!(nameWeight >= 0 && numberWeight >= 0 && nameWeight + numberWeight < 1)) {
                throw new IllegalArgumentException("nameWeight and numberWeight must be >= 0 and sum below 1");
            }
            if (!(timeWeight >= 0 && timeWeight < 1)) throw new IllegalArgumentException("timeWeight must be in [0, 1)");
        }

        public Settings withThreshold(double value) {
            return new Settings(value, unspecificWeight, phraseWeight, windowDays,
                    nameWeight, numberWeight, timeWeight, siteLanguage);
        }

        public Settings withUnspecificWeight(double value) {
            return new Settings(threshold, value, phraseWeight, windowDays,
                    nameWeight, numberWeight, timeWeight, siteLanguage);
        }

        public Settings withPhraseWeight(double value) {
            return new Settings(threshold, unspecificWeight, value, windowDays,
                    nameWeight, numberWeight, timeWeight, siteLanguage);
        }

        public Settings withWindowDays(int value) {
            return new Settings(threshold, unspecificWeight, phraseWeight, value,
                    nameWeight, numberWeight, timeWeight, siteLanguage);
        }

        public Settings withNameWeight(double value) {
            return new Settings(threshold, unspecificWeight, phraseWeight, windowDays,
                    value, numberWeight, timeWeight, siteLanguage);
        }

        public Settings withNumberWeight(double value) {
            return new Settings(threshold, unspecificWeight, phraseWeight, windowDays,
                    nameWeight, value, timeWeight, siteLanguage);
        }

        public Settings withTimeWeight(double value) {
            return new Settings(threshold, unspecificWeight, phraseWeight, windowDays,
                    nameWeight, numberWeight, value, siteLanguage);
        }

        public Settings withSiteLanguage(String value) {
            return new Settings(threshold, unspecificWeight, phraseWeight, windowDays,
                    nameWeight, numberWeight, timeWeight, value);
        }
    }

    private final Settings settings;
    private final GroupingMemo memo;

    public EventGrouper(Settings settings) {
        this(settings, GroupingMemo.none());
    }

    /**
     * A grouper that reuses what {@code memo} remembers of the last grouping (by the same or another grouper) and
     * leaves what it works out there; the events are the same as without it.
     */
    public EventGrouper(Settings settings, GroupingMemo memo) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.memo = Objects.requireNonNull(memo, "memo");
    }

    /** The events of a set of reports, newest first (undated last), each report in exactly one event. */
    public List<Event> group(List<AnalysedReport> input) {
        return group(input, Curation.none());
    }

    /**
     * The events of a set of reports as the curator wants them: reports the curation pins to an event go
     * there (it wins over a front matter pin), excluded reports are in no event, and curated events take the
     * curator's title and editor's note.
     */
    public List<Event> group(List<AnalysedReport> input, Curation curation) {
        return grouping(input, curation).events();
    }

    /**
     * {@link #group(List, Curation)}, with the joins the grouping is least sure of ({@link Doubts}): reports that fit
     * two events, reports whose join is borderline, events whose reports span more days than the window.
     */
    public Grouping grouping(List<AnalysedReport> input, Curation curation) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(curation, "curation");
        Map<String, String> pins = new HashMap<>();
        for (Curation.CuratedEvent event : curation.events()) event.reports().forEach(id -> pins.put(id, event.slug()));
        List<AnalysedReport> kept = new ArrayList<>();
        for (AnalysedReport article : input) {
            if (curation.exclude().contains(article.id())) continue;
            String pin = pins.get(article.id());
            kept.add(pin == null || pin.equals(article.report().event()) ? article : article.pinnedTo(pin));
        }
        memo.begin();
        Grouping grouping = grouped(kept);
        List<Event> events = grouping.events().stream()
                .map(e -> curation.event(e.id()).map(c -> e.curated(c.title(), c.note())).orElse(e))
                .toList();
        memo.finish();
        return new Grouping(events, grouping.doubts());
    }

    private Grouping grouped(List<AnalysedReport> input) {
        List<ReportFeatures> reports = Reports.of(input, memo);
        List<AnalysedReport> articles = reports.stream().map(r -> r.article).toList();
        int n = articles.size();
        LocalDate[] dates = new LocalDate[n];
        boolean[] movable = new boolean[n];
        for (int i = 0; i < n; i++) {
            dates[i] = articles.get(i).report().published();
            movable[i] = articles.get(i).report().event() == null;
        }

        // initial groups: one per pin, one per free report
        Map<String, List<Integer>> pinned = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (!movable[i]) pinned.computeIfAbsent(articles.get(i).report().event(), p -> new ArrayList<>()).add(i);
        }
        List<int[]> groups = new ArrayList<>();
        List<String> pins = new ArrayList<>();
        int[] groupOf = new int[n];
        pinned.forEach((pin, members) -> {
            for (int r : members) groupOf[r] = groups.size();
            groups.add(members.stream().mapToInt(Integer::intValue).toArray());
            pins.add(pin);
        });
        for (int i = 0; i < n; i++) {
            if (!movable[i]) continue;
            groupOf[i] = groups.size();
            groups.add(new int[]{i});
            pins.add(null);
        }

        // the similarity graph over candidate pairs, linked in edge order
        SimilarityGraph graph = SimilarityGraph.of(reports, settings, memo);
        AverageLink clustering = new AverageLink(groups, pins, dates, settings.windowDays());
        for (int e = 0; e < graph.edges(); e++) {
            clustering.link(groupOf[graph.from()[e]], groupOf[graph.to()[e]], graph.weight()[e]);
        }

        // merge by average link, then whole groups of one story; groups are named by their lowest report index
        int[] root = clustering.cluster(settings.threshold());
        int[] lowest = new int[groups.size()];
        Arrays.fill(lowest, -1);
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            int g = root[groupOf[i]];
            if (lowest[g] < 0) lowest[g] = i;
            group[i] = lowest[g];
        }

        CentroidMerge.merge(group, movable, graph, reports, settings.windowDays());
        LoneReports.attach(group, movable, graph);
        Map<Integer, List<ReportFeatures>> members = new TreeMap<>();
        Map<Integer, String> pinOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(group[i], k -> new ArrayList<>()).add(reports.get(i));
            if (!movable[i]) pinOf.put(group[i], articles.get(i).report().event());
        }
        List<List<ReportFeatures>> found = new ArrayList<>();
        List<String> foundPins = new ArrayList<>();
        members.forEach((g, list) -> {
            found.add(list);
            foundPins.add(pinOf.get(g));
        });
        List<Event> events = EventNaming.name(found, foundPins,
                new EventNaming.Proof(graph.evidence(), graph.neighbours(n)), memo);
        return new Grouping(events, Doubts.of(reports, group, movable, graph, settings));
    }
}
