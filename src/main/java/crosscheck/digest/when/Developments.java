package crosscheck.digest.when;

import crosscheck.dates.ReportedDay.Tense;
import crosscheck.digest.when.Development.Wording;
import crosscheck.digest.when.Mentions.Mention;
import crosscheck.group.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What happened when, as an event's reports tell it: the sentences that give a day ({@link Mentions}), merged where
 * reports state the same thing on the same day, a few per day, in the order of the days.
 *
 * <p>Two reports' sentences are one development when they fall on the same day (a date, and an undated report's
 * weekday that may be it, are the same day) and state the same thing: the summary's support put them in one claim
 * ({@link SummaryClaim}), or they share most of their words ({@value #SAME_WORDS} of their index terms, as copies
 * and lightly rewritten wire copy do). A development shows one sentence: the summary's own when it gives the day,
 * else the first report's. Of each day at most {@value #PER_DAY} developments, and at most {@value #MOST} in all,
 * are kept: those in the summary first, then those more independent origins state, then those earlier in their
 * report (news tells what happened first).
 */
final class Developments {
    static final int PER_DAY = 3;
    static final int MOST = 12;
    /** The share of index terms (Dice's coefficient) two sentences have when one restates the other. */
    static final double SAME_WORDS = 0.6;

    private Developments() {
    }

    /**
     * The developments, ordered by day ({@link DevelopmentDay#ORDER}), each day's most stated first.
     *
     * @param date   the day the event happened or was first reported, to tell news from background; may be null
     * @param claims the summary's claims with the reports' sentences that state each
     */
    static List<Development> of(Event event, List<ReadReport> reads, EventDate date,
                                List<SummaryClaim> claims) {
        List<Mention> mentions = Mentions.of(event, reads, date == null ? null : date.day());
        if (mentions.isEmpty()) return List.of();
        Map<String, Integer> claimOf = claimIndex(claims);
        List<Group> groups = new ArrayList<>();
        for (Mention mention : mentions) {
            Integer claim = claimOf.get(key(mention.read().id(), mention.text()));
            Group same = null;
            for (Group group : groups) {
                if (group.takes(mention, claim)) {
                    same = group;
                    break;
                }
            }
            if (same == null) {
                same = new Group(groups.size());
                groups.add(same);
            }
            same.add(mention, claim);
        }
        List<Development> developments = new ArrayList<>();
        for (Group group : kept(groups)) developments.add(group.development(claims));
        return developments;
    }

    /** The groups kept, at most {@value #PER_DAY} a day and {@value #MOST} in all, ordered by day, then rank. */
    private static List<Group> kept(List<Group> groups) {
        List<Group> ranked = new ArrayList<>(groups);
        ranked.sort(Group.RANK);
        List<Group> kept = new ArrayList<>();
        Map<DevelopmentDay, Integer> perDay = new HashMap<>();
        for (Group group : ranked) {
            if (kept.size() == MOST) break;
            if (perDay.merge(group.day, 1, Integer::sum) > PER_DAY) continue;
            kept.add(group);
        }
        kept.sort(Comparator.comparing((Group g) -> g.day, DevelopmentDay.ORDER).thenComparing(Group.RANK));
        return kept;
    }

    /** Each report's sentence that states a claim of the summary, to the claim's index. */
    private static Map<String, Integer> claimIndex(List<SummaryClaim> claims) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            for (Map.Entry<String, String> wording : claims.get(i).wordings().entrySet()) {
                out.putIfAbsent(key(wording.getKey(), wording.getValue()), i);
            }
        }
        return out;
    }

    private static String key(String report, String sentence) {
        return report + '\u0000' + sentence;
    }

    /** Whether the two sentences share most of their index terms: Dice's coefficient of their sets. */
    static boolean sameWords(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        int shared = 0;
        for (String stem : a) {
            if (b.contains(stem)) shared++;
        }
        return 2.0 * shared / (a.size() + b.size()) >= SAME_WORDS;
    }

    /** The sentences of one development, at most one a report, in the event's order. */
    private static final class Group {
        /** Those in the summary first, then more origins, then earlier in their report, then the first found. */
        static final Comparator<Group> RANK = Comparator.comparing((Group g) -> !g.inSummary())
                .thenComparing(g -> -g.origins().size())
                .thenComparingInt(g -> g.mentions.get(0).sentence().index())
                .thenComparingInt(g -> g.found);

        private final int found;
        private final List<Mention> mentions = new ArrayList<>();
        private final Set<Integer> claims = new HashSet<>();
        private final Set<String> reports = new HashSet<>();
        private DevelopmentDay day;

        Group(int found) {
            this.found = found;
        }

        /** Whether the mention states this development: on its day, from another report, the same claim or words. */
        boolean takes(Mention mention, Integer claim) {
            if (!day.mayBe(mention.day()) || reports.contains(mention.read().id())) return false;
            if (claim != null && claims.contains(claim)) return true;
            for (Mention member : mentions) {
                if (member.text().equals(mention.text()) || sameWords(member.words(), mention.words())) return true;
            }
            return false;
        }

        void add(Mention mention, Integer claim) {
            mentions.add(mention);
            reports.add(mention.read().id());
            if (claim != null) claims.add(claim);
            day = day == null ? mention.day() : day.better(mention.day());
        }

        boolean inSummary() {
            return !claims.isEmpty();
        }

        Set<Integer> origins() {
            Set<Integer> origins = new HashSet<>();
            for (Mention mention : mentions) origins.add(mention.read().origin());
            return origins;
        }

        /** The development: the summary's sentence when it is one of these, else the first report's. */
        Development development(List<SummaryClaim> summary) {
            Set<String> summaryTexts = new HashSet<>();
            for (int claim : claims) summaryTexts.add(summary.get(claim).text());
            Mention shown = mentions.get(0);
            for (Mention mention : mentions) {
                if (summaryTexts.contains(mention.text())) {
                    shown = mention;
                    break;
                }
            }
            List<Mention> ordered = new ArrayList<>();
            ordered.add(shown);
            for (Mention mention : mentions) {
                if (mention != shown) ordered.add(mention);
            }
            List<String> sources = ordered.stream().map(m -> m.read().id()).toList();
            List<Wording> wordings = ordered.stream().map(m -> new Wording(m.read().id(), m.text())).toList();
            boolean toCome = mentions.stream().allMatch(m -> m.said().day().tense() == Tense.FUTURE);
            return new Development(day, shown.text(), shown.read().id(), sources, wordings, origins().size(), toCome,
                    inSummary());
        }
    }
}
