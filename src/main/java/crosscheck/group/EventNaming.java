package crosscheck.group;

import crosscheck.clean.Article;
import crosscheck.text.AnalyzedArticle;
import crosscheck.text.Slug;
import crosscheck.text.TermVector;
import crosscheck.text.TfIdf;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns groups of reports into {@link Event}s: a title, a unique slug, dates, the terms they share and their
 * independent origins.
 */
final class EventNaming {
    private static final int SHARED_TERMS = 12;
    private static final Comparator<AnalyzedArticle> OLDEST_FIRST = Comparator
            .comparing((AnalyzedArticle a) -> a.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AnalyzedArticle::id);
    private static final Comparator<Event> NEWEST_FIRST = Comparator
            .comparing(Event::last, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Event::title)
            .thenComparing(Event::id);

    private EventNaming() {
    }

    /** Events of the groups ({@code pins.get(i)} is the curator's slug for group i, or null), newest first. */
    static List<Event> name(List<List<AnalyzedArticle>> groups, List<String> pins, TfIdf tfidf) {
        Set<String> taken = new HashSet<>();
        pins.stream().filter(Objects::nonNull).forEach(taken::add);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<AnalyzedArticle> members = new ArrayList<>(groups.get(i));
            members.sort(OLDEST_FIRST);
            String title = title(members, tfidf);
            String id = pins.get(i) != null ? pins.get(i) : unique(Slug.of(title), taken);
            LocalDate first = members.stream().map(a -> a.article().published()).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            LocalDate last = members.stream().map(a -> a.article().published()).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            events.add(new Event(id, title, members, first, last, sharedTerms(members, tfidf),
                    Copies.origins(members), null));
        }
        events.sort(NEWEST_FIRST);
        return events;
    }

    /** The title of the report closest to the group's centroid (the earliest report's on a tie). */
    private static String title(List<AnalyzedArticle> members, TfIdf tfidf) {
        List<TermVector> vectors = members.stream().map(a -> EventGrouper.vector(a, tfidf)).toList();
        TermVector centroid = TermVector.centroid(vectors);
        Article best = null;
        double bestScore = -1;
        for (int i = 0; i < members.size(); i++) {
            Article article = members.get(i).article();
            if (article.title() == null || article.title().isBlank()) continue;
            double score = vectors.get(i).cosine(centroid);
            if (score > bestScore) {
                best = article;
                bestScore = score;
            }
        }
        return (best != null ? best : members.get(0).article()).displayTitle();
    }

    private static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) candidate = slug + "-" + n;
        return candidate;
    }

    /**
     * Words found in at least half the reports (two at least), heaviest by TF-IDF over the reports first, each
     * as the reports most often write it.
     */
    private static List<String> sharedTerms(List<AnalyzedArticle> members, TfIdf tfidf) {
        if (members.size() < 2) return List.of();
        Map<String, Integer> reports = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (AnalyzedArticle member : members) {
            member.termCounts().forEach((term, n) -> {
                reports.merge(term, 1, Integer::sum);
                occurrences.merge(term, n, Integer::sum);
            });
        }
        int needed = Math.max(2, (members.size() + 1) / 2);
        return reports.entrySet().stream()
                .filter(e -> e.getValue() >= needed)
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) ->
                                -e.getValue() * occurrences.get(e.getKey()) * tfidf.idf(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(SHARED_TERMS)
                .map(e -> surface(e.getKey(), members))
                .toList();
    }

    /** The commonest way the reports write a stem: the first report's commonest word for it, as a rule. */
    private static String surface(String stem, List<AnalyzedArticle> members) {
        Map<String, Integer> votes = new java.util.TreeMap<>();
        for (AnalyzedArticle member : members) {
            String word = member.surfaces().get(stem);
            if (word != null) votes.merge(word, 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(stem);
    }
}
