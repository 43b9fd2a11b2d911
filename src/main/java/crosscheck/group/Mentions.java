package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.dates.DateFinder;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calendar dates and the years a report mentions (its publication date among them when known): evidence of
 * when the event it reports happened. The latest year a report mentions is its best guess of its own year; the
 * older ones are mostly history.
 */
final class Mentions {
    /**
     * The forms read in a report's text: numeric year first and written out. Dotted and slashed dates ("24.03.2024",
     * "3/26/24") are read in page furniture only (the cleaner's), not here.
     */
    private static final Set<DateFinder.Form> FORMS = EnumSet.of(DateFinder.Form.ISO,
            DateFinder.Form.MONTH_DAY_YEAR, DateFinder.Form.DAY_MONTH_YEAR);

    /** The days mentioned, as epoch days, ascending, distinct. */
    private final long[] days;
    private final Integer latestYear;

    private Mentions(long[] days, Integer latestYear) {
        this.days = days;
        this.latestYear = latestYear;
    }

    static Mentions of(AnalysedReport article) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        LocalDate published = article.report().published();
        if (published != null) {
            dates.add(published);
            years.add(published.getYear());
        }
        if (article.report().title() != null) scan(article.report().title(), dates, years);
        for (Sentence s : article.sentences()) scan(s.text(), dates, years);
        return new Mentions(dates.stream().mapToLong(LocalDate::toEpochDay).toArray(),
                years.isEmpty() ? null : years.last());
    }

    private static void scan(String text, TreeSet<LocalDate> dates, TreeSet<Integer> years) {
        for (DateFinder.Found found : DateFinder.all(text, FORMS)) dates.add(found.date());
        years.addAll(DateFinder.years(text));
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
