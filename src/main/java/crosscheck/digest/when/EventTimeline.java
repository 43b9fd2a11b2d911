package crosscheck.digest.when;

import crosscheck.group.Event;
import java.util.List;
import java.util.Objects;

/**
 * The when part of an event's digest: the day it happened ({@link EventDating}) and what happened when
 * ({@link Developments}), both from its reports read once ({@link ReadReport}).
 *
 * @param date         the day the event happened, else the day it was first reported; null when nothing dates it
 * @param developments the developments its reports give a day for, ordered by day; empty when none does
 */
public record EventTimeline(EventDate date, List<Development> developments) {
    public EventTimeline {
        developments = List.copyOf(developments);
    }

    /**
     * The event's date and developments.
     *
     * @param claims the sentences of its summary with the reports' sentences that state each, so that reports
     *               stating one development become one; empty for none
     */
    public static EventTimeline of(Event event, List<SummaryClaim> claims) {
        Objects.requireNonNull(event, "event");
        List<ReadReport> reads = ReadReport.of(event);
        EventDate date = EventDating.of(event, reads);
        return new EventTimeline(date, Developments.of(event, reads, date, claims));
    }
}
