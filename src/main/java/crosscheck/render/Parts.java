package crosscheck.render;

import java.util.List;
import java.util.Objects;

/**
 * The pieces the page templates show: links to events, reports and outlets, dates, summary sentences and
 * report text. Every string is plain text (templates escape it) and every {@code href} is relative to the
 * page being rendered. Fields documented as optional are {@code null} when unknown; templates must test
 * them with {@code ??} and never make a value up.
 */
public final class Parts {
    private Parts() {
    }

    /**
     * A calendar date.
     *
     * @param iso  "2024-03-26", for {@code <time datetime>}
     * @param text "26 March 2024", for readers
     */
    public record Day(String iso, String text) {
    }

    /**
     * The day an event happened, as its reports tell it, or only the day it was first reported.
     *
     * @param iso      "2024-03-26", for {@code <time datetime>}
     * @param text     "26 March 2024", for readers
     * @param weekday  "Tuesday"
     * @param reported true when the reports say the event happened on this day; false when none says when, and
     *                 this is the day the first of them was published
     */
    public record EventDay(String iso, String text, String weekday, boolean reported) {
    }

    /**
     * A link to the original report on the web; only made for http and https addresses.
     *
     * @param href the address
     * @param host its host name, e.g. "www.example.com", to show the reader where the link goes
     */
    public record Original(String href, String host) {
    }

    /**
     * An event as listed on the home page, an outlet page or a report page.
     *
     * @param title   event headline
     * @param href    link to the event page
     * @param first   earliest report date, optional
     * @param last    latest report date, optional (same as {@code first} for a one-day event)
     * @param reports     number of reports
     * @param independent number of independent reports (copies of one origin count once)
     * @param outlets     number of distinct named outlets among them (by outlet or domain, {@link SourceNames})
     * @param unnamed     how many of them go by no outlet or domain
     * @param gist        the first sentence of the summary, optional
     * @param drafts      how many of its reports are drafts (0 unless drafts are built: serve, build --drafts)
     * @param date        the day it happened, else the day it was first reported, optional
     */
    public record EventLink(String title, String href, Day first, Day last, int reports, int independent,
                            int outlets, int unnamed, String gist, int drafts, EventDay date) {
    }

    /**
     * A report as listed on an event or outlet page.
     *
     * @param title      headline (or the start of the text)
     * @param href       link to the report page
     * @param outlet     outlet name, optional
     * @param outletHref link to the outlet page, present when {@code outlet} is
     * @param published  publication date, optional
     * @param original   link to the original, optional
     * @param draft      whether the report is a draft (only when drafts are built: serve, build --drafts)
     * @param name       on an event page, what the page calls it ({@link SourceNames}); else null
     * @param relayOf    on an event page, the name of the origin it relays (a copy of another report, wire copy);
     *                   else null
     */
    public record ArticleLink(String title, String href, String outlet, String outletHref, Day published,
                              Original original, boolean draft, String name, String relayOf) {
    }

    /**
     * An outlet as listed on the home page.
     *
     * @param name    outlet name
     * @param href    link to the outlet page
     * @param reports number of its reports in the site
     */
    public record OutletLink(String name, String href, int reports) {
    }

    /**
     * A report that states a summary sentence.
     *
     * @param name    what the event page calls it: its outlet, else its domain, else "Unnamed source N"
     *                ({@link SourceNames})
     * @param outlet  its outlet, optional
     * @param href    link to the report page
     * @param title   the report's headline
     * @param number  its number in the event's list of sources, from 1
     * @param wording the report's own sentence that states it, optional
     * @param draft   whether the report is a draft (only when drafts are built: serve, build --drafts)
     */
    public record Cite(String name, String outlet, String href, String title, int number, String wording, boolean draft) {
    }

    /**
     * One sentence of an event summary and the reports that state it, the report it is quoted from first.
     *
     * @param text        the sentence
     * @param cites       the reports that state it
     * @param origins     how many independent origins they are (copies of one origin count once)
     * @param contradicts the reports that contradict it, with their wording; empty when none does
     */
    public record Sentence(String text, List<Cite> cites, int origins, List<Contradicting> contradicts) {
        public Sentence {
            cites = List.copyOf(cites);
            contradicts = List.copyOf(contradicts);
        }
    }

    /**
     * A report that contradicts a summary sentence.
     *
     * @param cite the report, with its own sentence as the wording
     * @param kind what differs: "count", "negation" or "day"
     */
    public record Contradicting(Cite cite, String kind) {
        public Contradicting {
            Objects.requireNonNull(cite, "cite");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A run of report text of one kind.
     *
     * @param kind    "paragraph", "heading", "quote" or "list"
     * @param texts   one text, or the items of a list
     * @param markups for each text, the same text with its safe inline markup (HTML, shown unescaped), or null
     *                where there is none and the text is shown escaped; re-checked through
     *                {@link crosscheck.clean.SafeMarkup} before it gets here
     */
    public record TextBlock(String kind, List<String> texts, List<String> markups) {
        public TextBlock {
            texts = List.copyOf(texts);
            List<String> given = markups == null ? List.of() : markups;
            List<String> aligned = new java.util.ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) aligned.add(i < given.size() ? given.get(i) : null);
            markups = java.util.Collections.unmodifiableList(aligned);
        }

        /** Plain text only. */
        public TextBlock(String kind, List<String> texts) {
            this(kind, texts, null);
        }
    }

