package crosscheck.digest.names;

import crosscheck.digest.names.NameMention.Clue;
import crosscheck.ingest.KnownEntities;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The distinct spellings of an event's names, joined into one group per person, place or body: by the
 * curated list, by country, by full names alike ("Yove Gallant", "Yoav Gallant"), by spellings alike
 * ("Galant", "Galante", "Gallant"), by short forms that end exactly one full name ("Gallant", "Security
 * Council") and by a titled given name alike to exactly one person's ("Defense Minister Yove"). Two groups
 * never join when their strong evidence says different kinds or the curated list names them apart, and a
 * short form shared by two full names ("Biden" of "Joe Biden" and "Jill Biden") joins neither.
 */
final class NameGroups {
    /** One spelling with its mentions: how often, in which reports, with what evidence of kind. */
    static final class Spelling {
        final String text;
        /** The spelling's words as they are compared. */
        final NameForm form;
        /** Mentions, headlines included. */
        int count;
        /** Mentions in the report text, where clues are looked for. */
        int found;
        final TreeSet<Integer> reports = new TreeSet<>();
        final int[] strong = new int[Entity.Kind.values().length];
        final int[] weak = new int[Entity.Kind.values().length];
        /** The roles its mentions give it, as written, with the reports that give each. */
        final RoleTally roles = new RoleTally();

        Spelling(String text) {
            this.text = text;
            this.form = NameForm.of(text);
        }

        void add(NameMention mention) {
            count++;
            found++;
            reports.add(mention.report());
            for (Clue clue : mention.clues()) (clue.strong ? strong : weak)[clue.kind.ordinal()]++;
            for (String role : mention.roles()) roles.add(role, mention.report());
        }

        void addHeadline(int report) {
            count++;
            reports.add(report);
        }
    }

    final List<Spelling> spellings;
    private final List<KnownEntities.Entry> known;
    private final int[] parent;
    private final int[] knownOf;
    private final String[] countryOf;
    /** Of each group's root: its strong and weak clues, its mentions in the text and its longest spelling's words. */
    private final int[][] strongOf;
    private final int[][] weakOf;
    private final int[] foundOf;
    private final int[] longestOf;
    /** Which spellings may be alike: each is compared only with those. */
    private final SpellingIndex index;

    private NameGroups(List<Spelling> spellings, List<KnownEntities.Entry> known) {
        this.spellings = spellings;
        this.known = known;
        int n = spellings.size();
        parent = new int[n];
        knownOf = new int[n];
        countryOf = new String[n];
        strongOf = new int[n][];
        weakOf = new int[n][];
        foundOf = new int[n];
        longestOf = new int[n];
        for (int i = 0; i < n; i++) {
            Spelling s = spellings.get(i);
            parent[i] = i;
            knownOf[i] = knownIndex(s.text);
            countryOf[i] = Countries.canonical(s.text);
            strongOf[i] = s.strong.clone();
            weakOf[i] = s.weak.clone();
            foundOf[i] = s.found;
            longestOf[i] = s.form.size();
        }
        index = new SpellingIndex(spellings.stream().map(s -> s.form).toList());
    }

    /** Groups the spellings of the mentions. */
    static NameGroups of(List<NameMention> mentions, KnownEntities known) {
        Map<String, Spelling> bySpelling = new TreeMap<>();
        for (NameMention m : mentions) {
            bySpelling.computeIfAbsent(m.spelling(), Spelling::new).add(m);
        }
        List<Spelling> ordered = new ArrayList<>(bySpelling.values());
        ordered.sort(Comparator.comparingInt((Spelling s) -> -s.form.size())
                .thenComparingInt(s -> -s.count).thenComparing(s -> s.text));
        NameGroups groups = new NameGroups(ordered, known.entries());
        groups.merge();
        return groups;
    }

    private void merge() {
        int n = spellings.size();
        Map<String, Integer> anchors = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String anchor = knownOf[i] >= 0 ? "known:" + knownOf[i]
                    : countryOf[i] == null ? null : "country:" + countryOf[i];
            if (anchor == null) continue;
            Integer first = anchors.putIfAbsent(anchor, i);
            if (first != null) union(first, i);
        }
        for (int i = 0; i < n; i++) {
            for (int j : index.alikeAfter(i)) {
                NameForm a = spellings.get(i).form;
                NameForm b = spellings.get(j).form;
                boolean full = a.size() >= 2 && b.size() >= 2 || a.size() + b.size() >= 3
                        && (a.first().acronym() || b.first().acronym());
                boolean alike = full ? NameSpellings.sameFullName(a, b)
                        : a.size() == 1 && b.size() == 1 && NameSpellings.similar(a.first(), b.first());
                if (!alike || !canJoin(i, j)) continue;
                boolean exact = a.sameLetters(b) || full && NameSpellings.acronymOf(a, b);
                if (exact || apart(i, j)) union(i, j);
            }
        }
        joinShortForms(false);
        joinShortForms(true);
        joinGivenNames();
    }

    /** "Gallant" joins "Yoav Gallant" when no other full name ends alike. */
    private void joinShortForms(boolean loosely) {
        for (int i = 0; i < spellings.size(); i++) {
            Spelling s = spellings.get(i);
            if (longestOf[find(i)] > s.form.size()) continue;
            TreeSet<Integer> targets = new TreeSet<>();
            for (int j : index.endingAlike(i)) {
                if (find(j) != find(i) && NameSpellings.ends(spellings.get(j).form, s.form, loosely)
                        && (!loosely || apart(i, j))) {
                    targets.add(find(j));
                }
            }
            if (targets.size() == 1 && canJoin(i, targets.first())) union(i, targets.first());
        }
    }

    /** "Yove", titled, joins the one person whose given name sounds alike ("Yoav Gallant"). */
    private void joinGivenNames() {
        for (int i = 0; i < spellings.size(); i++) {
            Spelling s = spellings.get(i);
            if (s.form.size() != 1 || longestOf[find(i)] > 1 || kind(find(i)) != Entity.Kind.PERSON) continue;
            TreeSet<Integer> targets = new TreeSet<>();
            boolean surname = false;
            for (int j = 0; j < spellings.size(); j++) {
                NameForm w = spellings.get(j).form;
                if (w.size() < 2 || find(j) == find(i)) continue;
                if (NameSpellings.similar(w.last(), s.form.first())) surname = true;
                if (NameSpellings.soundAlike(w.first(), s.form.first()) && kind(find(j)) == Entity.Kind.PERSON) {
                    targets.add(find(j));
                }
            }
            if (!surname && targets.size() == 1 && canJoin(i, targets.first())) union(i, targets.first());
        }
    }

    /**
     * Whether no report writes both spellings: a report spells one name one way, so two alike spellings in
     * one report ("Angels", "Angeles") are two names.
     */
    private boolean apart(int i, int j) {
        for (int report : spellings.get(i).reports) {
            if (spellings.get(j).reports.contains(report)) return false;
        }
        return true;
    }

    private boolean canJoin(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) return false;
        if (knownOf[ra] >= 0 && knownOf[rb] >= 0 && knownOf[ra] != knownOf[rb]) return false;
        if (countryOf[ra] != null && countryOf[rb] != null && !countryOf[ra].equals(countryOf[rb])) return false;
        Entity.Kind ka = strongKind(ra);
        Entity.Kind kb = strongKind(rb);
        return ka == null || kb == null || ka == kb;
    }

    private Entity.Kind strongKind(int root) {
        if (knownOf[root] >= 0) return Entity.Kind.valueOf(known.get(knownOf[root]).kind().name());
        return argmax(strongOf[root], new int[strongOf[root].length]);
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) return;
        int root = Math.min(ra, rb);
        int other = Math.max(ra, rb);
        parent[other] = root;
        if (knownOf[root] < 0) knownOf[root] = knownOf[other];
        if (countryOf[root] == null) countryOf[root] = countryOf[other];
        for (int k = 0; k < strongOf[root].length; k++) {
            strongOf[root][k] += strongOf[other][k];
            weakOf[root][k] += weakOf[other][k];
        }
        foundOf[root] += foundOf[other];
        longestOf[root] = Math.max(longestOf[root], longestOf[other]);
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The curated entry a group belongs to, or null. */
    KnownEntities.Entry knownEntry(int root) {
        return knownOf[find(root)] >= 0 ? known.get(knownOf[find(root)]) : null;
    }

    /** The country a group names, by its one English name ("United States" for "U.S."), or null. */
    String country(int root) {
        return countryOf[find(root)];
    }

    /**
     * The kind of a group: the curated one; else, with strong evidence (titles, "Ministry", "the city of"),
     * the kind with the most strong clues, weak ones breaking ties; else, with weak evidence only ("in X",
     * "X said"), its kind when it marks a quarter of the mentions or more, twice or more unless the name is
     * found once; else OTHER.
     */
    Entity.Kind kind(int root) {
        KnownEntities.Entry entry = knownEntry(root);
        if (entry != null) return Entity.Kind.valueOf(entry.kind().name());
        int[] strong = strongOf[find(root)];
        int[] weak = weakOf[find(root)];
        int found = foundOf[find(root)];
        if (argmax(strong, weak) != null) return argmax(strong, weak);
        Entity.Kind kind = argmax(weak, new int[weak.length]);
        int votes = kind == null ? 0 : weak[kind.ordinal()];
        return votes > 0 && 4 * votes >= found && (votes >= 2 || found == 1) ? kind : Entity.Kind.OTHER;
    }

    /**
     * The kind with the most votes, then the most tie-break votes, PERSON before ORGANISATION before PLACE on
     * ties; null when none has a vote.
     */
    private static Entity.Kind argmax(int[] votes, int[] tieBreak) {
        Entity.Kind best = null;
        for (Entity.Kind kind : List.of(Entity.Kind.PERSON, Entity.Kind.ORGANISATION, Entity.Kind.PLACE)) {
            int k = kind.ordinal();
            if (votes[k] == 0) continue;
            if (best == null || votes[k] > votes[best.ordinal()]
                    || votes[k] == votes[best.ordinal()] && tieBreak[k] > tieBreak[best.ordinal()]) {
                best = kind;
            }
        }
        return best;
    }

    private int knownIndex(String spelling) {
        String key = NameSpellings.normalise(spelling);
        for (int k = 0; k < known.size(); k++) {
            KnownEntities.Entry entry = known.get(k);
            if (NameSpellings.normalise(entry.name()).equals(key)) return k;
            for (String alias : entry.aliases()) {
                if (NameSpellings.normalise(alias).equals(key)) return k;
            }
        }
        return -1;
    }
}
