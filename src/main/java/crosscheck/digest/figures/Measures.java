package crosscheck.digest.figures;

import static crosscheck.digest.figures.CountWords.COMPLEMENTS;
import static crosscheck.digest.figures.CountWords.GENERIC;
import static crosscheck.digest.figures.CountWords.HOSTAGE_NOUNS;
import static crosscheck.digest.figures.CountWords.grouped;
import static crosscheck.digest.figures.CountWords.nounMeasure;
import static crosscheck.digest.figures.CountWords.plural;
import static crosscheck.digest.figures.CountWords.predicateAt;
import static crosscheck.digest.figures.CountWords.singular;
import static crosscheck.digest.figures.CountWords.verb;

import crosscheck.digest.figures.CountWords.Happened;
import crosscheck.digest.figures.CountWords.Predicate;
import crosscheck.digest.figures.Quantities.Bound;
import crosscheck.digest.figures.Quantities.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a number of a sentence counts, from the words around it: the counted phrase after it ("32,000
 * people", "four battalions", "14 votes in favor"), a verb before it ("killed at least 8,000") or after the
 * phrase ("people have perished", "253 were taken hostage", "who were uprooted"). Words of the kinds of
 * things conflict news counts (deaths, hostages, wounded, displaced, arrests, votes) map to one measure
 * whatever the wording; a count of a named group ("civilians", "children") stays apart from a count of
 * people in general. Anything else is measured by its own noun, singular ("battalions" -> battalion). Amounts
 * are not counts and measure nothing: percentages, money, durations ("six weeks", "a six-week"), distances and
 * scores ("226 yards", "2,029 points").
 */
final class Measures {
    /**
     * What a number counts: a key that equal counts share, and words for readers.
     *
     * @param ownNoun whether it is measured by its own noun ("vessels", "games") rather than by what happened to
     *                those counted (killed, wounded, taken hostage, displaced, arrested) or as votes: a noun alone
     *                does not say that two counts of it are of the same things
     */
    record Measure(String key, String label, boolean ownNoun) {
        Measure(String key, String label) {
            this(key, label, false);
        }
    }

    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "by", "for", "from", "to",
            "with", "and", "or", "but", "that", "which", "who", "whom", "whose", "have", "has", "had", "been", "be",
            "being", "were", "was", "is", "are", "will", "would", "could", "should", "may", "might", "can", "did", "do",
            "does", "not", "no", "as", "than", "this", "these", "those", "it", "its", "their", "his", "her", "there",
            "here", "said", "says", "say", "according", "during", "since", "after", "before", "while", "when",
            "where", "including", "against", "about", "into", "over", "under", "more", "most", "only", "also",
            "across", "among", "per", "each", "all", "some", "such", "so", "if", "because", "until", "amid", "like");
    /** Measures whose running totals are kept apart from the counts of one attack. */
    private static final Set<String> RUNNING = Set.of("killed", "wounded", "casualties");
    private static final Set<String> PERFECT = Set.of("have", "has", "had");
    private static final Pattern RUNNING_WORDS = Pattern.compile(
            "(?i)\\b(?:toll|total|overall|cumulative|since|so far|to date|in all)\\b");
    /** Words that end the clause of a count: a verb after them tells of something else ("150 targets and arrested"). */
    private static final Set<String> CLAUSE_ENDS = Set.of("and", "or", "but", "while", "as", "after", "before",
            "since", "when", "whereas", "although", "though");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "some", "another", "its", "their", "his",
            "her", "our");
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "both", "its", "their", "his", "her",
            "our", "my", "your");
    /**
     * Nouns of durations, measures, scores, shares and money: what a number before them gives is an amount, not a
     * count of people or things, and is never a figure.
     */
    private static final Set<String> NOT_COUNTED = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
            "century", "centuries", "season", "seasons", "times", "yard", "yards", "metre", "metres", "meter", "meters",
            "feet", "foot", "mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "km", "inch",
            "inches", "kilogram", "kilograms", "kg", "pound", "pounds", "ton", "tons", "tonne", "tonnes", "degree",
            "degrees", "acre", "acres", "hectare", "hectares", "mph", "knots", "point", "points", "percent",
            "percentage", "dollar", "dollars", "euro", "euros", "cents", "bucks", "yen", "yuan", "rupees", "francs", "mn",
            "bn", "magnitude", "bit");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|dozen|dozens|"
                    + "hundreds|thousands|millions|more|less|fewer|nearly|almost|least|about|around|than");
    private static final Pattern HOSTAGE_WORD = Pattern.compile(".*\\b(?:hostage|prisoner|captive)\\b.*");

    private Measures() {
    }

    /** Whether a lower-case word is one of the small words around a count that say nothing of what it counts. */
    static boolean stopWord(String lower) {
        return STOP.contains(lower) || DETERMINERS.contains(lower) || NUMBER_WORD.matcher(lower).matches();
    }

    /**
     * What the {@code i}th number of a sentence counts, or null when the words around it do not say.
     *
     * @param previous what the number before it in the sentence counts (for "14 votes in favor and zero
     *                 against"), or null
     */
    static Measure of(String sentence, List<Quantity> quantities, int i, Measure previous) {
        Quantity q = quantities.get(i);
        int rightEnd = i + 1 < quantities.size() ? quantities.get(i + 1).start() : sentence.length();
        int leftStart = i > 0 ? quantities.get(i - 1).end() : 0;
        List<Token> right = Token.of(sentence.substring(q.end(), rightEnd));
        List<Token> left = Token.of(sentence.substring(leftStart, q.start()));
        if (definite(q, left) || part(left)) return null;
        if (q.unit() != null) return null; // a percentage, an amount of money, a duration ("six-week")

        Counted counted = counted(q, left, right);
        List<Token> head = counted.head();
        // "six weeks", "226 yards", "arrested four times", "killed over four days": amounts, not counts
        if (head.stream().anyMatch(t -> NOT_COUNTED.contains(t.lower()))) return null;
        String label = counted.label();
        if (label == null && head.isEmpty() && toll(left)) label = "killed";
        if (label != null) {
            if (RUNNING.contains(label) && running(sentence, left, right, counted)) label += " in all";
            return withGroup(label, head);
        }
        if (head.isEmpty()) {
            if (previous != null && previous.key().startsWith("votes")) return votesFrom(right, 0, previous);
            return null;
        }
        String noun = head.get(head.size() - 1).lower();
        if (GENERIC.contains(noun)) return null; // "2.2 million people face famine"
        if (!plural(noun)) return null; // "2 mn-euro heist", "two Yemeni fishing boats": the counted noun is not found
        int headEnd = counted.headEnd();
        return ownNoun(head, right, headEnd);
    }

    /** "The two leaders", "these three": a reference to things already named, not a count. */
    private static boolean definite(Quantity q, List<Token> left) {
        if (q.bound() != Bound.EXACT || q.written().chars().anyMatch(Character::isDigit) || left.isEmpty()) return false;
        return DEFINITE.contains(left.get(left.size() - 1).lower());
    }

    /** "Of whom about 30", "of them 12": a part of a count named before, not a count of its own. */
    private static boolean part(List<Token> left) {
        int n = left.size();
        if (n < 2 || left.get(n - 1).kind() != Token.Kind.WORD) return false;
        String last = left.get(n - 1).lower();
        return left.get(n - 2).lower().equals("of") && (last.equals("whom") || last.equals("which") || last.equals("them"));
    }

    /**
     * The counted phrase after a number and what the words around it say happened to those counted.
     *
     * @param head        the counted phrase ("Palestinian civilians", "others prisoner"), possibly empty
     * @param headEnd     the index of the first right-hand token after it
     * @param label       the measure the verbs or nouns name, or null
     * @param predicateAt the index of the right-hand token where the verb after the phrase starts, or -1
     */
    private record Counted(List<Token> head, int headEnd, String label, int predicateAt) {
    }

    private static Counted counted(Quantity q, List<Token> left, List<Token> right) {
        int at = 0;
        if (q.bound() == Bound.VAGUE && !right.isEmpty() && right.get(0).lower().equals("of")) at = 1;
        List<Happened> predicates = new ArrayList<>();
        List<String> predicateWords = new ArrayList<>();
        Happened before = verbBefore(left);
        if (before != null) predicates.add(before);
        List<Token> head = new ArrayList<>();
        while (at < right.size() && head.size() < 4) {
            Token t = right.get(at);
            if (t.kind() != Token.Kind.WORD || STOP.contains(t.lower())) break;
            Predicate p = HOSTAGE_NOUNS.contains(t.lower()) ? null : predicateAt(right, at);
            if (p != null) {
                if (!head.isEmpty()) break;
                predicates.add(p.happened());
                predicateWords.add(p.words());
                at += p.length();
                continue;
            }
            if (t.lower().endsWith("ing") && t.lower().length() > 5) break;
            if (t.lower().endsWith("ed") && !head.isEmpty()) break;
            head.add(t);
            at++;
            if (plural(t.lower())) {
                if (at < right.size() && COMPLEMENTS.contains(right.get(at).lower())) head.add(right.get(at++));
                break;
            }
        }
        int headEnd = at;
        int predicateAt = -1;
        for (int j = headEnd; j < right.size() && j < headEnd + 7; j++) {
            Token t = right.get(j);
            if (t.kind() == Token.Kind.STRONG || t.kind() == Token.Kind.NUMBER || CLAUSE_ENDS.contains(t.lower())) break;
            if (t.kind() == Token.Kind.WEAK && j + 1 < right.size() && right.get(j + 1).lower().endsWith("ing")) {
                break; // "shooting three people, killing one": the participle tells of another count
            }
            Predicate p = predicateAt(right, j);
            if (p != null) {
                predicates.add(p.happened());
                predicateWords.add(p.words());
                predicateAt = j;
                break;
            }
        }
        boolean hostage = head.stream().anyMatch(t -> HOSTAGE_NOUNS.contains(t.lower()))
                || predicateWords.stream().anyMatch(w -> HOSTAGE_WORD.matcher(w).matches());
        String label = null;
        for (Happened kind : predicates) {
            label = label(kind, hostage, head);
            if (label != null) break;
        }
        if (label == null) {
            for (Token t : head) {
                if (nounMeasure(t.lower()) != null) label = nounMeasure(t.lower());
            }
            if ("votes".equals(label)) label = votes(right, headEnd);
        }
        return new Counted(head, headEnd, label, predicateAt);
    }

    /**
     * Whether a count of the dead or wounded is a running total ("over 32,000 people have perished", "the death
     * toll rose to", "since the war began") rather than the count of one attack ("1,200 people were killed").
     */
    private static boolean running(String sentence, List<Token> left, List<Token> right, Counted counted) {
        if (RUNNING_WORDS.matcher(sentence).find() || toll(left)) return true;
        for (int j = Math.max(0, left.size() - 3); j < left.size(); j++) {
            if (PERFECT.contains(left.get(j).lower())) return true;
        }
        int end = counted.predicateAt() >= 0 ? counted.predicateAt() : Math.min(right.size(), counted.headEnd() + 3);
        for (int j = counted.headEnd(); j < end; j++) {
            if (PERFECT.contains(right.get(j).lower())) return true;
        }
        return false;
    }

    /** A measure named by a predicate, or null when the predicate needs a hostage noun that is missing. */
    private static String label(Happened kind, boolean hostage, List<Token> head) {
        boolean prisoners = head.stream().anyMatch(t -> t.lower().equals("prisoners") || t.lower().equals("detainees"));
        return switch (kind) {
            case KILLED -> "killed";
            case WOUNDED -> "wounded";
            case TAKEN -> "taken hostage";
            case TAKE -> hostage ? "taken hostage" : null;
            case RELEASED -> hostage ? (prisoners ? "prisoners released" : "hostages released") : null;
            case HELD -> hostage ? "hostages held" : null;
            case DISPLACED -> "displaced or sheltering";
            case ARRESTED -> "arrested";
        };
    }

    /** A measure of a named group where the counted phrase names one ("civilians killed"), else of everyone. */
    private static Measure withGroup(String label, List<Token> head) {
        String group = null;
        if (grouped(label) && !head.isEmpty()) {
            int last = head.size() - 1;
            String noun = head.get(last).lower();
            if (COMPLEMENTS.contains(noun) && last > 0) last--;
            Token candidate = head.get(last);
            if (!GENERIC.contains(candidate.lower()) && !HOSTAGE_NOUNS.contains(candidate.lower())) {
                group = candidate.text();
            }
        }
        if (group == null) return new Measure(label + "|", label);
        return new Measure(label + "|" + singular(group), group + " " + label);
    }

    private static String votes(List<Token> right, int headEnd) {
        return votesFrom(right, headEnd, new Measure("votes|", "votes")).label();
    }

    /** Votes in favor, against, or of either kind, from the words after the count. */
    private static Measure votesFrom(List<Token> right, int from, Measure otherwise) {
        for (int j = from; j < right.size() && j < from + 3; j++) {
            String w = right.get(j).lower();
            if (w.equals("against")) return new Measure("votes against|", "votes against");
            if (w.equals("favor") || w.equals("favour") || (w.equals("for") && j == from)) {
                return new Measure("votes in favor|", "votes in favor");
            }
        }
        return otherwise;
    }

    /** A count measured by its own noun: "four battalions", "100 weapons delivered". */
    private static Measure ownNoun(List<Token> head, List<Token> right, int headEnd) {
        Token noun = head.get(head.size() - 1);
        String label = noun.text();
        String key = singular(noun.lower());
        if (headEnd < right.size() && right.get(headEnd).kind() == Token.Kind.WORD
                && right.get(headEnd).lower().endsWith("ed") && !STOP.contains(right.get(headEnd).lower())) {
            label += " " + right.get(headEnd).lower();
            key += " " + right.get(headEnd).lower();
        }
        return new Measure(key, label, true);
    }

    /** "The death toll has risen to 31,988": the count of the dead named before the number. */
    private static boolean toll(List<Token> left) {
        for (int j = left.size() - 1; j >= 0 && j >= left.size() - 8; j--) {
            Token t = left.get(j);
            if (t.kind() == Token.Kind.STRONG || t.kind() == Token.Kind.NUMBER) return false;
            if (t.lower().equals("toll")) return true;
        }
        return false;
    }

    /** The verb just before the number, past any determiner: "killed at least 8,000", "took 240". */
    private static Happened verbBefore(List<Token> left) {
        for (int j = left.size() - 1; j >= 0; j--) {
            Token t = left.get(j);
            if (t.kind() != Token.Kind.WORD) return null;
            if (DETERMINERS.contains(t.lower())) continue;
            return verb(t.lower());
        }
        return null;
    }
}
