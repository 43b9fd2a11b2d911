package crosscheck.group;

import crosscheck.text.AnalyzedArticle;
import crosscheck.text.TermVector;
import crosscheck.text.TfIdf;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The group stage: puts reports of the same event together. Reports pinned by the curator (front matter
 * {@code event:}) form their event whatever their text; the others join, in date order, the event whose
 * centroid they are most similar to (TF-IDF cosine, title terms counted twice, names weighted up) if that similarity reaches
 * a threshold and the dates are within a window, and otherwise start a new event. Candidate events come
 * from an inverted index over each report's heaviest terms, so the cost grows with the number of reports,
 * not with its square.
 */
public final class EventGrouper {
    /** Default least cosine between a report and an event's centroid for the report to join it. */
    public static final double DEFAULT_THRESHOLD = 0.34;
    /** Default most days between a dated report and the dates of an event it joins. */
    public static final int DEFAULT_WINDOW_DAYS = 7;
    private static final int INDEXED_TERMS = 25;
    /** How much more a name (a word capitalised inside sentences) weighs than other words. */
    static final double NAME_WEIGHT = 2;

    private final double threshold;
    private final int windowDays;

    public EventGrouper() {
        this(DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS);
    }

    public EventGrouper(double threshold, int windowDays) {
        if (threshold <= 0 || threshold >= 1) throw new IllegalArgumentException("threshold must be in (0, 1)");
        if (windowDays < 0) throw new IllegalArgumentException("windowDays must not be negative");
        this.threshold = threshold;
        this.windowDays = windowDays;
    }

    /** The events of a set of reports, newest first (undated last), each report in exactly one event. */
    public List<Event> group(List<AnalyzedArticle> articles) {
        TfIdf tfidf = TfIdf.of(articles.stream().map(a -> a.termCounts().keySet()).toList());
        Map<String, Cluster> pinned = new TreeMap<>();
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Set<Cluster>> index = new HashMap<>();
        List<AnalyzedArticle> free = new ArrayList<>();
        for (AnalyzedArticle article : articles) {
            String pin = article.article().event();
            if (pin == null) {
                free.add(article);
                continue;
            }
            Cluster cluster = pinned.computeIfAbsent(pin, slug -> new Cluster(slug));
            cluster.add(article, vector(article, tfidf));
        }
        for (Cluster cluster : pinned.values()) {
            cluster.order = clusters.size();
            clusters.add(cluster);
            cluster.indexInto(index);
        }
        free.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().published(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(AnalyzedArticle::id));
        for (AnalyzedArticle article : free) {
            TermVector vector = vector(article, tfidf);
            Cluster best = null;
            double bestScore = 0;
            for (Cluster candidate : candidates(vector, index)) {
                if (!candidate.withinWindow(article.article().published(), windowDays)) continue;
                double score = vector.cosine(candidate.centroid());
                if (score >= threshold && (best == null || score > bestScore)) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Cluster(null);
                best.order = clusters.size();
                clusters.add(best);
            }
            best.add(article, vector);
            best.indexInto(index);
        }
        return EventNaming.name(clusters.stream().map(c -> c.members).toList(),
                clusters.stream().map(c -> c.pin).toList(), tfidf);
    }

    private static List<Cluster> candidates(TermVector vector, Map<String, Set<Cluster>> index) {
        Set<Cluster> found = new HashSet<>();
        for (String term : vector.topTerms(INDEXED_TERMS)) {
            Set<Cluster> posting = index.get(term);
            if (posting != null) found.addAll(posting);
        }
        List<Cluster> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(c -> c.order));
        return ordered;
    }

    /** TF-IDF of the report's terms, its title terms counted once more and names weighted up. */
    static TermVector vector(AnalyzedArticle article, TfIdf tfidf) {
        Map<String, Integer> counts = new LinkedHashMap<>(article.termCounts());
        for (String stem : article.titleStems()) counts.merge(stem, 1, Integer::sum);
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((term, n) -> weights.put(term, (1 + Math.log(n)) * tfidf.idf(term)
                * (article.nameStems().contains(term) ? NAME_WEIGHT : 1)));
        return TermVector.of(weights);
    }

    /** An event being built: its reports, the sum of their vectors and their date range. */
    private static final class Cluster {
        final String pin;
        final List<AnalyzedArticle> members = new ArrayList<>();
        final Map<String, Double> sum = new HashMap<>();
        final Set<String> indexed = new HashSet<>();
        final List<String[]> pendingTerms = new ArrayList<>();
        LocalDate first;
        LocalDate last;
        int order;
        TermVector centroid;

        Cluster(String pin) {
            this.pin = pin;
        }

        void add(AnalyzedArticle article, TermVector vector) {
            members.add(article);
            for (int i = 0; i < vector.size(); i++) sum.merge(vector.term(i), vector.weight(i), Double::sum);
            pendingTerms.add(vector.topTerms(INDEXED_TERMS));
            centroid = null;
            LocalDate date = article.article().published();
            if (date != null) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }

        TermVector centroid() {
            if (centroid == null) centroid = TermVector.of(sum);
            return centroid;
        }

        boolean withinWindow(LocalDate date, int days) {
            if (date == null || first == null) return true;
            return !date.isBefore(first.minusDays(days)) && !date.isAfter(last.plusDays(days));
        }

        void indexInto(Map<String, Set<Cluster>> index) {
            for (String[] terms : pendingTerms) {
                for (String term : terms) {
                    if (indexed.add(term)) index.computeIfAbsent(term, t -> new HashSet<>()).add(this);
                }
            }
            pendingTerms.clear();
        }
    }
}
