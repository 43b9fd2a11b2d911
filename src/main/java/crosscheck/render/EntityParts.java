package crosscheck.render;

import java.util.List;

/**
 * The pieces only an entity page shows: what the reports call a person, place or organisation, the sentences that
 * name it and its quotations, each with the reports that write them. Same conventions as {@link Parts}: plain text,
 * links relative to the page, optional fields null.
 */
public final class EntityParts {
    private EntityParts() {
    }

    /**
     * A report cited on an entity page, which gathers several events: named so a reader can place it without its
     * event page's numbering.
     *
     * @param outlet the report's outlet, else the domain of its address ({@link SourceNames#knownName}), optional: a
     *               report with neither is "an unnamed source" of its event
     * @param href   link to the report page
     * @param title  the report's headline
     * @param event  the title of the event the report belongs to
     */
    public record ReportRef(String outlet, String href, String title, String event) {
    }

    /**
     * A role or title the reports give the entity, in their words ("Israeli Defense Minister").
     *
     * @param text    the role as written
     * @param reports the reports that give it, newest event first
     */
    public record RoleView(String text, List<ReportRef> reports) {
        public RoleView {
            reports = List.copyOf(reports);
        }
    }

    /**
     * A sentence of a report that names the entity, word for word.
     *
     * @param text    the sentence
     * @param report  the report that writes it
     * @param summary whether the event's summary uses it
     */
    public record Extract(String text, ReportRef report, boolean summary) {
    }

    /**
     * What one event's reports say of the entity.
     *
     * @param title     the event's title
     * @param href      link to the event page
     * @param sentences a few of the sentences that name the entity ({@link EntitySentences})
     */
    public record EventExtracts(String title, String href, List<Extract> sentences) {
        public EventExtracts {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * A quotation of the entity's, as the event's digest has it.
     *
     * @param text      the words quoted
     * @param reports   the reports that carry it
     * @param event     the title of its event
     * @param eventHref link to its event page
     */
    public record EntityQuote(String text, List<ReportRef> reports, String event, String eventHref) {
        public EntityQuote {
            reports = List.copyOf(reports);
        }
    }
}
