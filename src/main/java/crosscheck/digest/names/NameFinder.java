package crosscheck.digest.names;

import crosscheck.analyse.Terms;
import crosscheck.digest.names.NameMention.Clue;
import crosscheck.digest.names.NameTokens.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the names in the sentences of one event without a statistical model: runs of capitalised words
 * (with particles, initials and "of" inside), split at titles and ranks, which are stripped and mark a
 * person; nationality adjectives stripped; kinds from the words around. A capitalised word that opens a
 * sentence or quotation counts only when the event also capitalises it inside a sentence (or it is an
 * acronym, a title or on the curated list); a capitalised word the event otherwise writes in lower case,
 * capitalised only once, is taken for an ordinary word at a name's edge ("Destroy Hamas", "President Biden
 * Invited" in machine translations).
 */
final class NameFinder {
    /** A stretch of a run that is one name; {@code role} the title before it in the run's words, or null. */
    private record Segment(int start, int end, boolean titled, String role) {
    }

    /** Months whose whole names are four letters or fewer, and may be given names ("Theresa May"). */
    private static final Set<String> SHORT_MONTH_NAMES = Set.of("May", "June", "July");
    /** Marks that open a quotation: curly quotes, guillemets, backticks (straight ones open and close alike). */
    private static final Set<String> OPENING_QUOTES = Set.of("“", "‘", "`", "«");

    private final Terms terms;
    private final Set<String> known;
    private final Set<String> midSentence = new HashSet<>();
    private final Map<String, Integer> capitalised = new HashMap<>();
    private final Set<String> lowerCaseStems = new HashSet<>();
    private final Map<String, List<String>> stems = new HashMap<>();

