package crosscheck.digest.figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * The words of the things conflict news counts: verbs and phrases saying what happened to those counted
 * (killed, perished, taken hostage, took ... prisoner, uprooted, taken refuge, ...), nouns naming a count
 * (deaths, hostages, votes, ...), and nouns of people in general (people, others, victims). General English,
 * not the wording of any one report.
 */
final class CountWords {
    /** What happened to those counted, as a verb says it. */
    enum Happened { KILLED, WOUNDED, TAKEN, TAKE, RELEASED, HELD, DISPLACED, ARRESTED }

    /** A phrase of a verb found among the words after or before a count. */
    record Predicate(Happened happened, String words, int length) {
    }

    private static final Map<String, Happened> PREDICATES = predicates();
    private static final int LONGEST_PREDICATE = 4;
    /** Nouns that name what is counted when no verb does. */
    private static final Map<String, String> NOUN_MEASURES = Map.ofEntries(
            Map.entry("deaths", "killed"), Map.entry("death", "killed"), Map.entry("dead", "killed"),
            Map.entry("fatalities", "killed"), Map.entry("injuries", "wounded"), Map.entry("wounded", "wounded"),
            Map.entry("injured", "wounded"), Map.entry("hostages", "hostages"), Map.entry("captives", "hostages"),
            Map.entry("kidnappees", "hostages"), Map.entry("abductees", "hostages"),
            Map.entry("prisoners", "prisoners"), Map.entry("detainees", "prisoners"),
            Map.entry("refugees", "displaced or sheltering"), Map.entry("casualties", "casualties"),
            Map.entry("votes", "votes"), Map.entry("abstentions", "abstentions"));
    static final Set<String> HOSTAGE_NOUNS = Set.of("hostage", "hostages", "prisoner", "prisoners", "captive",
            "captives", "kidnappees", "abductees", "detainees");
    /** "Took 240 others prisoner": the singular noun after the counted one says what became of them. */
    static final Set<String> COMPLEMENTS = Set.of("hostage", "prisoner", "captive");
    /** Nouns that count people in general: no group of their own. */
    static final Set<String> GENERIC = Set.of("people", "persons", "individuals", "others", "victims", "lives",
            "deaths", "death", "dead", "fatalities", "casualties", "bodies", "souls", "injuries", "wounded", "injured");
    /** Measures whose count of a named group ("civilians killed") differs from the count of everyone. */
    private static final Set<String> GROUPED = Set.of("killed", "wounded", "taken hostage", "hostages held",
            "hostages released", "prisoners released", "arrested", "casualties", "hostages", "prisoners");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "women", "men", "police",
            "personnel", "staff", "aircraft", "cattle", "livestock");
    /** Other counted nouns that make a year-like number a count ("2000 troops"). */
    private static final Set<String> COUNT_NOUNS = Set.of("people", "persons", "individuals", "civilians", "children",
            "women", "soldiers", "troops", "fighters", "militants", "weapons", "rockets", "missiles", "trucks",
            "homes", "buildings", "families", "residents", "palestinians", "israelis");
    /** Nouns counted as one thing: "munitions" and "arms" are weapons, "gunmen" fighters, "soldiers" troops. */
    private static final Map<String, String> SYNONYMS = Map.of("munitions", "weapon", "arms", "weapon",
            "militants", "fighter", "combatants", "fighter", "gunmen", "fighter", "soldiers", "troop");

    private CountWords() {
    }

    /** Whether a word names something counted. */
    static boolean countNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return NOUN_MEASURES.containsKey(lower) || PREDICATES.containsKey(lower) || HOSTAGE_NOUNS.contains(lower)
                || COUNT_NOUNS.contains(lower);
    }

    /** The measure a noun names ("deaths" -> "killed"), or null. */
    static String nounMeasure(String lower) {
        return NOUN_MEASURES.get(lower);
    }

    /** What a single verb says happened ("killed", "took"), or null. */
    static Happened verb(String lower) {
        return PREDICATES.get(lower);
    }

    /** Whether counts of a named group are kept apart for this measure. */
    static boolean grouped(String label) {
        return GROUPED.contains(label.replace(" in all", ""));
    }

    /** Whether a word looks like a plural noun: the counted phrase ends with it ("four battalions made up of"). */
    static boolean plural(String word) {
        if (IRREGULAR_PLURALS.contains(word)) return true;
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
    }

    /** The longest predicate phrase starting at a token, or null. */
    static Predicate predicateAt(List<Token> tokens, int at) {
        for (int length = LONGEST_PREDICATE; length >= 1; length--) {
            if (at + length > tokens.size()) continue;
            StringBuilder words = new StringBuilder();
            boolean ok = true;
            for (int k = at; k < at + length; k++) {
                if (tokens.get(k).kind() != Token.Kind.WORD) ok = false;
                if (k > at) words.append(' ');
                words.append(tokens.get(k).lower());
            }
            Happened happened = ok ? PREDICATES.get(words.toString()) : null;
            if (happened != null) return new Predicate(happened, words.toString(), length);
        }
        return null;
    }

    /** The key of a counted noun: singular (Lucene's minimal English stemmer), synonyms as one. */
    static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (SYNONYMS.containsKey(lower)) return SYNONYMS.get(lower);
        char[] chars = lower.toCharArray();
        return new String(chars, 0, new EnglishMinimalStemmer().stem(chars, chars.length));
    }

    private static Map<String, Happened> predicates() {
        Map<String, Happened> p = new TreeMap<>();
        put(p, Happened.KILLED, "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "perished",
                "perish", "slain", "murdered", "massacred", "lost their lives", "lost lives", "lost their life");
        put(p, Happened.WOUNDED, "wounded", "injured", "hurt", "wounding", "injuring");
        put(p, Happened.TAKEN, "taken hostage", "taken captive", "taken prisoner", "took hostage", "kidnapped",
                "abducted", "kidnapping", "abducting");
        put(p, Happened.TAKE, "taken", "took", "take", "taking", "seized", "captured");
        put(p, Happened.RELEASED, "released", "freed", "returned", "exchanged", "swapped", "set free", "release",
                "freeing", "releasing");
        put(p, Happened.HELD, "held", "holds", "hold", "holding", "remain", "remained", "remaining", "still held",
                "held hostage", "held captive");
        put(p, Happened.DISPLACED, "displaced", "uprooted", "fled", "evacuated", "homeless", "taken refuge",
                "sought refuge", "seeking refuge", "found refuge", "taking refuge", "found sanctuary",
                "sought sanctuary", "sheltering", "taken shelter", "sought shelter", "found shelter",
                "forced from their homes", "forced to flee");
        put(p, Happened.ARRESTED, "arrested", "detained", "jailed", "imprisoned");
        return Map.copyOf(p);
    }

    private static void put(Map<String, Happened> map, Happened happened, String... phrases) {
        for (String phrase : phrases) map.put(phrase, happened);
    }
}
