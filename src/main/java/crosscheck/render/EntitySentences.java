package crosscheck.render;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.core.WordCount;
import crosscheck.digest.Digest;
import crosscheck.digest.names.Entity;
import crosscheck.digest.names.Role;
import crosscheck.digest.quotes.Quote;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.digest.wording.SentenceQuality;
import crosscheck.ingest.ArticleText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The few sentences of one event's reports an entity page shows: sentences that name the entity by any of its
 * spellings, as extracts, never a whole report. At most {@link #MOST} an event, from as many reports as can be,
 * preferring the sentences the event summary uses, then those that give the entity a role, sentences that read whole
 * (not garbled by machine translation) before those that do not, then the earliest. How
 * much of a report's own text they may show follows the site's {@code articles:} setting, as the report pages do
 * ({@link ArticleExcerpt}): with {@code none}, only sentences the digest publishes anyway (summary wordings and
 * sentences carrying a quotation); with {@code excerpt}, at most one sentence of a report beyond those.
 */
final class EntitySentences {
    /** Most sentences an event. */
    static final int MOST = 3;
    /** Longer "sentences" are runs the sentence splitter could not cut: too much of a report to quote. */
    private static final int MOST_WORDS = 80;

    /**
     * A sentence that names the entity.
     *
     * @param report  id of the report that writes it
     * @param text    the sentence as the report writes it
     * @param summary whether the event summary uses it
     * @param role    whether it gives the entity one of its roles
     * @param cited   whether the digest publishes it (a summary wording or a sentence carrying a quotation)
     */
    record Picked(String report, String text, boolean summary, boolean role, boolean cited) {
        /** Summary sentences first, then whole sentences that give a role, other whole ones, then the rest. */
        int rank() {
            boolean whole = SentenceQuality.readsWhole(text);
            return summary ? 0 : whole ? (role ? 1 : 2) : (role ? 3 : 4);
        }
    }

    private EntitySentences() {
    }

    /**
     * The sentences of the event's reports that name the entity, best first.
     *
     * @param digest the event's digest
     * @param entity the entity as the event's digest has it
     * @param shown  how much of the reports' own text the site publishes
     * @param leave  sentences not to show (those the page shows with the entity's quotations)
     */
    static List<Picked> of(Digest digest, Entity entity, ArticleText shown, Set<String> leave) {
        List<String> spellings = spellings(entity);
        Pattern names = names(spellings);
        Map<String, Set<String>> summaryTexts = new HashMap<>();
        Map<String, Set<String>> cited = new HashMap<>();
        for (SummarySentence sentence : digest.summary()) {
            for (SummarySentence.Wording w : sentence.wordings()) {
                summaryTexts.computeIfAbsent(w.article(), k -> new LinkedHashSet<>()).add(w.text());
                cited.computeIfAbsent(w.article(), k -> new LinkedHashSet<>()).add(w.text());
            }
        }
        for (Quote quote : digest.quotes()) {
            for (Quote.Wording w : quote.wordings()) {
                cited.computeIfAbsent(w.article(), k -> new LinkedHashSet<>()).add(w.sentence());
            }
        }
        List<Picked> candidates = new ArrayList<>();
        for (AnalysedReport report : digest.event().reports()) {
            String id = report.id();
            Set<String> published = cited.getOrDefault(id, Set.of());
            // with none, the digest's own sentences are all there is; else the report's, in its order
            List<String> texts = shown == ArticleText.NONE ? List.copyOf(published)
                    : report.sentences().stream().filter(s -> !s.heading()).map(Sentence::text).toList();
            for (String text : texts) {
                // most sentences hold none of the spellings: a plain search rules them out before the pattern
                if (leave.contains(text) || !holdsAny(text, spellings) || !names.matcher(text).find()) continue;
                boolean isCited = published.contains(text);
                if (!isCited && WordCount.of(text) > MOST_WORDS) continue;
                candidates.add(new Picked(id, text, summaryTexts.getOrDefault(id, Set.of()).contains(text),
                        givesRole(entity, id, text), isCited));
            }
        }
        return pick(candidates, shown);
    }

    /**
     * Up to {@link #MOST} of the candidates (in report order, then sentence order), best {@link Picked#rank} first,
     * then the earliest; a report not yet picked before one already picked; a sentence that
     * another report also writes only once.
     */
    private static List<Picked> pick(List<Picked> candidates, ArticleText shown) {
        // each rank worked out once (it reads the sentence); a stable sort keeps report and sentence order
        Map<Picked, Integer> ranks = new HashMap<>();
        candidates.forEach(p -> ranks.put(p, p.rank()));
        List<Picked> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt(ranks::get));
        List<Picked> out = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        Set<String> reports = new HashSet<>();
        Set<String> uncitedFrom = new HashSet<>();
        for (boolean newReportsOnly : new boolean[] {true, false}) {
            for (Picked p : ranked) {
                if (out.size() == MOST) return out;
                if (texts.contains(p.text()) || newReportsOnly && reports.contains(p.report())) continue;
                if (shown == ArticleText.EXCERPT && !p.cited() && !uncitedFrom.add(p.report())) continue;
                out.add(p);
                texts.add(p.text());
                reports.add(p.report());
            }
        }
        return out;
    }

    /** Whether the sentence writes a role the report gives the entity. */
    private static boolean givesRole(Entity entity, String report, String text) {
        for (Role role : entity.roles()) {
            if (role.sources().contains(report) && text.contains(role.text())) return true;
        }
        return false;
    }

    /** The entity's spellings and its name, longest first. */
    private static List<String> spellings(Entity entity) {
        Set<String> all = new LinkedHashSet<>(entity.spellings());
        all.add(entity.name());
        List<String> longestFirst = new ArrayList<>(all);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return longestFirst;
    }

    /** Whether the text holds any of the spellings anywhere, whole word or not. */
    private static boolean holdsAny(String text, List<String> spellings) {
        for (String spelling : spellings) {
            if (text.contains(spelling)) return true;
        }
        return false;
    }

    /** Any of the spellings as a whole word: "Galante’s" names Galante, "Israeli" not Israel. */
    private static Pattern names(List<String> longestFirst) {
        StringBuilder alternatives = new StringBuilder();
        for (String spelling : longestFirst) {
            if (!alternatives.isEmpty()) alternatives.append('|');
            alternatives.append(Pattern.quote(spelling));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }
}
