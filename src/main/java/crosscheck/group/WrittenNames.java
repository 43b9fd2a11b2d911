package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names one report writes, read once per grouping: the words it writes for its own name stems, and the runs of
 * capitalised words in its title and sentences that are name words of any report of the grouping. The names it
 * writes over the name words of some of the reports (an event's, for its evidence; all, for the doubts) are then
 * these runs split at the words that are not among them ({@link #names}), with no text read again.
 *
 * @param words the words the report writes for its name stems ({@link #nameWords})
 * @param runs  its runs of name words, in the order it writes them: words in a row, each capitalised, one space
 *              apart, each a name word of the grouping
 */
record WrittenNames(List<String> words, List<List<String>> runs) {
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** The Unicode general categories of letters (L) and marks (M), as bits. */
    private static final int LETTERS_AND_MARKS = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK;
    /** Words of titles that come before a person's name: "Defense Secretary Lloyd Austin" is "Lloyd Austin". */
    private static final Set<String> TITLES = Set.of("president", "prime", "minister", "secretary", "defense",
            "defence", "foreign", "chief", "chairman", "director", "advisor", "adviser", "mayor", "governor", "general",
            "gen", "maj", "col", "brig", "lt", "sgt", "spokesman", "spokeswoman", "spokesperson", "ambassador",
            "senator", "sen", "rep", "dr", "mr", "mrs", "ms", "king", "queen", "prince", "pope", "sheikh", "leader",
            "commander", "envoy", "premier", "chancellor");

    WrittenNames {
        words = List.copyOf(words);
        runs = List.copyOf(runs);
    }

    /**
     * The words a report writes for its name stems, capitalised, days of the week and months left out: a name one
     * report writes only at the start of a sentence ("Yoav Gallant said") is known from the others.
     */
    static List<String> nameWords(AnalysedReport report) {
        List<String> out = new ArrayList<>();
        for (String stem : report.nameStems()) {
            String word = report.surfaces().get(stem);
            if (word == null || word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) continue;
            String lower = word.toLowerCase(Locale.ROOT);
            if (SharedEvidence.MONTHS.contains(lower) || WEEKDAYS.contains(lower)) continue;
            out.add(word);
        }
        return out;
    }

    /**
     * @param words     the report's name words ({@link #nameWords})
     * @param nameWords the name words of all the grouping's reports: a run breaks at any other word
     */
    static WrittenNames of(AnalysedReport report, List<String> words, Set<String> nameWords) {
        List<List<String>> runs = new ArrayList<>();
        for (String text : texts(report)) {
            List<String> run = new ArrayList<>();
            int end = -1;
            for (int start = nextWord(text, 0); start < text.length(); start = nextWord(text, end)) {
                boolean joined = end >= 0 && start == end + 1 && text.charAt(end) == ' ';
                if (!joined) run = endRun(run, runs);
                end = wordEnd(text, start);
                String word = Character.isUpperCase(text.charAt(start)) ? text.substring(start, end) : null;
                if (word != null && nameWords.contains(word)) run.add(word);
                else run = endRun(run, runs);
            }
            endRun(run, runs);
        }
        return new WrittenNames(words, runs);
    }

    /**
     * Where the next word starts at or after {@code from} (the text's length if none): a word is a letter or mark
     * (Unicode categories L and M), then letters, marks and hyphens, as the pattern
     * {@code [\p{L}\p{M}][\p{L}\p{M}\-]*} finds them, code point by code point.
     */
    private static int nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && !isLetterOrMark(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
        return i;
    }

    /** Where the word that starts at {@code start} ends. */
    private static int wordEnd(String text, int start) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length() && (isLetterOrMark(text.codePointAt(i)) || text.charAt(i) == '-')) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static boolean isLetterOrMark(int codePoint) {
        return (LETTERS_AND_MARKS >> Character.getType(codePoint) & 1) != 0;
    }

    /** Keeps the run if it holds a word; gives the list for the next run. */
    private static List<String> endRun(List<String> run, List<List<String>> runs) {
        if (run.isEmpty()) return run;
        runs.add(List.copyOf(run));
        return new ArrayList<>();
    }

    /** The name words of a set of reports, each once. */
    static Set<String> nameWords(Collection<WrittenNames> reports) {
        Set<String> out = new LinkedHashSet<>();
        for (WrittenNames report : reports) out.addAll(report.words);
        return out;
    }

    /** The names the report writes over all the grouping's name words: its runs, without the titles before a name. */
    Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> run : runs) out.add(withoutTitles(run));
        return out;
    }

    /**
     * The names the report writes over some of the grouping's name words: runs of capitalised words, each one of
     * {@code nameWords}, in the order it writes them; the titles before a name are left out when two words or more
     * follow them ("Mayor Franco Bassi" is "Franco Bassi").
     */
    Set<String> names(Set<String> nameWords) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> run : runs) {
            int start = 0;
            for (int i = 0; i <= run.size(); i++) {
                if (i < run.size() && nameWords.contains(run.get(i))) continue;
                if (i > start) out.add(withoutTitles(run.subList(start, i)));
                start = i + 1;
            }
        }
        return out;
    }

    /** The words of a name, without the titles before it when two words or more follow them. */
    private static String withoutTitles(List<String> run) {
        int last = -1;
        for (int i = 0; i < run.size(); i++) if (TITLES.contains(run.get(i).toLowerCase(Locale.ROOT))) last = i;
        int start = run.size() - (last + 1) >= 2 ? last + 1 : 0;
        return String.join(" ", run.subList(start, run.size()));
    }

    /** The title, then the sentences, as written. */
    static List<String> texts(AnalysedReport report) {
        List<String> out = new ArrayList<>();
        String title = report.report().title();
        if (title != null && !title.isBlank()) out.add(title);
        for (Sentence s : report.sentences()) out.add(s.text());
        return out;
    }
}
