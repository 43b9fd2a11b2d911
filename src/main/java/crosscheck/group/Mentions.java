package crosscheck.group;

import crosscheck.text.AnalyzedArticle;
import crosscheck.text.Sentence;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar dates and the years a report mentions (its publication date among them when known): evidence of
 * when the event it reports happened. The latest year a report mentions is its best guess of its own year; the
 * older ones are mostly history.
 */
final class Mentions {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + "\\.?\\s*,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    /** A year: 1800-2099 standing alone, not part of a figure such as "2,013", "2013.5" or "$2013". */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,$€£])(1[89]\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d)");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};

    /** The days mentioned, as epoch days, ascending, distinct. */
    private final long[] days;
    private final Integer latestYear;

    private Mentions(long[] days, Integer latestYear) {
        this.days = days;
        this.latestYear = latestYear;
    }

    static Mentions of(AnalyzedArticle article) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        LocalDate published = article.article().published();
        if (published != null) {
            dates.add(published);
            years.add(published.getYear());
        }
        if (article.article().title() != null) scan(article.article().title(), dates, years);
        for (Sentence s : article.sentences()) scan(s.text(), dates, years);
        return new Mentions(dates.stream().mapToLong(LocalDate::toEpochDay).toArray(),
                years.isEmpty() ? null : years.last());
    }

    private static void scan(String text, TreeSet<LocalDate> dates, TreeSet<Integer> years) {
        if (!hasFourDigits(text)) return; // every pattern needs a year: four digits in a row
        if (namesMonth(text)) {
            Matcher x = MONTH_DAY_YEAR.matcher(text);
            while (x.find()) add(dates, x.group(3), month(x.group(1)), x.group(2));
            x = DAY_MONTH_YEAR.matcher(text);
            while (x.find()) add(dates, x.group(3), month(x.group(2)), x.group(1));
        }
        if (text.indexOf('-') >= 0) {
            Matcher x = ISO.matcher(text);
            while (x.find()) add(dates, x.group(1), Integer.parseInt(x.group(2)), x.group(3));
        }
        Matcher x = YEAR.matcher(text);
        while (x.find()) years.add(Integer.parseInt(x.group(1)));
    }

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length() && run < 4; i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
        }
        return run == 4;
    }

    /**
     * Whether the text may name a month: it has the first three letters of one, in any ASCII case (as the
     * case-insensitive patterns match them).
     */
    private static boolean namesMonth(String text) {
        for (int i = 0; i + 3 <= text.length(); i++) {
            for (String m : MONTHS) {
                if ((text.charAt(i) | 0x20) == m.charAt(0) && (text.charAt(i + 1) | 0x20) == m.charAt(1)
                        && (text.charAt(i + 2) | 0x20) == m.charAt(2)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void add(TreeSet<LocalDate> dates, String year, int month, String day) {
        try {
            dates.add(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            // not a calendar date after all ("June 31")
        }
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) if (m.startsWith(MONTHS[i])) return i + 1;
        return 0;
    }

    /** The latest year mentioned, or null. */
    Integer latestYear() {
        return latestYear;
    }

    /** Fewest days between a date this report mentions and one the other mentions; -1 when either has none. */
    long closestDays(Mentions other) {
        if (days.length == 0 || other.days.length == 0) return -1;
        long best = Long.MAX_VALUE;
        for (int i = 0, j = 0; i < days.length && j < other.days.length; ) {
            best = Math.min(best, Math.abs(days[i] - other.days[j]));
            if (days[i] < other.days[j]) i++;
            else j++;
        }
        return best;
    }
}
