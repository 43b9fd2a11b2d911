package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.TermVector;
import crosscheck.clean.Report;
import crosscheck.core.Slug;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns groups of reports into {@link Event}s: a title, a unique slug, dates, the evidence they were grouped on
 * ({@link SharedEvidence}) and their independent origins.
 */
final class EventNaming {
    private static final Comparator<ReportFeatures> OLDEST_FIRST = Comparator
            .comparing((ReportFeatures r) -> r.date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReportFeatures::id);
    private static final Comparator<Event> NEWEST_FIRST = Comparator
            .comparing(Event::last, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Event::title)
            .thenComparing(Event::id);

    private EventNaming() {
    }

    /**
     * What the grouping compared the reports on, to tell why each event's reports are together.
     *
     * @param evidence   the rare phrases and names of the reports, by report index
     * @param neighbours the edges of the similarity graph, by report index
     */
    record Proof(SpecificEvidence evidence, SimilarityGraph.Neighbours neighbours) {
    }

    /** An event but for its slug: {@code slug} is the title's, which may be taken by another event. */
    private record Draft(String title, String slug, List<AnalysedReport> members, LocalDate first, LocalDate last,
                         GroupingEvidence evidence, List<List<String>> origins) {
        static Draft of(List<ReportFeatures> group, Proof proof, GroupingMemo memo) {
            List<ReportFeatures> members = new ArrayList<>(group);
            members.sort(OLDEST_FIRST);
            List<AnalysedReport> articles = members.stream().map(r -> r.article).toList();
            LocalDate first = members.stream().map(r -> r.date).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            LocalDate last = members.stream().map(r -> r.date).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            String title = EventNaming.title(members);
            return new Draft(title, Slug.of(title), articles, first, last,
                    SharedEvidence.of(members, proof.evidence(), proof.neighbours(), memo), memo.origins(articles));
        }
    }

    /**
     * Events of the groups ({@code pins.get(i)} is the curator's slug for group i, or null), newest first. Each
     * group is drafted on its own, on all cores; slugs are then handed out in group order. The copies among a
     * group's reports and what they write in common are taken from the memo when it knows them.
     */
    static List<Event> name(List<List<ReportFeatures>> groups, List<String> pins, Proof proof, GroupingMemo memo) {
        List<Draft> drafts = groups.parallelStream().map(g -> Draft.of(g, proof, memo)).toList();
        Set<String> taken = new HashSet<>();
        pins.stream().filter(Objects::nonNull).forEach(taken::add);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String id = pins.get(i) != null ? pins.get(i) : unique(d.slug(), taken);
            events.add(new Event(id, d.title(), d.members(), d.first(), d.last(), d.evidence(), d.origins(), null));
        }
        events.sort(NEWEST_FIRST);
        return events;
    }

    /** The title of the report closest to the group's centroid (the earliest report's on a tie). */
    private static String title(List<ReportFeatures> members) {
        if (members.size() == 1) return members.get(0).article.report().displayTitle(); // its title or fallback
        List<TermVector> vectors = members.stream().map(r -> r.headline).toList();
        TermVector centroid = TermVector.centroid(vectors);
        Report best = null;
        double bestScore = -1;
        for (int i = 0; i < members.size(); i++) {
            Report article = members.get(i).article.report();
            if (article.title() == null || article.title().isBlank()) continue;
            double score = vectors.get(i).cosine(centroid);
            if (score > bestScore) {
                best = article;
                bestScore = score;
            }
        }
        return (best != null ? best : members.get(0).article.report()).displayTitle();
    }

    /**
     * {@code slug}, else with -2, -3 ...: a provisional id, unique among the events, until the address stage gives
     * the lasting one (its NewSlug, order-independent); this package comes before that one and may not use it.
     */
    private static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) candidate = slug + "-" + n;
        return candidate;
    }
}
