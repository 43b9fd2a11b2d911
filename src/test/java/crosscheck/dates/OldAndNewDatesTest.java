package crosscheck.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * While the date finder replaces the three old ones: the old code, verbatim, against the new on every line and
 * sentence of the reference corpora.
 */
class OldAndNewDatesTest {
    private static final List<Path> CORPORA = List.of(Path.of("/work/ref/real3k/articles"),
            Path.of("/work/ref/synth10k/articles"), Path.of("src/test/resources/crosscheck/sample-content/articles"));
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?\"”])\\s+");

    @Test
    void theNewFinderGivesWhatTheOldOnesGave() throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        for (Path corpus : CORPORA) {
            if (!Files.isDirectory(corpus)) continue;
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path file : files.sorted().toList()) texts(Files.readString(file, StandardCharsets.UTF_8),
                        file.toString().endsWith(".html"), texts);
            }
        }
        texts.addAll(CRAFTED);
        Map<String, List<String>> differ = new java.util.TreeMap<>();
        for (String text : texts) {
            Optional<OldDates.Found> a = OldDates.find(text);
            Optional<DateFinder.Found> b = DateFinder.first(text, DateFinder.Form.ALL, DateFinder::isPageYear);
            if (!String.valueOf(a.map(f -> f.date() + "@" + f.start() + "-" + f.end()).orElse(null))
                    .equals(String.valueOf(b.map(f -> f.date() + "@" + f.start() + "-" + f.end()).orElse(null)))) {
                note(differ, "Dates.find", text + " => " + a + " / " + b);
            }
            if (text.length() < 60 && !String.valueOf(OldDates.parse(text)).equals(String.valueOf(DateFinder.parse(text)))) {
                note(differ, "Dates.parse", text);
            }
            TreeSet<LocalDate> oldDates = new TreeSet<>();
            TreeSet<Integer> oldYears = new TreeSet<>();
            OldMentions.scan(text, oldDates, oldYears);
            TreeSet<LocalDate> newDates = new TreeSet<>();
            for (DateFinder.Found f : DateFinder.all(text, Set.of(DateFinder.Form.ISO,
                    DateFinder.Form.MONTH_DAY_YEAR, DateFinder.Form.DAY_MONTH_YEAR))) newDates.add(f.date());
            if (!oldDates.equals(newDates)) note(differ, "Mentions dates", text + " => " + oldDates + " / " + newDates);
            if (!oldYears.equals(new TreeSet<>(DateFinder.years(text)))) note(differ, "Mentions years", text);
            List<String> oldDays = OldOccasions.in(text).stream().map(d -> d.day() + "@" + d.start() + "-" + d.end())
                    .toList();
            List<String> newDays = DateFinder.days(text).stream().map(d -> d.name() + "@" + d.start() + "-" + d.end())
                    .toList();
            if (!oldDays.equals(newDays)) note(differ, "Occasions", text + " => " + oldDays + " / " + newDays);
            if (OldWords.AGO_OR_CLOCK.matcher(text).find() != (DateFinder.saysHowLongAgo(text)
                    || DateFinder.hasAmPmTime(text))) {
                note(differ, "AGO_OR_CLOCK", text);
            }
            if (OldWords.TIME.matcher(text).find() != DateFinder.hasClockTime(text)) note(differ, "TIME", text);
            for (String token : text.strip().split("\\s+")) {
                if (OldWords.DATE_WORDS.matcher(token).matches() != (OldWords.REST.matcher(token).matches()
                        || DateFinder.isCalendarWord(token))) {
                    note(differ, "DATE_WORDS", token);
                }
            }
        }
        differ.forEach((k, v) -> System.out.println(k + ": " + v.size() + "\n  " + String.join("\n  ", v.subList(0,
                Math.min(40, v.size())))));
        System.out.println(texts.size() + " texts");
        assertEquals(Map.of(), differ);
    }

    private static final List<String> CRAFTED = List.of("March 5 , 2024", "5 March , 2024", "March. 5, 2024",
            "May. 5, 2024", "5 May. 2024", "Sepember 5, 2024", "5. March 2024 was", "on 7 October.",
            "see https://x.com/2024/03/05/story", "2024/03/05", "Jan., 5", "Jan.,", "Jan..", "sepember", "June 31, 2024",
            "March 45, 2024 and 6 March 2024", "5 March 6, 2024", "MARCH 5 2024", "march 5", "10/07/2012 02:44",
            "3/26/24", "1850-01-01 July 4, 1776", "32.13.2024", "Jan.5, 2024", "In 2014, 50 died", "of 2000%");

    private static void note(Map<String, List<String>> differ, String what, String text) {
        differ.computeIfAbsent(what, k -> new ArrayList<>()).add(text);
    }

    private static void texts(String content, boolean html, Set<String> out) {
        List<String> blocks = new ArrayList<>();
        if (html) {
            for (Element e : Jsoup.parse(content).getAllElements()) {
                String own = e.ownText().strip();
                if (!own.isEmpty()) blocks.add(own);
                if (e.childrenSize() > 0 && e.text().length() < 2000) blocks.add(e.text().strip());
            }
        } else {
            for (String line : content.split("\n")) blocks.add(line.strip());
        }
        for (String block : blocks) {
            if (block.isEmpty()) continue;
            out.add(block);
            for (String s : SENTENCE_BREAK.split(block)) out.add(s);
        }
    }

    /** clean/Dates before the date finder. */
    static final class OldDates {
        record Found(LocalDate date, int start, int end) {
        }

        private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
                + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
        private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d])");
        private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])");
        private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
        private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
                "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
        private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
                "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})\\b",
                Pattern.CASE_INSENSITIVE);

        static Optional<Found> find(String text) {
            if (text == null || !hasDigit(text)) return Optional.empty();
            Found best = null;
            best = earliest(best, ISO, text, 1, 2, 3, false);
            best = earliest(best, DOTTED, text, 3, 2, 1, false);
            best = earliest(best, SLASHED, text, 3, 1, 2, true);
            best = earliest(best, MONTH_DAY_YEAR, text, 3, 1, 2, false);
            best = earliest(best, DAY_MONTH_YEAR, text, 3, 2, 1, false);
            return Optional.ofNullable(best);
        }

        private static boolean hasDigit(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') return true;
            }
            return false;
        }

        static LocalDate parse(String value) {
            if (value == null) return null;
            String v = value.strip();
            if (v.matches("\\d{8}(?:\\D.*)?")) {
                LocalDate d = date(v.substring(0, 4), v.substring(4, 6), v.substring(6, 8), false);
                if (d != null) return d;
            }
            return find(v).map(Found::date).orElse(null);
        }

        private static Found earliest(Found best, Pattern pattern, String text, int y, int m, int d, boolean usOrder) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                if (best != null && matcher.start() >= best.start()) return best;
                LocalDate date = date(matcher.group(y), matcher.group(m), matcher.group(d), usOrder);
                if (date != null) return new Found(date, matcher.start(), matcher.end());
            }
            return best;
        }

        private static LocalDate date(String year, String month, String day, boolean usOrder) {
            try {
                int y = Integer.parseInt(year);
                if (year.length() == 2) y += y < 70 ? 2000 : 1900;
                int mo = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : monthNumber(month);
                int d = Integer.parseInt(day);
                if (usOrder && mo > 12 && d <= 12) {
                    int swap = mo;
                    mo = d;
                    d = swap;
                }
                if (y < 1900 || y > 2100) return null;
                return LocalDate.of(y, mo, d);
            } catch (NumberFormatException | DateTimeException e) {
                return null;
            }
        }

        private static int monthNumber(String name) {
            String m = name.toLowerCase(Locale.ROOT);
            String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
            for (int i = 0; i < months.length; i++) if (m.startsWith(months[i])) return i + 1;
            return 0;
        }
    }

    /** group/Mentions' scan before the date finder. */
    static final class OldMentions {
        private static final String MONTH = OldDates.MONTH;
        private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
                "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
        private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
                "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + "\\.?\\s*,?\\s+(\\d{4})\\b",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
        private static final Pattern YEAR = Pattern.compile("(?<![\\d.,$€£])(1[89]\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d)");

        static void scan(String text, TreeSet<LocalDate> dates, TreeSet<Integer> years) {
            Matcher x = MONTH_DAY_YEAR.matcher(text);
            while (x.find()) add(dates, x.group(3), OldDates.monthNumber(x.group(1)), x.group(2));
            x = DAY_MONTH_YEAR.matcher(text);
            while (x.find()) add(dates, x.group(3), OldDates.monthNumber(x.group(2)), x.group(1));
            x = ISO.matcher(text);
            while (x.find()) add(dates, x.group(1), Integer.parseInt(x.group(2)), x.group(3));
            x = YEAR.matcher(text);
            while (x.find()) years.add(Integer.parseInt(x.group(1)));
        }

        private static void add(TreeSet<LocalDate> dates, String year, int month, String day) {
            try {
                dates.add(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
            } catch (NumberFormatException | DateTimeException e) {
                // not a date
            }
        }
    }

    /** digest/figures/Occasions.in before the date finder. */
    static final class OldOccasions {
        record Date(String day, int start, int end) {
        }

        private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
                + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
        private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH
                + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?");
        private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
                + "(?![\\p{L}])(?:,?\\s+\\d{4}\\b)?");
        private static final Map<String, String> MONTHS = Map.ofEntries(
                Map.entry("jan", "January"), Map.entry("feb", "February"), Map.entry("mar", "March"),
                Map.entry("apr", "April"), Map.entry("may", "May"), Map.entry("jun", "June"), Map.entry("jul", "July"),
                Map.entry("aug", "August"), Map.entry("sep", "September"), Map.entry("oct", "October"),
                Map.entry("nov", "November"), Map.entry("dec", "December"));

        static List<Date> in(String sentence) {
            List<Date> out = new ArrayList<>();
            Matcher m = MONTH_DAY.matcher(sentence);
            while (m.find()) add(out, m.group(1), m.group(2), m.start(), m.end());
            Matcher d = DAY_MONTH.matcher(sentence);
            while (d.find()) add(out, d.group(2), d.group(1), d.start(), d.end());
            out.sort(java.util.Comparator.comparingInt(Date::start));
            return out;
        }

        private static void add(List<Date> out, String month, String day, int start, int end) {
            int n = Integer.parseInt(day);
            if (n < 1 || n > 31) return;
            String name = MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
            for (Date date : out) {
                if (start < date.end() && date.start() < end) return;
            }
            out.add(new Date(name + " " + n, start, end));
        }
    }

    /** BoilerplateClassifier's date words before the date finder, and what remains of them there. */
    static final class OldWords {
        static final Pattern AGO_OR_CLOCK = Pattern.compile(
                "(?i)\\b\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago\\b"
                + "|\\b\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\b");
        static final Pattern DATE_WORDS = Pattern.compile(
                "(?i)(?:date|time|updated?|published|posted|last|today|on|at|gmt|utc|local|hrs?|hours?|ago|mins?|minutes?"
                + "|days?|weeks?|[ap]\\.?m\\.?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?"
                + "|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?-i:\\p{Lu}{2,4})|[-+]?\\d[\\d:./-]*(?:st|nd|rd|th)?"
                + "|[-+]?\\d+°[cf]?|°[cf]|[|,·•–—-])[.,:]?");
        static final Pattern REST = Pattern.compile(
                "(?i)(?:date|time|updated?|published|posted|last|today|on|at|gmt|utc|local|hrs?|hours?|ago|mins?|minutes?"
                + "|days?|weeks?|[ap]\\.?m\\.?|(?-i:\\p{Lu}{2,4})|[-+]?\\d[\\d:./-]*(?:st|nd|rd|th)?"
                + "|[-+]?\\d+°[cf]?|°[cf]|[|,·•–—-])[.,:]?");
        static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    }
}
