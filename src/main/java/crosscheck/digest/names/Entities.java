package crosscheck.digest.names;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.analyse.Terms;
import crosscheck.digest.names.NameMention.Clue;
import crosscheck.digest.names.NameTokens.Token;
import crosscheck.group.Event;
import crosscheck.ingest.KnownEntities;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The people, places and organisations of an event, found without a statistical model: runs of capitalised
 * words, titles and the words around them (see {@link NameFinder}), one canonical name across spellings and
 * transliterations (see {@link NameGroups}), and a small curated list that fixes kinds and names where the
 * rules cannot tell. Every spelling is one the reports write; an entity is named by the curated list, by the
 * country's English name for countries ("United States" for "U.S."), else by its most frequent full form
 * (see {@link #of(Event, KnownEntities)}). Headlines count as mentions of names the report text also uses,
 * but names are found only in its sentences, as headlines capitalise every word. Deterministic: the same
 * event and list give the same list of entities.
 */
public final class Entities {
    /** Words headlines leave in lower case. */
    private static final Set<String> HEADLINE_LOWER_CASE = Set.of("a", "an", "the", "and", "or", "but", "nor",
            "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "vs.", "via", "per", "into", "over");

    private Entities() {
    }

    /** The entities of an event by the rules alone. */
    public static List<Entity> of(Event event) {
        return of(event, KnownEntities.none());
    }

    /**
     * The entities of an event, most-mentioned first, then by name. An entity's name is the curated one when
     * the list has it, the country's English name for a country, else its most frequent full form (two
     * words or more, not the end of a longer spelling; ties alphabetical), else its most frequent spelling.
     * Names of kind OTHER are kept only when two reports or more name them, or one names them three times
     * or more.
     */
    public static List<Entity> of(Event event, KnownEntities known) {
        List<AnalysedReport> reports = event.reports();
        List<List<String>> headlines = new ArrayList<>();
        List<List<List<Token>>> body = new ArrayList<>(); // each report's sentences, as tokens
        for (AnalysedReport report : reports) {
            List<String> heads = new ArrayList<>();
            List<List<Token>> text = new ArrayList<>();
            String title = report.report().title();
            if (title != null && !title.isBlank()) heads.add(title);
            for (Sentence sentence : report.sentences()) {
                List<Token> tokens = sentence.heading() ? null : NameTokens.of(sentence.text());
                if (tokens == null || titleCase(tokens)) heads.add(sentence.text());
                else text.add(tokens);
            }
            headlines.add(heads);
            body.add(text);
        }
        try (Terms terms = new Terms()) {
            NameFinder finder = new NameFinder(body.stream().flatMap(List::stream).toList(), terms, knownWords(known));
            List<NameMention> mentions = new ArrayList<>();
            for (int r = 0; r < body.size(); r++) {
                for (List<Token> sentence : body.get(r)) mentions.addAll(finder.find(r, sentence));
            }
            NameGroups groups = NameGroups.of(splitRunOns(mentions), known);
            List<NameGroups.Spelling> longestFirst = longestFirst(groups);
            for (int r = 0; r < headlines.size(); r++) {
                for (String headline : headlines.get(r)) countIn(headline, r, longestFirst);
            }
            return entities(groups, reports);
        }
    }

    private static List<Entity> entities(NameGroups groups, List<AnalysedReport> reports) {
        Map<Integer, List<NameGroups.Spelling>> members = new TreeMap<>();
        for (int i = 0; i < groups.spellings.size(); i++) {
            members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(groups.spellings.get(i));
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<Integer, List<NameGroups.Spelling>> group : members.entrySet()) {
            List<NameGroups.Spelling> spellings = group.getValue();
            Entity.Kind kind = groups.kind(group.getKey());
            TreeSet<Integer> sources = new TreeSet<>();
            TreeSet<String> texts = new TreeSet<>();
            RoleTally roles = new RoleTally(); // a role given to any spelling is the entity's
            int mentions = 0;
            for (NameGroups.Spelling s : spellings) {
                sources.addAll(s.reports);
                texts.add(s.text);
                roles.addAll(s.roles);
                mentions += s.count;
            }
            if (kind == Entity.Kind.OTHER && sources.size() < 2 && mentions < 3) continue;
            KnownEntities.Entry entry = groups.knownEntry(group.getKey());
            String country = groups.country(group.getKey());
            String name = entry != null ? entry.name() : country != null ? country : canonical(spellings);
            List<String> ids = sources.stream().map(r -> reports.get(r).id()).toList();
            out.add(new Entity(name, kind, List.copyOf(texts), ids, mentions, roles.roles(r -> reports.get(r).id())));
        }
        out.sort(Comparator.comparingInt((Entity e) -> -e.mentions()).thenComparing(Entity::name)
                .thenComparing(e -> e.kind().ordinal()));
        return List.copyOf(out);
    }

    /** The most frequent full form: two words or more, not the end of a longer spelling; ties alphabetical. */
    private static String canonical(List<NameGroups.Spelling> spellings) {
        List<NameGroups.Spelling> full = new ArrayList<>();
        for (NameGroups.Spelling s : spellings) {
            boolean shortForm = spellings.stream().anyMatch(o -> NameSpellings.ends(o.form, s.form, false));
            if (s.form.size() >= 2 && !shortForm) full.add(s);
        }
        List<NameGroups.Spelling> pool = full.isEmpty() ? spellings : full;
        return pool.stream().min(Comparator.comparingInt((NameGroups.Spelling s) -> -s.count)
                .thenComparing(s -> s.text)).orElseThrow().text;
    }

    /**
     * A name found once, as a run of capitalised words without a title, that is two names the event also
     * writes apart ("at the Pentagon Lloyd Austin He said"), becomes those two.
     */
    private static List<NameMention> splitRunOns(List<NameMention> mentions) {
        Map<String, Integer> counts = new TreeMap<>();
        for (NameMention m : mentions) counts.merge(m.spelling(), 1, Integer::sum);
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : mentions) {
            List<String> words = m.words();
            boolean split = false;
            for (int i = 1; m.runOn() && counts.get(m.spelling()) == 1 && i < words.size() && !split; i++) {
                List<String> left = words.subList(0, i);
                List<String> right = words.subList(i, words.size());
                if (counts.containsKey(String.join(" ", left)) && counts.containsKey(String.join(" ", right))) {
                    EnumSet<Clue> context = EnumSet.noneOf(Clue.class);
                    context.addAll(m.clues());
                    context.removeAll(NameMention.spellingClues(words));
                    EnumSet<Clue> leftClues = NameMention.spellingClues(left);
                    leftClues.addAll(context);
                    out.add(new NameMention(String.join(" ", left), m.report(), leftClues, false));
                    EnumSet<Clue> rightClues = NameMention.spellingClues(right);
                    out.add(new NameMention(String.join(" ", right), m.report(), rightClues, false));
                    split = true;
                }
            }
            if (!split) out.add(m);
        }
        return out;
    }

    /** The spellings, longest first (then alphabetical), as headlines are searched for them. */
    private static List<NameGroups.Spelling> longestFirst(NameGroups groups) {
        List<NameGroups.Spelling> bySize = new ArrayList<>(groups.spellings);
        bySize.sort(Comparator.comparingInt((NameGroups.Spelling s) -> -s.text.length()).thenComparing(s -> s.text));
        return bySize;
    }

    /** Counts the spellings a headline uses, longest first, each stretch of the headline once. */
    private static void countIn(String headline, int report, List<NameGroups.Spelling> longestFirst) {
        boolean[] used = new boolean[headline.length()];
        for (NameGroups.Spelling s : longestFirst) {
            for (int at = headline.indexOf(s.text); at >= 0; at = headline.indexOf(s.text, at + 1)) {
                int end = at + s.text.length();
                if (boundary(headline, at - 1) && boundary(headline, end) && free(used, at, end)) {
                    for (int i = at; i < end; i++) used[i] = true;
                    s.addHeadline(report);
                }
            }
        }
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean free(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) return false;
        }
        return true;
    }

    /** A headline written as a sentence: every word capitalised but short function words ("to", "of"). */
    static boolean titleCase(List<Token> sentence) {
        int capitalised = 0;
        for (Token t : sentence) {
            if (!t.word()) continue;
            if (t.capitalised()) capitalised++;
            else if (!HEADLINE_LOWER_CASE.contains(t.text())) return false;
        }
        return capitalised >= 3;
    }

    private static Set<String> knownWords(KnownEntities known) {
        Set<String> words = new TreeSet<>();
        for (KnownEntities.Entry entry : known.entries()) {
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(entry.name());
            for (String name : names) {
                words.add(name);
                words.addAll(List.of(name.split(" ")));
            }
        }
        return words;
    }
}
