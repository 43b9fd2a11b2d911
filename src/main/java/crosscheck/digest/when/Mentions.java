package crosscheck.digest.when;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.dates.ReportedDay;
import crosscheck.dates.ReportedDay.How;
import crosscheck.dates.ReportedDay.Tense;
import crosscheck.digest.wording.SentenceQuality;
import crosscheck.group.Event;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sentences of an event's reports that tell of a development on a day: each sentence of a report's text (not a
 * photo caption the cleaner dropped, which the site does not show) that gives a day, with the first day it gives,
 * when the sentence reads on its own and the day is news rather than background.
 *
 * <p>A sentence counts when it is whole ({@link SentenceQuality#whole}: the timeline shows it without its
 * neighbours, and a garbled machine translation tells the reader nothing) and not a dateline, a time stamp or a
 * birthday. Its day counts near the day its report was published: from {@value #RUN_UP_DAYS} days before (the
 * run-up: "On Friday, Netanyahu told Blinken ...") to {@value #DAYS_AFTER} after, or up to
 * {@value EventDating#FUTURE_DAYS} days after when told of as to come; what is older is background ("the October 7
 * attack"). A report without a date has no such day: its dates with a year, and its days of a month without one,
 * count within {@value #RUN_UP_DAYS} days of the event's date when the event has one, and its weekdays always, kept
 * as weekdays. "Today" and "yesterday" inside a quotation are the speaker's, not the report's: they do not count.
 */
final class Mentions {
    static final int RUN_UP_DAYS = 14;
    static final int DAYS_AFTER = 1;

    /** A report's sentence that tells of a development, the day it gives, and its index terms. */
    record Mention(ReadReport read, Said said, DevelopmentDay day, Set<String> words) {
        String text() {
            return said.text();
        }

        Sentence sentence() {
            return said.sentence();
        }
    }

    private Mentions() {
    }

    /**
     * The mentions of developments in the reports, in the event's order, then the sentences' order.
     *
     * @param reference the day the event happened, or was first reported; null when nothing dates it
     */
    static List<Mention> of(Event event, List<ReadReport> reads, LocalDate reference) {
        List<Mention> out = new ArrayList<>();
        Set<String> lowerCaseWords = null; // read only for an event whose reports give a day
        for (ReadReport read : reads) {
            int taken = -1; // the last sentence with a mention: one day per sentence, the first it gives
            for (Said said : read.said()) {
                if (said.caption() || said.sentence().index() == taken || said.isStamp() || said.isBirthday()
                        || quotedRelativeDay(said) || !news(said.day(), read.anchor(), reference)) {
                    continue;
                }
                if (lowerCaseWords == null) lowerCaseWords = lowerCaseWords(event);
                Sentence sentence = said.sentence();
                if (!SentenceQuality.whole(sentence, sentence.words(), lowerCaseWords)) continue;
                taken = sentence.index();
                out.add(new Mention(read, said, DevelopmentDay.of(said.day()), Set.copyOf(sentence.stems())));
            }
        }
        return out;
    }

    /** Whether the day is news for a report read against {@code anchor} in an event dated {@code reference}. */
    static boolean news(ReportedDay day, LocalDate anchor, LocalDate reference) {
        if (day.resolved() && anchor != null) {
            LocalDate date = day.date();
            if (day.tense() == Tense.FUTURE) {
                return !date.isBefore(anchor) && !date.isAfter(anchor.plusDays(EventDating.FUTURE_DAYS));
            }
            return !date.isBefore(anchor.minusDays(RUN_UP_DAYS)) && !date.isAfter(anchor.plusDays(DAYS_AFTER));
        }
        if (reference == null) return true; // nothing to tell news from background by
        if (day.resolved()) return Math.abs(ChronoUnit.DAYS.between(reference, day.date())) <= RUN_UP_DAYS;
        if (day.monthDay() != null) return nearestDistance(day.monthDay(), reference) <= RUN_UP_DAYS;
        return true; // a weekday alone: one of the seven days around any date
    }

    /** How many days the day of a month is from the reference, in its nearest year. */
    private static long nearestDistance(MonthDay monthDay, LocalDate reference) {
        long best = Long.MAX_VALUE;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            if (!monthDay.isValidYear(year)) continue;
            best = Math.min(best, Math.abs(ChronoUnit.DAYS.between(reference, monthDay.atYear(year))));
        }
        return best;
    }

    /** "Today", "yesterday" inside a quotation: the day the speaker spoke of, which the report does not date. */
    private static boolean quotedRelativeDay(Said said) {
        return said.day().how() == How.RELATIVE && insideQuotation(said.text(), said.day().start());
    }

    /** Whether a quotation is open at {@code position}: more opening marks than closing ones before it. */
    static boolean insideQuotation(String text, int position) {
        int open = 0;
        boolean straight = false;
        for (int i = 0; i < position && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') open++;
            else if (c == '”') open = Math.max(0, open - 1);
            else if (c == '"') straight = !straight;
        }
        return open > 0 || straight;
    }

    private static Set<String> lowerCaseWords(Event event) {
        List<String> texts = new ArrayList<>();
        for (AnalysedReport report : event.reports()) {
            for (Sentence sentence : report.sentences()) texts.add(sentence.text());
        }
        return SentenceQuality.lowerCaseWords(texts);
    }
}
