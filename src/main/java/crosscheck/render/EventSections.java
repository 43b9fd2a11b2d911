package crosscheck.render;

import crosscheck.clean.Report;
import crosscheck.digest.figures.Figure;
import crosscheck.digest.names.Entity;
import crosscheck.digest.quotes.Quote;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.group.GroupingEvidence;
import crosscheck.render.Parts.Bar;
import crosscheck.render.Parts.Cite;
import crosscheck.render.Parts.Contradicting;
import crosscheck.render.Parts.CoverageRow;
import crosscheck.render.Parts.EntityLink;
import crosscheck.render.Parts.Evidence;
import crosscheck.render.Parts.FigureChart;
import crosscheck.render.Parts.FigureValue;
import crosscheck.render.Parts.FigureView;
import crosscheck.render.Parts.QuoteView;
import crosscheck.render.Parts.Sentence;
import crosscheck.render.Parts.Tick;
import crosscheck.render.Parts.TieRow;
import crosscheck.render.Parts.Publications;
import crosscheck.render.Parts.Timeline;
import crosscheck.render.Parts.TimelineDay;
import crosscheck.render.Parts.TimelineRow;
import crosscheck.render.SiteIndex.EntityEntry;
import crosscheck.render.SiteIndex.EventEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts of one event page that cite its reports: summary sentences, the claim-by-report view, figures
 * and quotations, each citing a report by the name a reader can place ({@link SourceNames}) with the
 * report's own wording; and the people and places it names. Links are relative to the event page.
 */
final class EventSections {
    private final SiteIndex index;
    private final EventEntry event;
    private final List<Report> sources;
    private final SourceNames names;

    EventSections(SiteIndex index, EventEntry event) {
        this.index = index;
        this.event = event;
        this.sources = event.articles();
        this.names = event.names();
    }

    /** What the page calls each of its reports ({@link SourceNames}), in the order of the sources. */
    SourceNames names() {
        return names;
    }

    /** Column heads naming each source, in the order of the sources ({@link SourceNames}). */
    List<String> sourceLabels() {
        return names.labels();
    }

