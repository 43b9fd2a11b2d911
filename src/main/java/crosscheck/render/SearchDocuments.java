package crosscheck.render;

import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.core.Parallel;
import crosscheck.digest.quotes.Quote;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.ingest.ArticleText;
import crosscheck.render.SiteIndex.EntityEntry;
import crosscheck.render.SiteIndex.EventEntry;
import crosscheck.render.SiteIndex.OutletEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the search indexes: one {@link SearchDocument} for every event (home-page order), report (by id), person,
 * place and organisation (by kind and name) and outlet (by name), holding only the text the site publishes on that
 * page. An event: its summary sentences and its quotations with who said them. A report: its outlet, then its text
 * as the site publishes it ({@code articles:} in site.yml): the whole cleaned text when {@code full}, the opening
 * and the sentences the digest quotes when {@code excerpt} (see {@link ArticleExcerpt}), nothing when {@code none}.
 * An entity: the other spellings the reports use ("Also written Galant"). An outlet: its name.
 */
final class SearchDocuments {
    private SearchDocuments() {
    }

    /**
     * @param index     the site
     * @param published how much of each report's own text the site publishes
     */
    static List<SearchDocument> of(SiteIndex index, ArticleText published) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(published, "published");
        List<SearchDocument> out = new ArrayList<>();
        for (EventEntry event : index.events()) out.add(event(event));
        out.addAll(Parallel.map(List.copyOf(index.articles().values()), article -> report(article, index, published)));
        for (EntityEntry entity : index.entities().values()) {
            List<String> spellings = entity.spellings().isEmpty() ? List.of()
                    : List.of("Also written " + String.join(", ", entity.spellings()));
            out.add(new SearchDocument(entity.kind().name().toLowerCase(Locale.ROOT), entity.name(),
                    entity.path().url(), false, spellings));
        }
        for (OutletEntry outlet : index.outlets().values()) {
            out.add(new SearchDocument("outlet", outlet.name(), outlet.path().url(), false, List.of()));
        }
        return out;
    }

    private static SearchDocument event(EventEntry event) {
        List<String> passages = new ArrayList<>();
        for (SummarySentence sentence : event.digest().summary()) passages.add(sentence.text());
        for (Quote quote : event.digest().quotes()) {
            passages.add("“" + quote.text().strip() + "”" + (quote.speaker() == null ? "" : " (" + quote.speaker() + ")"));
        }
        return new SearchDocument("event", event.event().title(), event.path().url(), false, passages);
    }

    private static SearchDocument report(Report article, SiteIndex index, ArticleText published) {
        List<String> passages = new ArrayList<>();
        String outlet = SiteIndex.outletName(article);
        if (outlet != null) passages.add(outlet);
        switch (published) {
            case FULL -> article.blocks().stream().map(Block::text).forEach(passages::add);
            case EXCERPT -> {
                EventEntry event = index.eventOf(article);
                ArticleExcerpt excerpt = ArticleExcerpt.of(article, event == null ? null : event.digest());
                passages.add(excerpt.opening());
                passages.addAll(excerpt.cited());
            }
            case NONE -> {
            }
        }
        return new SearchDocument("report", article.displayTitle(), index.articlePath(article).url(), article.draft(),
                passages);
    }
}
