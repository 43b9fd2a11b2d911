package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.TermVector;
import crosscheck.analyse.TfIdf;
import crosscheck.clean.Report;
import crosscheck.core.Slug;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
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
    private static final Comparator<ReportFeatures> OLDEST_FIRST = Comparator
            .comparing((ReportFeatures r) -> r.date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReportFeatures::id);
    private static final Comparator<Event> NEWEST_FIRST = Comparator
            .comparing(Event::last, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Event::title)
            .thenComparing(Event::id);

    private EventNaming() {
    }

    /** An event but for its slug: {@code slug} is the title's, which may be taken by another event. */
    private record Draft(String title, String slug, List<AnalysedReport> members, LocalDate first, LocalDate last,
                         List<String> sharedTerms, List<List<String>> origins) {
        static Draft of(List<ReportFeatures> group, TfIdf vocabulary, GroupingMemo memo) {
            List<ReportFeatures> members = new ArrayList<>(group);
            members.sort(OLDEST_FIRST);
            List<AnalysedReport> articles = members.stream().map(r -> r.article).toList();
            LocalDate first = members.stream().map(r -> r.date).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            LocalDate last = members.stream().map(r -> r.date).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            String title = EventNaming.title(members);
            return new Draft(title, Slug.of(title), articles, first, last,
                    EventNaming.sharedTerms(members, vocabulary), memo.origins(articles));
        }
    }

    /**
     * Events of the groups ({@code pins.get(i)} is the curator's slug for group i, or null), newest first. Each
     * group is drafted on its own, on all cores; slugs are then handed out in group order. The copies among a
     * group's reports are taken from the memo when it knows them.
     */
    static List<Event> name(List<List<ReportFeatures>> groups, List<String> pins, TfIdf vocabulary,
                            GroupingMemo memo) {
        List<Draft> drafts = groups.parallelStream().map(g -> Draft.of(g, vocabulary, memo)).toList();
        Set<String> taken = new HashSet<>();
        pins.stream().filter(Objects::nonNull).forEach(taken::add);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String id = pins.get(i) != null ? pins.get(i) : unique(d.slug(), taken);
            events.add(new Event(id, d.title(), d.members(), d.first(), d.last(), d.sharedTerms(), d.origins(), null));
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

    private static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) candidate = slug + "-" + n;
        return candidate;
    }

    /** A term most of an event's reports use; heaviest first, then alphabetical. */
    private record SharedTerm(int rank, double weight) implements Comparable<SharedTerm> {
        @Override
        public int compareTo(SharedTerm other) {
            return weight != other.weight ? Double.compare(other.weight, weight) : Integer.compare(rank, other.rank);
        }
    }

    /**
     * Words found in at least half the reports (two at least), heaviest by TF-IDF over the reports first (reports
     * using it, times its uses, times its idf; then alphabetical), each as the reports most often write it.
     */
    private static List<String> sharedTerms(List<ReportFeatures> members, TfIdf vocabulary) {
        if (members.size() < 2) return List.of();
        int needed = Math.max(2, (members.size() + 1) / 2);
        long[] uses = allTermCounts(members);
        List<SharedTerm> shared = new ArrayList<>();
        for (int i = 0; i < uses.length; ) {
            int rank = RankCounts.rank(uses[i]);
            int reports = 0;
            int occurrences = 0;
            for (; i < uses.length && RankCounts.rank(uses[i]) == rank; i++) {
                reports++;
                occurrences += RankCounts.count(uses[i]);
            }
            if (reports >= needed) shared.add(new SharedTerm(rank, reports * occurrences * vocabulary.idf(rank)));
        }
        Collections.sort(shared);
        List<AnalysedReport> articles = members.stream().map(r -> r.article).toList();
        List<String> out = new ArrayList<>();
        for (SharedTerm t : shared.subList(0, Math.min(SHARED_TERMS, shared.size()))) {
            out.add(surface(vocabulary.term(t.rank()), articles));
        }
        return out;
    }

    /** The term counts of all the reports, by rank. */
    private static long[] allTermCounts(List<ReportFeatures> members) {
        int size = 0;
        for (ReportFeatures member : members) size += member.termCounts.length;
        long[] out = new long[size];
        int at = 0;
        for (ReportFeatures member : members) {
            System.arraycopy(member.termCounts, 0, out, at, member.termCounts.length);
            at += member.termCounts.length;
        }
        Arrays.sort(out);
        return out;
    }

    /** The commonest way the reports write a stem: the first report's commonest word for it, as a rule. */
    private static String surface(String stem, List<AnalysedReport> members) {
        Map<String, Integer> votes = new java.util.TreeMap<>();
        for (AnalysedReport member : members) {
            String word = member.surfaces().get(stem);
            if (word != null) votes.merge(word, 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(stem);
    }
}