    /** Why the reports were grouped, each report's ties in the order of the sources. */
    Evidence evidence() {
        GroupingEvidence found = event.event().evidence();
        List<String> labels = sourceLabels();
        Map<String, GroupingEvidence.Tie> ties = new HashMap<>();
        found.ties().forEach(t -> ties.put(t.report(), t));
        List<TieRow> rows = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            GroupingEvidence.Tie tie = ties.get(sources.get(i).id());
            if (tie == null) continue;
            rows.add(new TieRow(i + 1, labels.get(i), tie.rareNames(), tie.phrases(),
                    (int) Math.round(tie.similarity() * 100)));
        }
        return new Evidence(found.names(), found.figures(), found.days().stream().map(Days::of).toList(), rows);
    }

    List<Sentence> summary() {
        List<Sentence> out = new ArrayList<>();
        for (SummarySentence sentence : event.digest().summary()) {
            Map<String, String> wordings = new HashMap<>();
            sentence.wordings().forEach(w -> wordings.put(w.article(), w.text()));
            Set<String> ids = new LinkedHashSet<>();
            if (sentence.from() != null) ids.add(sentence.from());
            ids.addAll(sentence.sources());
            List<Contradicting> contradicts = new ArrayList<>();
            for (SummarySentence.Contradiction c : sentence.contradicts()) {
                cites(List.of(c.article()), Map.of(c.article(), c.text()))
                        .forEach(cite -> contradicts.add(new Contradicting(cite, c.kind())));
            }
            out.add(new Sentence(sentence.text(), cites(ids, wordings), sentence.origins(), contradicts));
        }
        return out;
    }

    /** For each summary sentence, which of the sources state it and which contradict it. */
    List<CoverageRow> coverage() {
        List<CoverageRow> rows = new ArrayList<>();
        for (SummarySentence sentence : event.digest().summary()) {
            List<Boolean> states = sources.stream().map(a -> sentence.sources().contains(a.id())).toList();
            Set<String> against = new HashSet<>();
            sentence.contradicts().forEach(c -> against.add(c.article()));
            List<Boolean> contradicts = sources.stream().map(a -> against.contains(a.id())).toList();
            rows.add(new CoverageRow(sentence.text(), states, contradicts));
        }
        return rows;
    }

    List<FigureView> figures() {
        List<FigureView> out = new ArrayList<>();
        for (Figure figure : event.digest().figures()) {
            List<FigureValue> values = new ArrayList<>();
            for (Figure.Claim claim : figure.claims()) {
                values.add(new FigureValue(claim.value(), claim.sentence(), claim.authority(),
                        cites(claim.sources(), Map.of())));
            }
            FigureChart chart = figure.disputed() ? chart("figure-chart-" + (out.size() + 1), figure) : null;
            out.add(new FigureView(figure.measure(), figure.occasion(), figure.place(), figure.disputed(), values,
                    figure.sources().size(), chart));
        }
        return out;
    }

    // Timeline geometry, in SVG units.
    private static final double TIMELINE_WIDTH = 600;
    private static final double LABEL_RIGHT = 200;
    private static final double PLOT_LEFT = 220;
    private static final double PLOT_RIGHT = 550;
    private static final double ROW_HEIGHT = 24;
    private static final double TOP = 6;
    private static final int LABEL_CHARS = 28;
    private static final int DAILY_TICKS_UP_TO = 7;
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TICK_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    /**
     * Which report was published when: one row per report in the order of the list of sources, a dot at its
     * date for a dated report, none for an undated one (its date is never guessed); null when fewer than two
     * reports are dated, as a chart of one dot says no more than a line ({@link #publications}).
     */
    Timeline timeline() {
        List<LocalDate> dates = sources.stream().map(Report::published).filter(d -> d != null).sorted().toList();
        if (dates.size() < 2) return null;
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        long span = ChronoUnit.DAYS.between(first, last);
        List<String> labels = sourceLabels();
        List<TimelineRow> rows = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            LocalDate published = sources.get(i).published();
            double y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
            rows.add(new TimelineRow(labels.get(i), cut(labels.get(i), LABEL_CHARS), i + 1, Days.of(published),
                    number(y), published == null ? null : number(dayX(first, span, published))));
        }
        List<Tick> ticks = new ArrayList<>();
        boolean daily = span > 0 && span <= DAILY_TICKS_UP_TO && first.getYear() == last.getYear();
        List<LocalDate> marked = new ArrayList<>();
        if (daily) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) marked.add(d);
        } else {
            marked.add(first);
            if (span > 0) marked.add(last);
        }
        for (LocalDate d : marked) {
            ticks.add(new Tick(number(dayX(first, span, d)), (daily ? TICK : TICK_YEAR).format(d), Days.of(d)));
        }
        double axisY = TOP + sources.size() * ROW_HEIGHT + 4;
        return new Timeline(number(TIMELINE_WIDTH), number(axisY + 24), number(LABEL_RIGHT), number(PLOT_LEFT),
                number(PLOT_RIGHT), number(axisY), number(axisY + 18), rows, ticks);
    }

    /** Where a day falls on the time axis; a single day falls in the middle. */
    private static double dayX(LocalDate first, long span, LocalDate day) {
        if (span == 0) return (PLOT_LEFT + PLOT_RIGHT) / 2;
        return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * ChronoUnit.DAYS.between(first, day) / span;
    }

    // Figure chart geometry, in SVG units.
    private static final double CHART_WIDTH = 600;
    private static final double BAR_ROOM = 592;
    private static final double OPEN_ROOM = 40;
    private static final double OPEN_LINE = 28;
    private static final double BAR_HEIGHT = 12;
    private static final double BAR_ROW = 42;
    private static final int BAR_LABEL_CHARS = 80;

    /**
     * A disputed figure's values as bars side by side, one per value that has a number, on one scale from
     * zero; null when fewer than two values have a number, as there is nothing to compare.
     */
    private FigureChart chart(String id, Figure figure) {
        List<Figure.Claim> drawn = figure.claims().stream().filter(c -> c.low() > 0 || c.high() > 0).toList();
        if (drawn.size() < 2) return null;
        double scale = Double.MAX_VALUE;
        for (Figure.Claim claim : drawn) {
            if (claim.high() >= 0) scale = Math.min(scale, BAR_ROOM / Math.max(claim.high(), claim.low()));
            else scale = Math.min(scale, (BAR_ROOM - OPEN_ROOM) / claim.low());
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            Figure.Claim claim = drawn.get(i);
            List<Cite> cites = cites(claim.sources(), Map.of());
            String outlets = String.join(", ", cites.stream()
                    .map(Cite::name).toList());
            double labelY = i * BAR_ROW + 16;
            double barY = labelY + 6;
            double low = claim.low() * scale;
            double solid = claim.low() > 0 ? Math.max(low, 2) : 0;
            boolean range = claim.high() > claim.low();
            boolean open = claim.high() < 0;
            double midY = barY + BAR_HEIGHT / 2;
            double end = low + OPEN_LINE;
            String arrow = open ? number(end) + "," + number(barY) + " " + number(end + 10) + "," + number(midY) + " "
                    + number(end) + "," + number(barY + BAR_HEIGHT) : null;
            bars.add(new Bar(claim.value(), outlets, cut(outlets, Math.max(12, BAR_LABEL_CHARS - claim.value().length() - 3)),
                    number(labelY), number(barY), number(BAR_HEIGHT), number(solid),
                    range ? number(low) : null, range ? number((claim.high() - claim.low()) * scale) : null,
                    open ? number(low) : null, open ? number(end) : null, number(midY), arrow));
        }
        return new FigureChart(id, number(CHART_WIDTH), number(drawn.size() * BAR_ROW + 4), bars);
    }

    /** A number for an SVG attribute: a dot, at most one decimal, no trailing zeros, whatever the locale. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The text, cut with an ellipsis when longer than the given number of characters. */
    static String cut(String text, int chars) {
        if (text.codePointCount(0, text.length()) <= chars) return text;
        return text.substring(0, text.offsetByCodePoints(0, chars - 1)).stripTrailing() + "…";
    }

    List<QuoteView> quotes() {
        List<QuoteView> out = new ArrayList<>();
        for (Quote quote : event.digest().quotes()) {
            Map<String, String> wordings = new HashMap<>();
            quote.wordings().forEach(w -> wordings.put(w.article(), w.sentence()));
            out.add(new QuoteView(quote.text(), quote.speaker(), cites(quote.sources(), wordings)));
        }
        return out;
    }

    List<EntityLink> entities(PagePath here) {
        List<EntityLink> out = new ArrayList<>();
        for (Entity entity : event.digest().entities()) {
            EntityEntry entry = index.entityEntry(entity);
            List<String> spellings = entity.spellings().stream().filter(n -> !n.equals(entity.name())).toList();
            out.add(new EntityLink(entity.name(), kind(entity.kind()), entry == null ? null : here.linkTo(entry.path()),
                    spellings, entity.sources().size()));
        }
        return out;
    }

    static String kind(Entity.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** What happened when, day by day ({@link TimelineSection#developments}). */
    List<TimelineDay> developments() {
        return TimelineSection.developments(event.digest().developments(), this::cites);
    }

    /** Which reports give their publication date, and how many do not ({@link TimelineSection#publications}). */
    Publications publications() {
        return TimelineSection.publications(sources, names);
    }

    /** Cites of the given reports, in the given order, unknown ids left out. */
    private List<Cite> cites(Iterable<String> ids, Map<String, String> wordings) {
        List<Cite> cites = new ArrayList<>();
        for (String id : ids) {
            Report article = id == null ? null : index.article(id);
            int place = id == null ? -1 : names.place(id);
            if (article == null || place < 0) continue;
            cites.add(new Cite(names.get(place).name(), SiteIndex.outletName(article),
                    event.path().linkTo(index.articlePath(article)),
                    article.displayTitle(), place + 1, wordings.get(id), article.draft()));
        }
        return cites;
    }
}
