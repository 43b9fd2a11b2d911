package crosscheck.dates;

import crosscheck.dates.ReportedDay.Tense;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense around a place in one sentence: the verb markers of the sentence are read once (past: a lower-case word
 * ending in "ed" or a common irregular past such as "met", "said", "was"; future: "will", "shall", "'ll", "scheduled
 * to", "expected to", "set to", "plans to", "due to" after a form of "be", "is expected", "are due" (without "to"),
 * "next", "upcoming"), and each place asks for
 * the nearest one in its clause (between semicolons): the closest before it, else the first after it. Lookups
 * are binary searches, so a sentence with many days costs n log n, not n times m.
 */
final class Tenses {
    private static final Set<String> IRREGULAR_PAST = Set.of("met", "said", "told", "held", "went", "came", "took",
            "made", "gave", "left", "began", "fought", "struck", "sent", "spoke", "wrote", "won", "lost", "led",
            "fled", "flew", "rose", "fell", "saw", "found", "brought", "thought", "stood", "ran", "shot", "broke",
            "chose", "drove", "got", "knew", "paid", "sold", "spent", "stole", "threw", "woke", "became", "was",
            "were", "had", "did", "hit", "quit", "sought", "caught", "taught", "felt", "kept", "meant", "slept",
            "swept", "wept", "built", "lent", "bent", "dealt", "heard", "laid", "sank", "sang", "swore", "tore",
            "wore", "bore", "froze", "hid", "bit", "lit", "slid", "spun", "strove", "shook", "undertook", "overtook",
            "withdrew", "drew", "grew", "blew", "arose", "forbade", "forgave", "foresaw", "upheld");
    /** Words ending in "ed" that are no past tense. */
    private static final Set<String> NOT_PAST = Set.of("need", "needed", "red", "bed", "seed", "speed", "feed",
            "shed", "hundred", "indeed", "united", "breed", "creed", "deed", "greed", "heed", "weed", "steed", "proceed",
            "exceed", "succeed", "armed", "so-called", "alleged", "proposed", "detailed", "limited", "based",
            "concerned", "interested", "embed", "wed");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "next", "upcoming", "tomorrow", "'ll",
            "won't", "wo");
    /** Future when followed by "to": "scheduled to meet", "expected to arrive". */
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("scheduled", "expected", "set", "plans", "plan",
            "planning", "going", "due", "slated", "poised", "intends", "hopes", "aims");
    /** Future before "to" only after a form of "be": "is set to", "are due to" (not "set to work", "due to rain"). */
    private static final Set<String> NEEDS_BE = Set.of("set", "due");
    /** Future after a present form of "be" even without "to": "are expected Friday", "is due Monday". */
    private static final Set<String> EXPECTED = Set.of("expected", "due", "scheduled", "slated");
    private static final Set<String> BE = Set.of("is", "are", "am", "be", "being", "'s", "'re");

    private final int[] starts;
    private final Tense[] tenses;
    /** Where the semicolons are, in order: the clauses' bounds. */
    private final int[] semicolons;
    /** The words of the markers, lower case, in order. */
    private final List<String> words;

    private Tenses(int[] starts, Tense[] tenses, int[] semicolons, List<String> words) {
        this.starts = starts;
        this.tenses = tenses;
        this.semicolons = semicolons;
        this.words = words;
    }

    /** Whether the sentence has a verb that tells its tense, other than the given words. */
    boolean hasVerbBesides(Set<String> ignored) {
        for (String word : words) {
            if (!ignored.contains(word)) return true;
        }
        return false;
    }

    /** The markers of one sentence. */
    static Tenses of(String sentence) {
        List<int[]> words = words(sentence);
        List<String> lowered = new ArrayList<>(words.size()); // each word in lower case, once
        for (int[] w : words) lowered.add(lowerWord(sentence, w));
        List<Integer> starts = new ArrayList<>();
        List<Tense> tenses = new ArrayList<>();
        List<String> markerWords = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            String lower = lowered.get(i);
            String next = i + 1 < words.size() ? lowered.get(i + 1) : "";
            String previous = i > 0 ? lowered.get(i - 1) : "";
            Tense tense = null;
            if (FUTURE_WORDS.contains(lower) || lower.endsWith("'ll")) {
                tense = Tense.FUTURE;
            } else if (FUTURE_BEFORE_TO.contains(lower) && next.equals("to")
                    && (!NEEDS_BE.contains(lower) || BE.contains(previous) || previous.endsWith("'s")
                            || previous.endsWith("'re"))) {
                tense = Tense.FUTURE;
            } else if (EXPECTED.contains(lower) && (BE.contains(previous) || previous.endsWith("'s")
                    || previous.endsWith("'re"))) {
                // "charges are expected Friday", "a ruling is due Monday": to come, with or without "to"
                tense = Tense.FUTURE;
            } else if (isPast(lower) && sentence.substring(w[0], w[1]).equals(lower)) {
                // "will be held", "to be handed out": a participle after "be" tells of what is to come
                tense = previous.equals("be") ? Tense.FUTURE : Tense.PAST;
            }
            if (tense != null) {
                starts.add(w[0]);
                tenses.add(tense);
                markerWords.add(lower);
            }
        }
        int[] s = new int[starts.size()];
        for (int i = 0; i < s.length; i++) s[i] = starts.get(i);
        int[] semicolons = java.util.stream.IntStream.range(0, sentence.length())
                .filter(i -> sentence.charAt(i) == ';').toArray();
        return new Tenses(s, tenses.toArray(new Tense[0]), semicolons, List.copyOf(markerWords));
    }

    /** The tense of the words around {@code start..end}: the nearest marker before in the clause, else after. */
    Tense around(int start, int end) {
        int previous = lastBefore(semicolons, start);
        int clauseStart = previous < 0 ? 0 : semicolons[previous] + 1;
        int next = lastBefore(semicolons, end) + 1;
        int clauseEnd = next < semicolons.length ? semicolons[next] : Integer.MAX_VALUE;
        int before = lastBefore(starts, start);
        if (before >= 0 && starts[before] >= clauseStart) return tenses[before];
        int after = lastBefore(starts, end) + 1;
        if (after < starts.length && starts[after] < clauseEnd) return tenses[after];
        return Tense.UNMARKED;
    }

    /** The index of the last of the sorted positions that is before {@code position}, or -1. */
    private static int lastBefore(int[] positions, int position) {
        int lo = 0;
        int hi = positions.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (positions[mid] < position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static boolean isPast(String word) {
        if (IRREGULAR_PAST.contains(word)) return true;
        return word.length() >= 4 && word.endsWith("ed") && !NOT_PAST.contains(word);
    }

    private static String lowerWord(String sentence, int[] w) {
        return sentence.substring(w[0], w[1]).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The words: runs of letters, with an apostrophe or hyphen inside ("won't", "so-called", "'ll"). */
    private static List<int[]> words(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            boolean apostropheStart = (c == '\'' || c == '’') && i + 1 < n && Character.isLetter(s.charAt(i + 1));
            if (!Character.isLetter(c) && !apostropheStart) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n) {
                char d = s.charAt(i);
                if (Character.isLetter(d)) {
                    i++;
                } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            out.add(new int[] {start, i});
        }
        return out;
    }
}