    /**
     * A piece of the original page that cleaning dropped.
     *
     * @param text   what was dropped
     * @param reason why, optional
     */
    public record Removal(String text, String reason) {
    }

    /**
     * The people and agencies a report credits for one thing, as its credit lines say.
     *
     * @param role  what for: "contributed", "wire service", "reporting", "additional reporting", "editing", ...
     * @param names who, in the report's order
     */
    public record CreditGroup(String role, List<String> names) {
        public CreditGroup {
            names = List.copyOf(names);
        }
    }

    /**
     * How many pieces cleaning removed for one reason, what a page that publishes no whole text shows of them.
     *
     * @param reason why, or null for pieces removed with no reason given
     * @param count  how many pieces
     */
    public record RemovalCount(String reason, int count) {
    }

    /**
     * One value of a figure, with the reports that give it.
     *
     * @param value    the number as written, with its qualifier ("over 32,000")
     * @param sentence  the sentence that gives it, verbatim
     * @param authority who the sentence attributes it to, in its words, optional
     * @param cites     the reports that give it
     */
    public record FigureValue(String value, String sentence, String authority, List<Cite> cites) {
        public FigureValue {
            cites = List.copyOf(cites);
        }
    }

    /**
     * Something the reports count, every value side by side.
     *
     * @param measure  what is counted ("taken hostage")
     * @param occasion the day the count belongs to, optional
     * @param place    the other place the count is set in, when it is not the event's, optional
     * @param disputed whether the reports give values that cannot all be true
     * @param values   the values given
     * @param reports  how many reports give a value
     * @param chart    the values drawn side by side, optional: only for a figure the reports dispute with at
     *                 least two values that have a number
     */
    public record FigureView(String measure, String occasion, String place, boolean disputed, List<FigureValue> values,
                             int reports, FigureChart chart) {
        public FigureView {
            values = List.copyOf(values);
        }
    }

    /*
     * Pictures. Their geometry is worked out in Java and handed over as ready-made SVG attribute values
     * (numbers written with a dot and at most one decimal, whatever the locale), so that templates only write
     * the markup and every build writes the same bytes.
     */

    /**
     * A small timeline of which report was published when: one row per report, in the order of the event's
     * list of sources, a dot at its date on a time axis shared by the rows.
     *
     * @param width     width of the drawing, in SVG units (its viewBox)
     * @param height    height of the drawing
     * @param labelX    right edge of the row labels
     * @param plotLeft  left end of the time axis
     * @param plotRight right end of the time axis
     * @param axisY     where the axis line is drawn, under the rows
     * @param tickY     baseline of the tick labels
     * @param rows      one per report
     * @param ticks     the dates marked on the axis, earliest first
     */
    public record Timeline(String width, String height, String labelX, String plotLeft, String plotRight,
                           String axisY, String tickY, List<TimelineRow> rows, List<Tick> ticks) {
        public Timeline {
            rows = List.copyOf(rows);
            ticks = List.copyOf(ticks);
        }
    }

    /**
     * A report on the timeline.
     *
     * @param label     its outlet, else "Report N" (its number in the list of sources)
     * @param shortLabel the label cut to fit the drawing
     * @param number    its number in the list of sources, from 1
     * @param published its publication date, optional
     * @param y         the row's middle
     * @param x         where its dot goes, optional: present exactly when {@code published} is
     */
    public record TimelineRow(String label, String shortLabel, int number, Day published, String y, String x) {
    }

    /**
     * A date marked on the time axis.
     *
     * @param x     where
     * @param label the date, short ("26 Mar")
     * @param day   the date
     */
    public record Tick(String x, String label, Day day) {
    }

