package crosscheck.render;

import crosscheck.clean.Report;
import crosscheck.digest.when.Development;
import crosscheck.digest.when.DevelopmentDay;
import crosscheck.render.Parts.Cite;
import crosscheck.render.Parts.DevelopmentView;
import crosscheck.render.Parts.PublishedReport;
import crosscheck.render.Parts.Publications;
import crosscheck.render.Parts.TimelineDay;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The "what happened when" section of an event page: the developments of the digest grouped by day, each citing
 * its reports by the names the page gives them, and which reports were published when, as a line.
 */
final class TimelineSection {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private TimelineSection() {
    }

    /**
     * The developments, one entry per day in the digest's order (by day), each day's in the digest's order.
     *
     * @param cites the page's cites of the given reports, each with its wording
     */
    static List<TimelineDay> developments(List<Development> developments,
                                          BiFunction<List<String>, Map<String, String>, List<Cite>> cites) {
        List<TimelineDay> days = new ArrayList<>();
        DevelopmentDay current = null;
        List<DevelopmentView> views = new ArrayList<>();
        for (Development development : developments) {
            if (current != null && !current.equals(development.day())) {
                days.add(day(current, views));
                views = new ArrayList<>();
            }
            current = development.day();
            Map<String, String> wordings = new HashMap<>();
            development.wordings().forEach(w -> wordings.put(w.report(), w.text()));
            views.add(new DevelopmentView(development.text(), cites.apply(development.sources(), wordings),
                    development.origins(), development.toCome(), development.summary()));
        }
        if (current != null) days.add(day(current, views));
        return days;
    }

    /** Which of the reports give their publication date, earliest first, and how many do not. */
    static Publications publications(List<Report> sources, SourceNames names) {
        List<PublishedReport> dated = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Report report = sources.get(i);
            if (report.published() != null) dated.add(new PublishedReport(names.get(i).name(),
                    Days.of(report.published())));
        }
        dated.sort(Comparator.comparing(p -> p.day().iso()));
        return new Publications(dated, sources.size() - dated.size());
    }

    private static TimelineDay day(DevelopmentDay day, List<DevelopmentView> developments) {
        return new TimelineDay(label(day), iso(day), day.resolved(), developments);
    }

    /** "Friday, 22 March 2024"; undated, what the report names: "Tuesday", "26 March", "Tuesday, 26 March". */
    static String label(DevelopmentDay day) {
        String weekday = day.weekday() == null ? null : day.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String date = day.resolved() ? DATE.format(day.date())
                : day.monthDay() == null ? null : DAY_MONTH.format(day.monthDay());
        if (weekday == null) return date;
        return date == null ? weekday : weekday + ", " + date;
    }

    /**
     * The day for {@code <time datetime>}: an ISO date, or a yearless date ("--03-26") for a day of a month the
     * text names without a year; null for a weekday alone, which HTML has no form for.
     */
    static String iso(DevelopmentDay day) {
        if (day.resolved()) return day.date().toString();
        return day.monthDay() == null ? null : day.monthDay().toString();
    }
}
