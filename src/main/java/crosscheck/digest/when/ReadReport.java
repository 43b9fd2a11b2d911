package crosscheck.digest.when;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.clean.Removed;
import crosscheck.dates.ReportedDay;
import crosscheck.dates.ReportedDays;
import crosscheck.group.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One report of an event as the when part reads it, once for both the event's date ({@link EventDating}) and its
 * developments ({@link Developments}): its origin, the date its days are read against, and the days its sentences
 * and dropped photo captions refer to ({@link ReportedDays}).
 *
 * @param id     the report's id
 * @param order  its place in the event's order, from 0
 * @param origin the event's independent origin it belongs to (copies of one origin share it)
 * @param anchor its publication date, else the date of its dateline; null when neither is known
 * @param said   the days it refers to, its sentences' in order, then its captions'
 */
record ReadReport(String id, int order, int origin, LocalDate anchor, List<Said> said) {
    /** The first sentences of a report: its lead, where a report says what happened. */
    static final int LEAD = 4;
    /**
     * What the cleaner drops that still tells when: photo captions, which agencies date ("speaks during his meeting
     * this Tuesday, March 26, 2024 (AP Photo)"). The reason is the cleaner's.
     */
    private static final Set<String> CAPTION = Set.of("photo caption");
    /** Datelines the cleaner drops, to read the report's days against when it has no publication date. */
    private static final Set<String> DATELINES = Set.of("date line", "outlet and date line");

    ReadReport {
        said = List.copyOf(said);
    }

    /** Every report of the event, read, in the event's order. */
    static List<ReadReport> of(Event event) {
        Map<String, Integer> origins = event.originOf();
        List<ReadReport> reads = new ArrayList<>(event.reports().size());
        for (AnalysedReport report : event.reports()) {
            List<Sentence> analysed = report.sentences();
            List<String> sentences = analysed.stream().map(Sentence::text).toList();
            LocalDate anchor = anchor(report, sentences);
            List<Said> said = new ArrayList<>();
            for (ReportedDay day : ReportedDays.of(sentences, anchor)) {
                said.add(new Said(day, sentences.get(day.sentence()), day.sentence() < LEAD,
                        analysed.get(day.sentence())));
            }
            List<String> captions = removed(report, CAPTION);
            for (ReportedDay day : ReportedDays.of(captions, anchor)) {
                said.add(new Said(day, captions.get(day.sentence()), false, null));
            }
            reads.add(new ReadReport(report.id(), reads.size(), origins.get(report.id()), anchor, said));
        }
        return reads;
    }

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
}
