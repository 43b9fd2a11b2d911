package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.dates.ReportedDay;
import crosscheck.dates.ReportedDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an event's {@link GroupingEvidence} from its reports and what the grouping compared them on: names as the
 * reports write them (runs of capitalised words whose stems are the reports' name stems), figures with the word
 * after them, days read with {@link ReportedDays}, and each report's rare names, rare phrases and similarity to the
 * others ({@link SpecificEvidence}, {@link SimilarityGraph}).
 */
final class SharedEvidence {
    static final int NAMES = 10;
    static final int FIGURES = 6;
    static final int DAYS = 4;
    /** A number as written ("32,000", "1.5", "40%"), then optionally a magnitude and one word. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(%| per ?cent| percent)?"
                    + "(?: (million|billion|thousand))?(?![\\d])(?:,? ?([\\p{L}]+))?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\d{1,2}");
    /** Names of the months and their abbreviations, lower-cased. */
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    /** Words after a number that say nothing of what it counts. */
    private static final Set<String> EMPTY_AFTER = Set.of("of", "and", "or", "the", "a", "an", "in", "on", "at", "to",
            "by", "for", "from", "with", "as", "is", "was", "were", "are", "that", "which", "who", "s");

    private SharedEvidence() {
    }

    /**
     * What the reports of an event write in common: the names, figures and days of its {@link GroupingEvidence}. It
     * depends on those reports alone, in the event's order, so a later grouping may reuse it ({@link GroupingMemo}).
     */
    record Written(List<String> names, List<String> figures, List<LocalDate> days) {
        static Written of(List<ReportFeatures> members) {
            List<AnalysedReport> reports = members.stream().map(r -> r.article).toList();
            return new Written(SharedEvidence.names(members.stream().map(r -> r.writtenNames).toList()),
                    SharedEvidence.figures(reports), SharedEvidence.days(reports));
        }
    }

    /**
     * The evidence of one event: what its reports write in common, taken from the memo when it knows them, and how
     * each is tied to the others in this grouping.
     *
     * @param members    its reports, in the event's order
     * @param evidence   the rare phrases and names of the grouping's reports, by report index
     * @param neighbours the edges of the grouping's similarity graph, by report index
     */
    static GroupingEvidence of(List<ReportFeatures> members, SpecificEvidence evidence,
                               SimilarityGraph.Neighbours neighbours, GroupingMemo memo) {
        if (members.size() < 2) return GroupingEvidence.NONE;
        Written written = memo.written(members);
        return new GroupingEvidence(written.names(), written.figures(), written.days(),
                ties(members, evidence, neighbours));
    }

    /**
     * Names at least two reports write, the whole name where one is part of a longer shared one ("Yoav Gallant",
     * not "Gallant" too), counted as the most reports of its parts; most reports first, then longest, then
     * alphabetical.
     */
    static List<String> names(List<WrittenNames> reports) {
        Set<String> nameWords = WrittenNames.nameWords(reports);
        Map<String, Integer> counts = new TreeMap<>();
        for (WrittenNames report : reports) report.names(nameWords).forEach(n -> counts.merge(n, 1, Integer::sum));
        List<String> shared = counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                .toList();
        Map<String, Integer> score = new HashMap<>();
        for (String name : shared) {
            List<String> words = Arrays.asList(name.split(" "));
            boolean partOfLonger = shared.stream().anyMatch(other -> !other.equals(name)
                    && Arrays.asList(other.split(" ")).containsAll(words) && other.length() > name.length());
            if (partOfLonger) continue;
            int most = counts.get(name);
            for (String part : shared) {
                if (Arrays.asList(part.split(" ")).stream().allMatch(words::contains)) most = Math.max(most, counts.get(part));
            }
            score.put(name, most);
        }
        return score.keySet().stream()
                .sorted(Comparator.comparing((String n) -> -score.get(n)).thenComparing(n -> -n.split(" ").length)
                        .thenComparing(Comparator.naturalOrder()))
                .limit(NAMES).toList();
    }

    /**
     * Figures at least two reports give: the number with the word after it when two reports write both alike
     * ("32,000 killed"), else the number as most reports write it. Years and days of a month are left to the days.
     */
    static List<String> figures(List<AnalysedReport> reports) {
        Map<String, Map<String, Integer>> phrases = new TreeMap<>(); // by figure, "number word" -> reports
        Map<String, Map<String, Integer>> written = new TreeMap<>(); // by figure, number as written -> reports
        Map<String, Integer> reportsOf = new HashMap<>(); // by figure
        for (AnalysedReport report : reports) {
            Map<String, Set<String>> phrasesOf = new HashMap<>();
            Map<String, Set<String>> writtenOf = new HashMap<>();
            for (String text : WrittenNames.texts(report)) {
                if (!hasDigit(text)) continue; // the common case: no figure to find
                Matcher m = FIGURE.matcher(text);
                while (m.find()) {
                    if (isDate(text, m)) continue;
                    String number = m.group(1) + (m.group(2) == null ? "" : m.group(2))
                            + (m.group(3) == null ? "" : " " + m.group(3));
                    String key = number.replace(",", "").toLowerCase(Locale.ROOT);
                    writtenOf.computeIfAbsent(key, k -> new HashSet<>()).add(number);
                    String word = m.group(4);
                    if (word != null && !EMPTY_AFTER.contains(word.toLowerCase(Locale.ROOT))) {
                        phrasesOf.computeIfAbsent(key, k -> new HashSet<>())
                                .add(number + " " + word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            writtenOf.keySet().forEach(k -> reportsOf.merge(k, 1, Integer::sum));
            writtenOf.forEach((k, v) -> v.forEach(w -> written.computeIfAbsent(k, x -> new TreeMap<>()).merge(w, 1, Integer::sum)));
            phrasesOf.forEach((k, v) -> v.forEach(p -> phrases.computeIfAbsent(k, x -> new TreeMap<>()).merge(p, 1, Integer::sum)));
        }
        List<String> keys = reportsOf.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            String best = top(phrases.getOrDefault(key, Map.of()), 2);
            out.add(best != null ? best : top(written.get(key), 1));
            if (out.size() == FIGURES) break;
        }
        return out;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= '0' && text.charAt(i) <= '9') return true;
        return false;
    }

    /** The entry most reports have, at least {@code least} of them; the first on a tie; null when none. */
    private static String top(Map<String, Integer> counts, int least) {
        String best = null;
        int most = least - 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** Whether the number found is a year or the day of a month ("March 26", "26 March", "2024"). */
    private static boolean isDate(String text, Matcher m) {
        String digits = m.group(1);
        if (m.group(2) != null || m.group(3) != null) return false;
        if (YEAR.matcher(digits).matches()) return true;
        if (!DAY_OF_MONTH.matcher(digits).matches()) return false;
        String after = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
        if (MONTHS.contains(after)) return true;
        // the word before it, perhaps with a full stop ("March ", "Mar. "): a search that is quadratic in the length
        // of its text, so it is made here on the twelve characters before the number, not kept with the patterns
        // run over whole sentences
        Matcher before = Pattern.compile("([\\p{L}]+)\\.? $").matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
        return before.find() && MONTHS.contains(before.group(1).toLowerCase(Locale.ROOT));
    }

    /** Days at least two reports tell of, most reports first, then earliest. */
    static List<LocalDate> days(List<AnalysedReport> reports) {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (AnalysedReport report : reports) {
            Set<LocalDate> days = new HashSet<>();
            for (ReportedDay day : ReportedDays.of(WrittenNames.texts(report), report.report().published())) {
                if (day.date() != null) days.add(day.date());
            }
            days.forEach(d -> counts.merge(d, 1, Integer::sum));
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Comparator.comparing((Map.Entry<LocalDate, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(DAYS).map(Map.Entry::getKey).toList();
    }

    /**
     * For each report, the rare names and phrases it shares with any other report, and its mean similarity. A value
     * is shared when two reports of the event have it: one count over the event, so time grows with its reports.
     */
    private static List<GroupingEvidence.Tie> ties(List<ReportFeatures> members, SpecificEvidence evidence,
                                                   SimilarityGraph.Neighbours neighbours) {
        List<long[]> names = members.stream().map(r -> evidence.rareNames(r.index)).toList();
        List<long[]> phrases = members.stream().map(r -> evidence.rarePhrases(r.index)).toList();
        Map<Long, Integer> nameReports = reportsWith(names);
        Map<Long, Integer> phraseReports = reportsWith(phrases);
        Map<Integer, Integer> position = new HashMap<>();
        for (int m = 0; m < members.size(); m++) position.put(members.get(m).index, m);
        List<GroupingEvidence.Tie> out = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            ReportFeatures report = members.get(m);
            double[] toMember = new double[members.size()]; // 0 where no edge
            for (int k = neighbours.start()[report.index]; k < neighbours.start()[report.index + 1]; k++) {
                Integer other = position.get(neighbours.other()[k]);
                if (other != null) toMember[other] = neighbours.weight()[k];
            }
            double sum = 0;
            for (int other = 0; other < members.size(); other++) if (other != m) sum += toMember[other];
            int sharedNames = (int) Arrays.stream(names.get(m)).filter(h -> nameReports.get(h) >= 2).count();
            int sharedPhrases = (int) Arrays.stream(phrases.get(m)).filter(h -> phraseReports.get(h) >= 2).count();
            double mean = Math.min(1, Math.max(0, sum / (members.size() - 1)));
            out.add(new GroupingEvidence.Tie(report.id(), sharedNames, sharedPhrases, mean));
        }
        return out;
    }

    /** How many of the reports have each value (each report's values are distinct). */
    private static Map<Long, Integer> reportsWith(List<long[]> values) {
        Map<Long, Integer> out = new HashMap<>();
        for (long[] report : values) for (long v : report) out.merge(v, 1, Integer::sum);
        return out;
    }

}
