package crosscheck.digest;

import crosscheck.digest.figures.Figure;
import crosscheck.digest.names.Entity;
import crosscheck.digest.quotes.Quote;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.digest.when.Development;
import crosscheck.digest.when.EventDate;
import crosscheck.group.Event;
import java.util.List;
import java.util.Objects;

/**
 * What the site says about one event, all of it taken from the event's reports.
 *
 * @param event    the event and its reports
 * @param summary  a short summary made of the reports' own sentences, in reading order
 * @param figures  what the reports count, every value side by side with its reports, disputed ones first
 * @param quotes   direct quotations with their speakers, merged across reports
 * @param entities people, places and organisations, one name each across spellings
 * @param date     the day the event happened as the reports tell it, else the day it was first reported; null
 *                 when nothing dates it
 * @param developments what happened when: the reports' sentences that give a day, ordered by day; empty when none
 *                 does
 */
public record Digest(Event event, List<SummarySentence> summary, List<Figure> figures, List<Quote> quotes,
                     List<Entity> entities, EventDate date, List<Development> developments) {
    public Digest {
        Objects.requireNonNull(event, "event");
        summary = List.copyOf(summary);
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        developments = List.copyOf(developments);
    }

    /** A digest without developments. */
    public Digest(Event event, List<SummarySentence> summary, List<Figure> figures, List<Quote> quotes,
                  List<Entity> entities, EventDate date) {
        this(event, summary, figures, quotes, entities, date, List.of());
    }

    /**
     * This digest for {@code other}, an event with the same reports in the same order and the same origins: the
     * rest of a digest is made from those alone ({@link Digester#digest}), so it holds for {@code other} too, whose
     * title, dates, grouping evidence and note the pages then show.
     */
    public Digest withEvent(Event other) {
        return new Digest(other, summary, figures, quotes, entities, date, developments);
    }

    /** A digest without a date. */
    public Digest(Event event, List<SummarySentence> summary, List<Figure> figures, List<Quote> quotes,
                  List<Entity> entities) {
        this(event, summary, figures, quotes, entities, null);
    }
}
