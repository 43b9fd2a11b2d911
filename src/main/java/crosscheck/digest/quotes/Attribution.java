package crosscheck.digest.quotes;

import crosscheck.analyse.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence says is speaking: the words around a speech verb ("said", "told", "added", "according
 * to"). After a quotation: {@code ,” Austin said}, {@code ,” said Austin}, {@code ,” he added},
 * {@code ,” the minister’s office said in a statement}, {@code ,” according to NAME}. Before one:
 * {@code Netanyahu said: “}, and a speaker of the clause that leads into it ({@code Gallant said only that
 * ... “}). Speakers are kept as written; only what the words say is taken, nothing is guessed.
 */
final class Attribution {
    /** What kind of speaker a phrase names: a person, a body (office, ministry, officials), or a pronoun. */
    enum Type { PERSON, BODY, PRONOUN }

    /** A speaker as written and its kind. */
    record Speaker(String text, Type type) {
    }

    static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds", "stated",
            "states", "stressed", "noted", "notes", "wrote", "writes", "posted", "declared", "declares", "warned",
            "warns", "insisted", "insists", "explained", "explains", "continued", "asked", "asks", "urged", "urges",
            "announced", "announces", "claimed", "claims", "argued", "argues", "tweeted", "replied", "responded",
            "emphasized", "emphasised", "emphasizes", "emphasises", "acknowledged", "admitted", "commented",
            "remarked", "confirmed", "recalled", "cautioned", "vowed", "pledged", "predicted", "suggested",
            "concluded", "repeated", "reiterated", "underlined", "underscored", "observed", "saying", "adding",
            "stating", "noting", "telling", "writing", "testified", "informed", "notified", "complained",
            "conceded", "countered", "joked", "lamented", "boasted", "alleged", "shouted", "interjected", "concurred", "fumed", "mused", "tweets", "testifies");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "one", "another");
    /** Words that end a speaker phrase: prepositions, conjunctions, auxiliaries. */
    private static final Set<String> STOP = Set.of("in", "on", "at", "during", "after", "before", "while", "when",
            "who", "whom", "which", "that", "to", "from", "with", "as", "and", "or", "but", "by", "for", "about",
            "is", "was", "were", "are", "has", "had", "have", "will", "would", "also", "not", "then", "later",
            "this", "these", "those", "there", "it", "he", "she", "they", "we", "i", "be", "been", "said", "says",
            "told", "if", "so", "than", "into", "over", "under", "since", "until", "because", "though", "although");
    /** Capitalised words that open a clause rather than a name: "And Gallant said". */
    private static final Set<String> CONNECTIVES = Set.of("and", "but", "or", "so", "yet", "then", "also", "however",
            "meanwhile", "later", "now", "still", "earlier", "when", "while", "as", "if", "because", "since",
            "after", "before", "on", "in", "at", "for", "with", "from", "by", "today", "yesterday", "tonight",
            "finally", "instead", "separately", "asked", "speaking", "moreover", "furthermore", "additionally");
    /** Nouns of people by their role: a phrase ending in one names a person ("a senior defense official"). */
    private static final Set<String> PERSON_ROLES = Set.of("official", "spokesman", "spokeswoman", "spokesperson",
            "minister", "secretary", "president", "adviser", "advisor", "chief", "director", "leader", "commander",
            "envoy", "ambassador", "general", "premier", "chairman", "chairwoman", "diplomat", "negotiator",
            "mediator", "lawmaker", "senator", "governor", "mayor", "officer", "analyst", "expert", "witness",
            "source", "resident", "doctor", "member", "attorney", "lawyer", "counsel", "representative", "rep",
            "publicist", "manager", "agent", "coach", "ceo", "founder", "head", "professor", "researcher",
            "scientist", "judge", "prosecutor", "captain", "sheriff", "deputy", "aide", "friend", "neighbor",
            "neighbour", "father", "mother", "brother", "sister", "son", "daughter", "wife", "husband", "owner",
            "worker", "student", "teacher", "pastor", "priest", "bishop", "chancellor", "commissioner",
            "inspector", "detective", "editor", "reporter", "correspondent", "actor", "actress", "singer",
            "player", "victim", "survivor", "eyewitness", "organizer", "activist", "congressman",
            "congresswoman", "legislator", "economist", "scholar", "historian", "veteran", "candidate", "operative", "strategist", "pollster", "man", "woman", "nephew", "niece", "cousin",
            "uncle", "aunt", "grandmother", "grandfather", "relative", "partner", "colleague", "juror");
    /** Nouns of bodies and of groups of people: "it" or "they", never "he" or "she". */
    private static final Set<String> BODIES = Set.of("office", "ministry", "army", "military", "government",
            "department", "agency", "council", "committee", "command", "forces", "police", "authority",
            "authorities", "officials", "sources", "spokespeople", "administration", "cabinet", "pentagon",
            "statement", "group", "movement", "organization", "organisation", "embassy", "service", "services",
            "union", "court", "party", "coalition", "residents", "witnesses", "diplomats", "leaders", "members",
            "blog", "newspaper", "paper", "magazine", "website", "channel", "broadcaster", "network", "daily",
            "station", "report", "release", "readout", "communique", "letter", "company", "firm", "family",
            "team", "club", "board", "campaign", "prosecutors", "investigators", "rescuers");
    /** Most words of an apposition between a speaker and a speech verb. */
    static final int APPOSITION = 10;
    /** Determiners of one person the text does not name: "a local barber", "one juror". */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");
    /** Verbs that make a clause of what would be an apposition: "in Rochester, N.H., | Biden was unequivocal,". */
    private static final Set<String> FINITE = Set.of("is", "was", "are", "were", "has", "had", "have", "will",
            "would", "can", "could", "did", "does", "do");
    /** Most words of a speaker after a quotation, before its speech verb. */
    static final int AFTER = 10;
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to\\s+");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.){2,}|\\p{Lu}\\.|\\p{Lu}\\p{Ll}{0,3}\\.");
    private static final Pattern OPENING_ACCORDING_TO = Pattern.compile("^According to ([^,]+),");
    private static final Pattern LEADING_SPACE_AND_COMMAS = Pattern.compile("^[\\s,]+");
    private static final Pattern TRAILING_COLON_OR_COMMA = Pattern.compile("[:,]$");
    private static final String QUOTE_MARKS = "“”\"";

    private Attribution() {
    }

    /** The speaker the words right after a closing quotation mark name, up to the end of its sentence, or null. */
    static Speaker after(String tail) {
        String t = LEADING_SPACE_AND_COMMAS.matcher(tail).replaceFirst("");
        Matcher according = ACCORDING_TO.matcher(t);
        if (according.lookingAt()) return forward(words(t.substring(according.end())));
        String[] words = words(t);
        for (int k = 0; k < words.length && k <= AFTER; k++) {
            if (verb(words[k])) {
                if (k == 0) return forward(Arrays.copyOfRange(words, 1, words.length));
                Speaker s = phrase(Arrays.asList(words).subList(0, k));
                return s != null ? s : adjacent(Arrays.asList(words).subList(0, k)); // "Committee on X Chairman Y"
            }
            if (words[k].endsWith(",") && appositionThenVerb(words, k)) { // "Gallant, the defence minister, said"
                return phrase(Arrays.asList(words).subList(0, k + 1));
            }
            if (endsClause(words[k]) || hasQuoteMark(words[k])) break;
        }
        Matcher later = ACCORDING_TO.matcher(t);
        if (later.find() && !hasQuoteMark(t.substring(0, later.start()))) {
            return forward(words(t.substring(later.end())));
        }
        return null;
    }

    /**
     * The speaker the part of a sentence before an opening quotation mark names: a speech verb right before it
     * ("Netanyahu said: “"), "according to NAME, “", or the speaker of the clause that leads into the quotation
     * with no comma between ("Gallant said only that the meeting would ... “").
     */
    static Speaker before(String head) {
        String t = TRAILING_COLON_OR_COMMA.matcher(head.strip()).replaceFirst("").strip();
        if (t.isEmpty()) return null;
        String[] words = words(t);
        int last = words.length - 1;
        if (verb(words[last]) && !endsClause(words[last])) {
            return before(Arrays.asList(words).subList(0, last));
        }
        Matcher according = ACCORDING_TO.matcher(t);
        int from = -1;
        while (according.find()) from = according.end();
        if (from >= 0 && !hasQuoteMark(t.substring(from))) {
            Speaker s = forward(words(t.substring(from)));
            if (s != null && Words.count(t.substring(from)) == Words.count(s.text())) return s;
        }
        for (int k = last; k >= 0 && k >= last - 40; k--) {
            if (hasQuoteMark(words[k]) || (k < last && endsClause(words[k]))) return null;
            if (verb(words[k])) { // the speaker before the verb, else after it: "”, says ADA Fairman, “"
                Speaker s = before(Arrays.asList(words).subList(0, k));
                return s != null || k == last ? s : forward(Arrays.copyOfRange(words, k + 1, last + 1));
            }
        }
        return null;
    }

    /** The speaker a sentence names with a speech verb ("Galante said it was ..."), the last one, or null. */
    static Speaker inSentence(String sentence) {
        String[] words = words(sentence);
        for (int k = words.length - 1; k >= 0; k--) { // the last verb with a speaker that is not a pronoun
            if (verb(words[k])) {
                Speaker s = before(Arrays.asList(words).subList(0, k));
                if (s != null && s.type() != Type.PRONOUN) return s;
            }
        }
        Matcher according = OPENING_ACCORDING_TO.matcher(sentence);
        return according.find() ? forward(words(according.group(1) + ",")) : null;
    }

    /** Whether a word is a speech verb: written in lower case ("states", not "United States"). */
    private static boolean verb(String word) {
        String w = clean(word);
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && VERBS.contains(w);
    }

    /**
     * Whether an apposition follows word {@code comma} (which ends with a comma), then a speech verb, with or without
     * a comma between: "Gallant, the defence minister, said", "John Ullyot, a council spokesman said".
     */
    private static boolean appositionThenVerb(String[] words, int comma) {
        for (int k = comma + 1; k < words.length && k <= comma + APPOSITION; k++) {
            if (hasQuoteMark(words[k]) || FINITE.contains(clean(words[k]).toLowerCase(Locale.ROOT))) return false;
            if (verb(words[k])) return k > comma + 1;
            if (words[k].endsWith(",")) return k + 1 < words.length && verb(words[k + 1]);
            if (endsClause(words[k])) return false;
        }
        return false;
    }

    /**
     * Where an apposition that follows word {@code comma} (which ends with a comma) ends: the next word ending with a
     * comma, at most {@value #APPOSITION} words on and with no quotation mark or other clause end between; -1 if none.
     */
    private static int appositionEnd(String[] words, int comma) {
        for (int k = comma + 1; k < words.length && k <= comma + APPOSITION; k++) {
            if (hasQuoteMark(words[k]) || FINITE.contains(clean(words[k]).toLowerCase(Locale.ROOT))) return -1;
            if (words[k].endsWith(",")) return k;
            if (endsClause(words[k])) return -1;
        }
        return -1;
    }

    /**
     * The speaker named just before a speech verb: a pronoun, a phrase with a determiner, or a name; or the name
     * before an apposition set off by commas ("Gallant, the defence minister, | said", "Gallant, speaking at the
     * Pentagon, | warned").
     */
    private static Speaker before(List<String> words) {
        Speaker s = adjacent(words);
        if (s != null || words.isEmpty() || !words.get(words.size() - 1).endsWith(",")) return s;
        String[] all = words.toArray(String[]::new);
        for (int k = all.length - 2; k >= 0 && k >= all.length - 1 - APPOSITION; k--) {
            if (hasQuoteMark(all[k])) return null;
            if (!all[k].endsWith(",")) continue;
            if (appositionEnd(all, k) != all.length - 1) return null;
            List<String> name = new ArrayList<>(words.subList(0, k + 1));
            name.set(k, all[k].substring(0, all[k].length() - 1));
            Speaker named = adjacent(name);
            return named == null || named.type() == Type.PRONOUN ? null : named;
        }
        return null;
    }

    /** The speaker named right before a speech verb: a pronoun, a phrase with a determiner, or a name. */
    private static Speaker adjacent(List<String> words) {
        List<String> run = new ArrayList<>();
        for (int k = words.size() - 1; k >= 0 && run.size() < 7; k--) {
            String w = words.get(k);
            if (endsClause(w) || hasQuoteMark(w) || w.contains("(") || w.contains(")")) break;
            run.add(0, w);
        }
        if (run.isEmpty()) return null;
        String lastWord = run.get(run.size() - 1).toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lastWord)) return new Speaker(run.get(run.size() - 1), Type.PRONOUN);
        for (int j = run.size() - 1; j >= 0; j--) {
            String lower = run.get(j).toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(lower)) {
                Speaker s = phrase(run.subList(j, run.size()));
                if (s != null) return s;
                break;
            }
            if (STOP.contains(lower)) break;
        }
        int start = run.size();
        while (start > 0 && nameWord(run, start - 1)) start--;
        while (start < run.size() && CONNECTIVES.contains(run.get(start).toLowerCase(Locale.ROOT))) start++;
        if (start >= run.size()) return null;
        return phrase(run.subList(start, run.size()));
    }

    /** A name word: capitalised, an initial, an acronym, a role word, or "of" inside a name. */
    private static boolean nameWord(List<String> run, int k) {
        String w = run.get(k);
        if (Character.isUpperCase(w.codePointAt(0))) return true;
        String lower = w.toLowerCase(Locale.ROOT);
        if (PERSON_ROLES.contains(singular(lower)) || BODIES.contains(lower)) return true;
        return (lower.equals("of") || lower.equals("al") || lower.equals("bin")) && k > 0
                && Character.isUpperCase(run.get(k - 1).codePointAt(0));
    }

    /**
     * A speaker phrase that follows a speech verb or "according to": up to a comma, a stop word or the end; a
     * role set off from the name that ends the sentence ("said Biancardi’s attorney, James Zeszutek.") gives the
     * name.
     */
    private static Speaker forward(String[] words) {
        List<String> run = new ArrayList<>();
        for (String w : words) {
            if (hasQuoteMark(w) || run.size() >= 10) break;
            String lower = clean(w).toLowerCase(Locale.ROOT);
            if (!run.isEmpty() && STOP.contains(lower)) break;
            run.add(w);
            if (endsClause(w) || (w.endsWith(".") && !ABBREVIATION.matcher(w).matches())) break;
        }
        if (run.isEmpty()) return null;
        Speaker role = phrase(run);
        for (int n = run.size() - 1; role == null && n >= 1; n--) { // "NAME of the X", "Lawrence yesterday"
            Speaker shorter = phrase(run.subList(0, n));
            if (shorter != null && shorter.type() != Type.PRONOUN) role = shorter;
        }
        if ((role == null || role.type() == Type.PERSON) && run.get(run.size() - 1).endsWith(",")) {
            List<String> name = new ArrayList<>(); // "her nephew, | Ravi Singh, 32, of Coney Island."
            for (int k = run.size(); k < words.length && name.size() < 4; k++) {
                if (!Character.isUpperCase(words[k].codePointAt(0)) || hasQuoteMark(words[k])) break;
                name.add(words[k]);
                if (words[k].endsWith(",") || words[k].endsWith(".")) break;
            }
            String last = name.isEmpty() ? "" : name.get(name.size() - 1);
            if (last.endsWith(",") || (last.endsWith(".") && !ABBREVIATION.matcher(last).matches())) {
                Speaker named = phrase(name);
                if (named != null && named.type() == Type.PERSON) return named;
            }
        }
        return role;
    }

    /** Whether words name a speaker, and of what kind; punctuation at the end is dropped. */
    private static Speaker phrase(List<String> words) {
        if (words.isEmpty() || words.size() > 10) return null;
        List<String> clean = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            String w = k == words.size() - 1 ? clean(words.get(k)) : words.get(k);
            if (w.isEmpty() || hasQuoteMark(w)) return null;
            if (k < words.size() - 1 && endsClause(w)) return null;
            clean.add(w);
        }
        String first = clean.get(0).toLowerCase(Locale.ROOT);
        String last = clean.get(clean.size() - 1).toLowerCase(Locale.ROOT);
        String text = String.join(" ", clean);
        if (clean.size() == 1 && PRONOUNS.contains(first)) return new Speaker(text, Type.PRONOUN);
        for (int k = 1; k < clean.size(); k++) {
            String lower = clean.get(k).toLowerCase(Locale.ROOT);
            if (STOP.contains(lower) || DETERMINERS.contains(lower) || PRONOUNS.contains(lower)) return null;
        }
        boolean capitalised = Character.isUpperCase(clean.get(0).codePointAt(0));
        boolean determined = DETERMINERS.contains(first);
        boolean lastIsName = Character.isUpperCase(clean.get(clean.size() - 1).codePointAt(0));
        boolean role = PERSON_ROLES.contains(singular(last)) || BODIES.contains(last);
        boolean someone = determined && INDEFINITE.contains(first) && clean.size() <= 4
                && clean.stream().allMatch(w -> w.chars().allMatch(Character::isLetter)); // "a local barber"
        if (determined && (clean.size() == 1 || !(role || lastIsName || someone))) return null;
        if (!determined && !capitalised && !role) return null;
        if (!determined && !lastIsName && !role) return null;
        if (determined && clean.size() > 6) return null;
        boolean body = BODIES.contains(last) || (last.endsWith("s") && PERSON_ROLES.contains(singular(last)))
                || (determined && !role && !someone);
        if (capitalised && !determined && lastIsName && CONNECTIVES.contains(first)) return null;
        return new Speaker(text, body ? Type.BODY : Type.PERSON);
    }

    private static String singular(String word) {
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static String[] words(String text) {
        return WhiteSpace.words(text.strip());
    }

    /** A word without the punctuation after it. */
    private static String clean(String word) {
        int end = word.length(); // as replaceAll("[.,;:!?”\"’)]+$", ""), without compiling a pattern per word
        while (end > 0 && ".,;:!?”\"’)".indexOf(word.charAt(end - 1)) >= 0) end--;
        return word.substring(0, end);
    }

    /** Whether a word ends a clause: a comma, semicolon, colon, or a mark ending a sentence. */
    static boolean endsClause(String word) {
        // as word.matches(".*[,;:!?]+[”\"’)]*$"), without a pattern per word: "." takes no line terminator
        int end = word.length();
        while (end > 0 && "”\"’)".indexOf(word.charAt(end - 1)) >= 0) end--;
        if (end == 0 || ",;:!?".indexOf(word.charAt(end - 1)) < 0) return false;
        for (int i = 0; i < word.length(); i++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(word.charAt(i)) >= 0) return false;
        }
        return true;
    }

    private static boolean hasQuoteMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