    /**
     * A disputed figure's values drawn as horizontal bars from zero, one bar per value, never merged.
     *
     * @param id     an id unique on the page, for the drawing's title
     * @param width  width of the drawing (its viewBox)
     * @param height height of the drawing
     * @param bars   one per value that has a number, in the order of the figure's values
     */
    public record FigureChart(String id, String width, String height, List<Bar> bars) {
        public FigureChart {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One value of a figure as a bar: solid from zero to the least the value allows; for a value given as a
     * range ("about 15", "almost 1,200", "up to 50") a lighter span to the most it allows; for an open value
     * ("over 32,000") an open end pointing on past the least.
     *
     * @param value      the value as written
     * @param outlets    the reports that give it, by outlet or "Report N"
     * @param outletsShort the outlets cut so that they fit the drawing after the value
     * @param labelY     baseline of the label
     * @param barY       top of the bar
     * @param barHeight  height of the bar
     * @param solidWidth length of the solid part (may be 0)
     * @param rangeX     start of the lighter span, optional (present for a range)
     * @param rangeWidth its length, optional
     * @param openX      start of the open end, optional (present for an open value)
     * @param openEnd    end of the open end's dashed line, optional
     * @param midY       the bar's middle, for the open end's line
     * @param arrow      the arrow head's points, optional
     */
    public record Bar(String value, String outlets, String outletsShort, String labelY, String barY, String barHeight,
                      String solidWidth, String rangeX, String rangeWidth, String openX, String openEnd,
                      String midY, String arrow) {
    }

    /**
     * A direct quotation.
     *
     * @param text    the words quoted
     * @param speaker who said them, as a report names them, optional
     * @param cites   the reports that carry it, with their wording
     */
    public record QuoteView(String text, String speaker, List<Cite> cites) {
        public QuoteView {
            cites = List.copyOf(cites);
        }
    }

    /**
     * A person, place or organisation named in the reports.
     *
     * @param name      one name across spellings
     * @param kind      "person", "place", "organisation" or "other"
     * @param href      link to its page, optional (names of other kinds have none)
     * @param spellings the other spellings the reports use
     * @param reports   how many reports name it (on an event page: of that event)
     */
    public record EntityLink(String name, String kind, String href, List<String> spellings, int reports) {
        public EntityLink {
            spellings = List.copyOf(spellings);
        }
    }

    /**
     * A row of the claim-by-report view: one summary sentence and, for each of the event's reports in the
     * order of its list of sources, whether the report states it and whether it contradicts it (never both).
     */
    public record CoverageRow(String sentence, List<Boolean> states, List<Boolean> contradicts) {
        public CoverageRow {
            states = List.copyOf(states);
            contradicts = List.copyOf(contradicts);
            if (contradicts.size() != states.size()) {
                throw new IllegalArgumentException("one contradicts flag for each report");
            }
        }
    }

    /**
     * A link of the header's navigation.
     *
     * @param label   what the link says
     * @param href    where it goes
     * @param current whether it is the page being shown
     */
    public record NavLink(String label, String href, boolean current) {
    }

    /**
     * A month of the archive.
     *
     * @param id     "2024-03", for the anchor; "undated" for events without dates
     * @param label  "March 2024", or "Undated"
     * @param events the events whose latest report falls in it, newest first
     */
    public record Month(String id, String label, List<EventLink> events) {
        public Month {
            events = List.copyOf(events);
        }
    }

    /**
     * Why an event's reports were grouped, as the event page shows it.
     *
     * @param names   names at least two of the reports write, as written ("Yoav Gallant")
     * @param figures figures at least two of them give ("32,000 killed", else the number as written)
     * @param days    days at least two of them tell of
     * @param ties    one row per report, in the order of the sources: how strongly it is tied to the others
     */
    public record Evidence(List<String> names, List<String> figures, List<Day> days, List<TieRow> ties) {
        public Evidence {
            names = List.copyOf(names);
            figures = List.copyOf(figures);
            days = List.copyOf(days);
            ties = List.copyOf(ties);
        }
    }

    /**
     * What one report shares with the other reports of its event.
     *
     * @param number     its number in the list of sources, from 1
     * @param label      its outlet, else "Report N"
     * @param rareNames  how many names few reports of the site have it shares with the others
     * @param phrases    how many rare phrases it shares with the others
     * @param similarity its mean similarity to the others, as a percentage ("34")
     */
    public record TieRow(int number, String label, int rareNames, int phrases, int similarity) {
    }

    /**
     * One join for the curator to check, on the preview's review page.
     *
     * @param kind       "fits two events", "borderline join" or "long span"
     * @param event      the slug of the event in doubt
     * @param eventHref  a link to its page
     * @param report     the id of the report in doubt, optional
     * @param reportHref a link to its page, optional
     * @param why        why the grouping is unsure, one sentence
     * @param evidence   what the reports share, one line each
     * @param fixes      the events.yml entries that would settle it
     */
    public record ReviewEntry(String kind, String event, String eventHref, String report, String reportHref,
                              String why, List<String> evidence, List<ReviewFix> fixes) {
        public ReviewEntry {
            evidence = List.copyOf(evidence);
            fixes = List.copyOf(fixes);
        }
    }

    /**
     * One way to settle a doubt.
     *
     * @param does  what it does ("keep it in x")
     * @param lines the lines to add under {@code events:} in {@code content/events.yml}
     */
    public record ReviewFix(String does, List<String> lines) {
        public ReviewFix {
            lines = List.copyOf(lines);
        }
    }
}
