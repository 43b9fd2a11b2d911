package crosscheck.render;

import crosscheck.clean.Article;
import crosscheck.digest.Entity;
import crosscheck.digest.Figure;
import crosscheck.digest.Quote;
import crosscheck.digest.SummarySentence;
import crosscheck.render.Parts.Cite;
import crosscheck.render.Parts.CoverageRow;
import crosscheck.render.Parts.EntityLink;
import crosscheck.render.Parts.FigureValue;
import crosscheck.render.Parts.FigureView;
import crosscheck.render.Parts.QuoteView;
import crosscheck.render.Parts.Sentence;
import crosscheck.render.SiteIndex.EntityEntry;
import crosscheck.render.SiteIndex.EventEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts of one event page that cite its reports: summary sentences, the claim-by-report view, figures
 * and quotations, each citing a report by its outlet (or its number in the list of sources) with the
 * report's own wording; and the people and places it names. Links are relative to the event page.
 */
final class EventSections {
    private final SiteIndex index;
    private final EventEntry event;
    private final List<Article> sources;

    EventSections(SiteIndex index, EventEntry event) {
        this.index = index;
        this.event = event;
        this.sources = event.articles();
    }

    /** Column heads naming each source: its outlet, else "Report N". */
    List<String> sourceLabels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String outlet = SiteIndex.outletName(sources.get(i));
            labels.add(outlet != null ? outlet : "Report " + (i + 1));
        }
        return labels;
    }

    List<Sentence> summary() {
        List<Sentence> out = new ArrayList<>();
        for (SummarySentence sentence : event.digest().summary()) {
            Map<String, String> wordings = new HashMap<>();
            sentence.wordings().forEach(w -> wordings.put(w.article(), w.text()));
            Set<String> ids = new LinkedHashSet<>();
            if (sentence.from() != null) ids.add(sentence.from());
            ids.addAll(sentence.sources());
            out.add(new Sentence(sentence.text(), cites(ids, wordings)));
        }
        return out;
    }

    /** For each summary sentence, which of the sources state it. */
    List<CoverageRow> coverage() {
        List<CoverageRow> rows = new ArrayList<>();
        for (SummarySentence sentence : event.digest().summary()) {
            List<Boolean> states = sources.stream().map(a -> sentence.sources().contains(a.id())).toList();
            rows.add(new CoverageRow(sentence.text(), states));
        }
        return rows;
    }

    List<FigureView> figures() {
        List<FigureView> out = new ArrayList<>();
        for (Figure figure : event.digest().figures()) {
            List<FigureValue> values = new ArrayList<>();
            for (Figure.Claim claim : figure.claims()) {
                values.add(new FigureValue(claim.value(), claim.sentence(), cites(claim.sources(), Map.of())));
            }
            out.add(new FigureView(figure.measure(), figure.occasion(), figure.disputed(), values,
                    figure.sources().size()));
        }
        return out;
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

    /** Cites of the given reports, in the given order, unknown ids left out. */
    private List<Cite> cites(Iterable<String> ids, Map<String, String> wordings) {
        List<Cite> cites = new ArrayList<>();
        for (String id : ids) {
            Article article = id == null ? null : index.article(id);
            if (article == null) continue;
            cites.add(new Cite(SiteIndex.outletName(article), event.path().linkTo(index.articlePath(article)),
                    article.displayTitle(), sources.indexOf(article) + 1, wordings.get(id)));
        }
        return cites;
    }
}
