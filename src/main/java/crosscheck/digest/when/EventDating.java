package crosscheck.digest.when;

import crosscheck.analyse.AnalysedReport;
import crosscheck.dates.ReportedDay;
import crosscheck.dates.ReportedDay.How;
import crosscheck.dates.ReportedDay.Tense;
import crosscheck.group.Event;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the day an event happened by a vote over the days its reports refer to
 * ({@link crosscheck.dates.ReportedDays}), read once per report ({@link ReadReport}).
 *
 * <p>Each report's days are read from its sentences and from the photo captions the cleaner dropped from it (an
 * agency dates its pictures), against its publication date, else the date of its dateline. A day counts only
 * near the day its report was published: from {@value #DAYS_BEFORE} days before to {@value #DAYS_AFTER} after
 * (what is older is background, what is later is not yet news), or up to {@value #FUTURE_DAYS} days after when
 * the report tells of it as to come ("will meet on Tuesday"); a day to come counts only when some report also tells
 * of it as done or without tense (the meeting announced for Tuesday that a later report says took place). A report without any date votes for days written with a year near the
 * publication dates of the others ({@value #UNDATED_SLACK} days around them), and its weekdays and days without a
 * year ("on Tuesday", "March 26") back the days that other reports give and that they may be. When no report of
 * the event is dated, a day written with a year counts only when two independent reports give it, and weekdays
 * back nothing (without a date to read them near, one day in seven is a Tuesday).
 *
 * <p>A mention weighs more in the lead (the first {@value ReadReport#LEAD} sentences) and with a verb in the past
 * tense near it ("met on Tuesday"), less as something to come, "today" or "yesterday", or a weekday a report without a date
 * can only back. A line that is only a date ("May 03, 2013", "JNS 24.03.2024": a dateline, a time stamp) does not
 * vote, nor does a date in a sentence that says "born" (a birthday in an obituary). Copies of one origin vote once, with the weight of their strongest mention of the day; the day with the most
 * weight wins (then the one more origins give, then the later day). When no report gives a day, the event's date
 * is the earliest day one of its reports was published ({@link EventDate.Basis#PUBLISHED}); when none is dated,
 * there is none.
 */
public final class EventDating {
    static final int DAYS_BEFORE = 10;
    static final int DAYS_AFTER = 1;
    static final int FUTURE_DAYS = 14;
    static final int UNDATED_SLACK = 10;

    private EventDating() {
    }

    /** The day the event happened, or the earliest day it was reported; null when nothing dates it. */
    public static EventDate of(Event event) {
        Objects.requireNonNull(event, "event");
        return of(event, ReadReport.of(event));
    }

    /** The day the event happened, from its reports as read ({@link ReadReport#of}). */
    static EventDate of(Event event, List<ReadReport> reads) {
        LocalDate earliest = null;
        LocalDate latest = null;
        for (ReadReport read : reads) {
            LocalDate anchor = read.anchor();
            if (anchor == null) continue;
            earliest = earliest == null || anchor.isBefore(earliest) ? anchor : earliest;
            latest = latest == null || anchor.isAfter(latest) ? anchor : latest;
        }
        Window undated = earliest == null ? null
                : new Window(earliest.minusDays(UNDATED_SLACK), latest.plusDays(UNDATED_SLACK));
        Map<LocalDate, Tally> tallies = new TreeMap<>();
        for (ReadReport read : reads) {
            for (Said said : read.said()) {
                ReportedDay day = said.day();
                if (!day.resolved() || said.isStamp() || said.isBirthday() || !plausible(read, day, undated)) continue;
                tallies.computeIfAbsent(day.date(), d -> new Tally()).add(read, weight(said), day.tense());
            }
        }
        for (ReadReport read : reads) {
            if (undated == null) break; // with no date to read them near, weekdays back nothing
            for (Said said : read.said()) {
                ReportedDay day = said.day();
                if (day.resolved()) continue;
                for (Map.Entry<LocalDate, Tally> candidate : tallies.entrySet()) {
                    LocalDate date = candidate.getKey();
                    if (day.couldBe(date) && undated.holds(date)) {
                        candidate.getValue().add(read, weight(said) * BACKING, day.tense());
                    }
                }
            }
        }
        LocalDate best = null;
        for (Map.Entry<LocalDate, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            if (!tally.done || undated == null && tally.byOrigin.size() < 2) continue;
            if (best == null || tally.beats(tallies.get(best))) best = entry.getKey();
        }
        if (best != null) return new EventDate(best, EventDate.Basis.REPORTED, inOrder(event, tallies.get(best).ids));
        if (earliest == null) return null;
        Set<String> first = new LinkedHashSet<>();
        for (ReadReport read : reads) {
            if (earliest.equals(read.anchor())) first.add(read.id());
        }
        return new EventDate(earliest, EventDate.Basis.PUBLISHED, List.copyOf(first));
    }

    /** What a weekday or a day without a year weighs when it can only back a day that other reports give. */
    private static final double BACKING = 0.75;

    private static double weight(Said said) {
        ReportedDay day = said.day();
        double weight = said.lead() ? 2 : 1;
        weight *= switch (day.tense()) {
            case PAST -> 1.5;
            case FUTURE -> 0.5;
            case UNMARKED -> 1;
        };
        return day.how() == How.RELATIVE ? weight * 0.75 : weight;
    }

    private static boolean plausible(ReadReport read, ReportedDay day, Window undated) {
        LocalDate date = day.date();
        if (read.anchor() == null) return undated == null || undated.holds(date);
        LocalDate anchor = read.anchor();
        if (day.tense() == Tense.FUTURE) return !date.isBefore(anchor) && !date.isAfter(anchor.plusDays(FUTURE_DAYS));
        return !date.isBefore(anchor.minusDays(DAYS_BEFORE)) && !date.isAfter(anchor.plusDays(DAYS_AFTER));
    }

    private static List<String> inOrder(Event event, Set<String> ids) {
        return event.reports().stream().map(AnalysedReport::id).filter(ids::contains).toList();
    }

    private record Window(LocalDate from, LocalDate to) {
        boolean holds(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /** The votes for one day: each origin's strongest mention, and whether any tells of it as done. */
    private static final class Tally {
        private final Map<Integer, Double> byOrigin = new HashMap<>();
        private final Set<String> ids = new LinkedHashSet<>();
        private boolean done;

        void add(ReadReport read, double weight, Tense tense) {
            byOrigin.merge(read.origin(), weight, Math::max);
            ids.add(read.id());
            if (tense != Tense.FUTURE) done = true;
        }

        double score() {
            double sum = 0;
            for (double w : byOrigin.values()) sum += w;
            return sum;
        }

        /** Whether this day wins over the other, an earlier one: more weight, then more origins. */
        boolean beats(Tally other) {
            double difference = score() - other.score();
            if (Math.abs(difference) > 1e-9) return difference > 0;
            return byOrigin.size() >= other.byOrigin.size();
        }
    }
}
