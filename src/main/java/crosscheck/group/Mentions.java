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

    private final TreeSet<LocalDate> dates = new TreeSet<>();
    private final TreeSet<Integer> years = new TreeSet<>();

    private Mentions() {
    }

    static Mentions of(AnalyzedArticle article) {
        Mentions m = new Mentions();
        LocalDate published = article.article().published();
        if (published != null) {
            m.dates.add(published);
            m.years.add(published.getYear());
        }
        if (article.article().title() != null) m.scan(article.article().title());
        for (Sentence s : article.sentences()) m.scan(s.text());
        return m;
    }

    private void scan(String text) {
        if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) return;
        Matcher x = MONTH_DAY_YEAR.matcher(text);
        while (x.find()) add(x.group(3), month(x.group(1)), x.group(2));
        x = DAY_MONTH_YEAR.matcher(text);
        while (x.find()) add(x.group(3), month(x.group(2)), x.group(1));
        x = ISO.matcher(text);
        while (x.find()) add(x.group(1), Integer.parseInt(x.group(2)), x.group(3));
        x = YEAR.matcher(text);
        while (x.find()) years.add(Integer.parseInt(x.group(1)));
    }

    private void add(String year, int month, String day) {
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
        return years.isEmpty() ? null : years.last();
    }

    /** Fewest days between a date this report mentions and one the other mentions; -1 when either has none. */
    long closestDays(Mentions other) {
        if (dates.isEmpty() || other.dates.isEmpty()) return -1;
        long best = Long.MAX_VALUE;
        for (LocalDate d : dates) {
            LocalDate below = other.dates.floor(d);
            LocalDate above = other.dates.ceiling(d);
            if (below != null) best = Math.min(best, d.toEpochDay() - below.toEpochDay());
            if (above != null) best = Math.min(best, above.toEpochDay() - d.toEpochDay());
        }
        return best;
    }
}
