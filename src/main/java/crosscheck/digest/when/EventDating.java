package crosscheck.digest.when;

import crosscheck.core.WordCount;
import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.clean.Removed;
import crosscheck.dates.ReportedDay;
import crosscheck.dates.ReportedDay.How;
import crosscheck.dates.ReportedDay.Tense;
import crosscheck.dates.ReportedDays;
import crosscheck.group.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds the day an event happened by a vote over the days its reports refer to ({@link ReportedDays}).
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
 * <p>A mention weighs more in the lead (the first {@value #LEAD} sentences) and with a verb in the past tense near
 * it ("met on Tuesday"), less as something to come, "today" or "yesterday", or a weekday a report without a date
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
    static final int LEAD = 4;
    /** A sentence of at most this many words that gives only a date is a dateline or a time stamp. */
    private static final int STAMP_WORDS = 10;
    /**
     * What the cleaner drops that still tells when: photo captions, which agencies date ("speaks during his meeting
     * this Tuesday, March 26, 2024 (AP Photo)"), and datelines. The reasons are the cleaner's.
     */
    private static final Set<String> CAPTION = Set.of("photo caption");
    private static final Pattern BORN = Pattern.compile("\\b[Bb]orn\\b");
    private static final Set<String> DATELINES = Set.of("date line", "outlet and date line");

    private EventDating() {
    }

    /** The day the event happened, or the earliest day it was reported; null when nothing dates it. */
    public static EventDate of(Event event) {
        Objects.requireNonNull(event, "event");
        Map<String, Integer> origins = event.originOf();
        List<Read> reads = new ArrayList<>();
        LocalDate earliest = null;
        LocalDate latest = null;
        for (AnalysedReport report : event.reports()) {
            List<String> sentences = report.sentences().stream().map(Sentence::text).toList();
            LocalDate anchor = anchor(report, sentences);
            if (anchor != null) {
                earliest = earliest == null || anchor.isBefore(earliest) ? anchor : earliest;
                latest = latest == null || anchor.isAfter(latest) ? anchor : latest;
            }
            List<Said> said = new ArrayList<>();
            for (ReportedDay day : ReportedDays.of(sentences, anchor)) {
                said.add(new Said(day, sentences.get(day.sentence()), day.sentence() < LEAD));
            }
            List<String> captions = removed(report, CAPTION);
            for (ReportedDay day : ReportedDays.of(captions, anchor)) {
                said.add(new Said(day, captions.get(day.sentence()), false));
            }
            reads.add(new Read(report.id(), origins.get(report.id()), anchor, said));
        }
        Window undated = earliest == null ? null
                : new Window(earliest.minusDays(UNDATED_SLACK), latest.plusDays(UNDATED_SLACK));
        Map<LocalDate, Tally> tallies = new TreeMap<>();
        for (Read read : reads) {
            for (Said said : read.said()) {
                ReportedDay day = said.day();
                if (!day.resolved() || isStamp(said) || isBirthday(said) || !plausible(read, day, undated)) continue;
                tallies.computeIfAbsent(day.date(), d -> new Tally()).add(read, weight(said), day.tense());
            }
        }
        for (Read read : reads) {
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
        for (Read read : reads) {
            if (earliest.equals(read.anchor())) first.add(read.id());
        }
        return new EventDate(earliest, EventDate.Basis.PUBLISHED, List.copyOf(first));
    }

    /** What a weekday or a day without a year weighs when it can only back a day that other reports give. */
    private static final double BACKING = 0.75;

    /**
     * The date a report's days are read against: its publication date, else its dateline, in its text or dropped
     * by the cleaner as an "outlet and date line"; null if none.
     */
    private static LocalDate anchor(AnalysedReport report, List<String> sentences) {
        if (report.report().published() != null) return report.report().published();
        LocalDate dateline = ReportedDays.dateline(sentences);
        return dateline != null ? dateline : ReportedDays.dateline(removed(report, DATELINES));
    }

    /** The texts the cleaner dropped from the report for one of the reasons. */
    private static List<String> removed(AnalysedReport report, Set<String> reasons) {
        List<String> out = new ArrayList<>();
        for (Removed removed : report.report().removed()) {
            if (removed != null && removed.text() != null && reasons.contains(removed.reason())) {
                out.add(removed.text());
            }
        }
        return out;
    }

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

    private static boolean plausible(Read read, ReportedDay day, Window undated) {
        LocalDate date = day.date();
        if (read.anchor() == null) return undated == null || undated.holds(date);
        LocalDate anchor = read.anchor();
        if (day.tense() == Tense.FUTURE) return !date.isBefore(anchor) && !date.isAfter(anchor.plusDays(FUTURE_DAYS));
        return !date.isBefore(anchor.minusDays(DAYS_BEFORE)) && !date.isAfter(anchor.plusDays(DAYS_AFTER));
    }

    /** A date in a short line with no verb: a dateline or a time stamp, telling when it was written. */
    private static boolean isStamp(Said said) {
        ReportedDay day = said.day();
        return day.how() == How.EXPLICIT && day.tense() == Tense.UNMARKED
                && WordCount.of(said.sentence()) <= STAMP_WORDS;
    }

    /** A date in a sentence that says "born": someone's birthday ("Page was born on April 22, 1923"), background. */
    private static boolean isBirthday(Said said) {
        return said.day().how() == How.EXPLICIT && BORN.matcher(said.sentence()).find();
    }

    private static List<String> inOrder(Event event, Set<String> ids) {
        return event.reports().stream().map(AnalysedReport::id).filter(ids::contains).toList();
    }

    /** One report as read: its origin, the date its days are read against, and the days it refers to. */
    private record Read(String id, int origin, LocalDate anchor, List<Said> said) {
    }

    /** A day a report refers to, the sentence (or photo caption) that does, and whether it is in the lead. */
    private record Said(ReportedDay day, String sentence, boolean lead) {
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

        void add(Read read, double weight, Tense tense) {
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