    /**
     * @param sentences the event's sentences that are not headlines, as {@link NameTokens}
     * @param terms     the stemmer
     * @param known     names and aliases of the curated list
     */
    NameFinder(List<List<Token>> sentences, Terms terms, Set<String> known) {
        this.terms = terms;
        this.known = known;
        Set<String> lower = new LinkedHashSet<>();
        for (List<Token> tokens : sentences) {
            int first = firstWord(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.capitalised()) {
                    capitalised.merge(t.text(), 1, Integer::sum);
                    if (!opens(tokens, i, first)) midSentence.add(t.text());
                } else if (t.lowerCase()) {
                    lower.add(t.text());
                }
            }
        }
        // each word once: words set apart by spaces are stemmed one by one
        lowerCaseStems.addAll(terms.stems(String.join(" ", lower)));
    }

    /** The names in one sentence of report {@code report}, given as {@link NameTokens}, in order. */
    List<NameMention> find(int report, List<Token> t) {
        List<NameMention> out = new ArrayList<>();
        int first = firstWord(t);
        int i = 0;
        while (i < t.size()) {
            if (!nameLike(t.get(i), true)) {
                i++;
                continue;
            }
            int end = i + 1;
            boolean closed = t.get(i).possessive() || t.get(i).tail();
            while (!closed && end < t.size()) {
                Token next = t.get(end);
                if (nameLike(next, false)) {
                    end++;
                    closed = next.possessive() || next.tail();
                } else if (connector(next) && end + 1 < t.size() && nameLike(t.get(end + 1), false)) {
                    end++;
                } else {
                    break;
                }
            }
            run(report, t, i, end, opens(t, i, first), out);
            i = end;
        }
        return out;
    }

    private void run(int report, List<Token> t, int from, int to, boolean opensSentence, List<NameMention> out) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) words.add(t.get(i).text());
        String opener = null; // a word that opens the sentence, left out of the name: may open a title's role
        if (opensSentence && !midSentence.contains(words.get(0)) && !known.contains(words.get(0))
                && !Titles.isTitleWord(words.get(0)) && !NameSpellings.isAcronym(words.get(0))) {
            opener = words.remove(0);
            from++;
            while (!words.isEmpty() && connector(t.get(from))) {
                words.remove(0);
                from++;
            }
        }
        if (words.isEmpty()) return;
        if (words.size() == 1 && countryPair(words.get(0))) {
            for (String part : words.get(0).split("-")) {
                if (Countries.isCountry(part)) out.add(country(part, report));
            }
            return;
        }
        List<Segment> segments = segments(words, opener, report, out);
        for (Segment s : segments) {
            EnumSet<Clue> context = EnumSet.noneOf(Clue.class);
            List<String> roles = new ArrayList<>();
            if (s.role() != null) roles.add(s.role());
            if (s.start() == 0) context.addAll(before(t, from, s.titled()));
            // the run's first name may also take a lower-case title before the run: "press secretary, Maj. Gen. X"
            if (s == segments.get(0) && (s.start() == 0 || s.titled())) roles.add(Roles.before(t, from));
            if (s.end() == words.size()) {
                context.addAll(after(t, to));
                if (to + 1 < t.size() && t.get(to).text().equals(",")) roles.add(Roles.apposition(t, to + 1));
            }
            if (s.titled()) context.add(Clue.TITLE);
            roles.removeIf(Objects::isNull);
            name(words.subList(s.start(), s.end()), report, context, s.titled(), segments.size() == 1, roles, out);
        }
    }

    /**
     * Splits a run at titles: "US Defense Secretary Lloyd Austin" is "US", then Lloyd Austin titled.
     *
     * @param opener the word that opened the run and the sentence, left out of the run ("Israeli"), or null
     */
    private List<Segment> segments(List<String> w, String opener, int report, List<NameMention> out) {
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        int k = 0;
        while (k < w.size()) {
            if (!Titles.isHead(w.get(k))) {
                k++;
                continue;
            }
            int s = k;
            while (s > start && (Titles.isModifier(w.get(s - 1))
                    || w.get(s - 1).equals("of") && s - 2 >= start && Titles.isModifier(w.get(s - 2)))) {
                s--;
            }
            int e = k + 1;
            List<String> countries = new ArrayList<>();
            while (e < w.size()) {
                String x = w.get(e);
                boolean of = x.equals("of") && e + 1 < w.size();
                if (Titles.isTitleWord(x)) {
                    e++;
                } else if (of && Titles.isModifier(w.get(e + 1))) {
                    e += 2;
                } else if (of && Countries.isCountry(w.get(e + 1))) {
                    countries.add(w.get(e + 1));
                    e += 2;
                } else {
                    break;
                }
            }
            int nameEnd = e;
            while (nameEnd < w.size() && !Titles.isHead(w.get(nameEnd))) nameEnd++;
            String last = w.get(nameEnd - 1);
            if (nameEnd > e && (NameWords.isOrganisationWord(last) || NameWords.isPlaceWord(last))) {
                k = nameEnd; // "General Assembly": a name, not a title
                continue;
            }
            boolean office = e < w.size() && w.get(e).equals("of"); // "Governor of Alaska": no name follows
            if (s > start) segments.add(new Segment(start, s, false, null));
            for (String country : countries) out.add(country(country, report));
            if (nameEnd > e) segments.add(new Segment(e, nameEnd, !office, office ? null : Roles.titled(w, start, s, e, start == 0 ? opener : null)));
            start = nameEnd;
            k = nameEnd;
        }
        if (start < w.size()) segments.add(new Segment(start, w.size(), false, null));
        return segments;
    }

    private void name(List<String> segment, int report, EnumSet<Clue> context, boolean titled, boolean whole,
                      List<String> roles, List<NameMention> out) {
        List<String> w = new ArrayList<>(segment);
        while (!w.isEmpty() && (connectorWord(w.get(0))
                || NameWords.isDemonym(w.get(0)) && !(w.size() == 2 && NameWords.isGeneric(w.get(1))))) {
            w.remove(0); // "Israeli Defense Minister", but "Republican Party"
        }
        if (w.size() >= 3 && w.get(1).equals("of") && List.of("State", "Republic", "Kingdom").contains(w.get(0))) {
            w = new ArrayList<>(w.subList(2, w.size()));
        }
        if (w.size() >= 2 && Countries.isAbbreviation(w.get(0))) {
            out.add(country(w.get(0), report));
            w.remove(0);
            context.remove(Clue.PREPOSITION);
        }
        boolean body = !w.isEmpty() && (NameWords.isOrganisationWord(w.get(w.size() - 1))
                || NameWords.isPlaceWord(w.get(w.size() - 1)));
        if (w.size() >= 2 && !titled && !body && ordinary(w.get(0))) w.remove(0);
        if (w.size() >= 2 && !body && ordinary(w.get(w.size() - 1))) w.remove(w.size() - 1);
        if (w.isEmpty() || w.size() == 1 && (!titled && ordinary(w.get(0)) || NameWords.isGeneric(w.get(0))
                || NameSpellings.normalise(w.get(0)).length() < 2)) {
            return;
        }
        if (w.stream().allMatch(word -> Titles.isTitleWord(word) || NameWords.isDemonym(word))) return;
        out.add(mention(w, report, context, whole && !context.contains(Clue.TITLE) && w.size() >= 2, roles));
    }

    private static NameMention country(String name, int report) {
        return mention(List.of(name), report, EnumSet.noneOf(Clue.class), false, List.of());
    }

    private static NameMention mention(List<String> words, int report, EnumSet<Clue> context, boolean runOn,
                                       List<String> roles) {
        EnumSet<Clue> clues = NameMention.spellingClues(words);
        clues.addAll(context);
        return new NameMention(String.join(" ", words), report, clues, runOn, roles);
    }

    /**
     * Clues before a run: "in (the southern) X", "militant group X", "spokesman X", "counterpart, X",
     * "the city of X", "city, X".
     */
    private static EnumSet<Clue> before(List<Token> t, int from, boolean titled) {
        EnumSet<Clue> clues = EnumSet.noneOf(Clue.class);
        if (from == 0 || titled) return clues;
        Token previous = t.get(from - 1);
        int p = from - 1;
        while (p >= 0 && t.get(p).lowerCase() && NameWords.isPlaceAdjective(t.get(p).text())) p--;
        if (p >= 0 && t.get(p).word() && NameWords.isPreposition(t.get(p).text())) clues.add(Clue.PREPOSITION);
        if (previous.lowerCase() && NameWords.isGroupNoun(previous.text())) clues.add(Clue.GROUP_CONTEXT);
        if (previous.lowerCase() && Titles.isLowerCase(previous.text())) clues.add(Clue.TITLE);
        if (from >= 2 && previous.text().equals(",") && t.get(from - 2).lowerCase()
                && Titles.isLowerCase(t.get(from - 2).text())) {
            clues.add(Clue.TITLE); // "his Israeli counterpart, Yoav Gallant,"
        }
        if (from >= 2 && (previous.text().equals("of") || previous.text().equals(","))
                && t.get(from - 2).lowerCase() && NameWords.isPlaceNoun(t.get(from - 2).text())) {
            clues.add(Clue.PLACE_CONTEXT);
        }
        return clues;
    }

    /**
     * Clues after a run: "X city", "X’s southernmost city", "X terror group", "X, the prime minister of",
     * "X said".
     */
    private static EnumSet<Clue> after(List<Token> t, int to) {
        EnumSet<Clue> clues = EnumSet.noneOf(Clue.class);
        if (to >= t.size()) return clues;
        Token last = t.get(to - 1);
        if (last.possessive()) {
            for (int i = to; i < Math.min(t.size(), to + 3) && t.get(i).lowerCase(); i++) {
                if (NameWords.isPlaceNoun(t.get(i).text())) clues.add(Clue.PLACE_CONTEXT);
            }
            return clues;
        }
        Token next = t.get(to);
        if (next.lowerCase() && NameWords.isPlaceNoun(next.text()) && !next.text().equals("state")) {
            clues.add(Clue.PLACE_CONTEXT);
        }
        if (next.lowerCase() && (NameWords.isGroupNoun(next.text())
                || to + 1 < t.size() && t.get(to + 1).lowerCase() && NameWords.isGroupNoun(t.get(to + 1).text()))) {
            clues.add(Clue.GROUP_CONTEXT);
        }
        if (next.text().equals(",") && apposition(t, to + 1)) clues.add(Clue.APPOSITION);
        if (next.lowerCase() && NameWords.isSpeech(next.text())) clues.add(Clue.SPEAKER);
        return clues;
    }

    /** ", the prime minister of", ", an Army general who": a title in apposition. */
    private static boolean apposition(List<Token> t, int from) {
        return Roles.appositionTitle(t, from) >= 0;
    }

    private boolean nameLike(Token token, boolean first) {
        if (!token.word()) return false;
        String text = token.text();
        if (Titles.isRankSuffix(text)) return !first;
        if (!token.capitalised() || NameWords.isWeekday(text) || NameWords.isNonName(text)) return false;
        boolean abbreviated = text.length() <= 4 && !SHORT_MONTH_NAMES.contains(text);
        if (NameWords.isMonth(text) && (first || abbreviated)) return false; // "Theresa May" but not "Nov"
        return NameSpellings.isAcronym(text) || known.contains(text) || !stems(text).isEmpty();
    }

    private static boolean connector(Token token) {
        return token.word() && connectorWord(token.text());
    }

    private static boolean connectorWord(String word) {
        return word.equals("of") || NameWords.isParticle(word);
    }

    /** A capitalised word the event otherwise writes in lower case, capitalised only here. */
    private boolean ordinary(String word) {
        if (known.contains(word) || NameSpellings.isAcronym(word) || Titles.isTitleWord(word)) return false;
        if (capitalised.getOrDefault(word, 0) > 1) return false;
        List<String> s = stems(word);
        return s.size() == 1 && lowerCaseStems.contains(s.get(0));
    }

    private List<String> stems(String word) {
        return stems.computeIfAbsent(word, terms::stems);
    }

    private static boolean countryPair(String word) {
        if (word.indexOf('-') < 0) return false;
        for (String part : word.split("-")) {
            if (!Countries.isCountry(part) && !NameWords.isDemonym(part)) return false;
        }
        return true;
    }

    /**
     * Whether the word at i opens a sentence or a quotation: "“Today in Gaza ...". Straight quotes open and
     * close alike, so only curly quotes, guillemets and backticks count.
     */
    private static boolean opens(List<Token> tokens, int i, int first) {
        return i == first || i > 0 && OPENING_QUOTES.contains(tokens.get(i - 1).text());
    }

    private static int firstWord(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word()) return i;
        }
        return -1;
    }
}
