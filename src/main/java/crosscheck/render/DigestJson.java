package crosscheck.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import crosscheck.analyse.AnalysedReport;
import crosscheck.clean.Removed;
import crosscheck.clean.Report;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.digest.when.Development;
import crosscheck.digest.when.DevelopmentDay;
import crosscheck.digest.when.EventDate;
import crosscheck.render.SiteIndex.EventEntry;
import crosscheck.ingest.ArticleText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code digest.json}: the site's content for other tools. Its shape is an interface; add fields, never
 * rename or drop them:
 * <pre>{"events": [{"id", "title", "url", "first", "last", "date", "dateBasis", "dateSources": [ids], "articles":
 * [ids], "summary": [{"text", "from", "sources": [ids], "origins", "wordings": [{"article", "text"}],
 * "contradicts": [{"article", "text", "kind"}]}], "developments": [{"day", "weekday", "monthDay", "text", "from",
 * "sources": [ids], "origins", "toCome", "summary", "wordings": [{"article", "text"}]}]}],
 *  "articles": [{"id", "file", "title", "source", "url", "published", "author", "origin", "credits": [{"name",
 * "role"}], "language", "event", "page", "text", "removed": [{"text", "reason"}], "draft"}],
 *  "redirects": [{"id", "event", "url"}]}</pre>
 * Events are in home-page order, articles by id, redirects (old event addresses: {@code id} is the old slug,
 * {@code event} the id of the event it leads to, {@code url} the old page's path) by id; {@code url} of an event and {@code page} of an article are
 * page paths inside the site; unknown values are null. {@code "draft": true} marks a draft, only in a site built
 * with its drafts (serve, build --drafts); other articles have no {@code draft} field. An event's {@code date} is
 * the day it happened when its reports say so ({@code "dateBasis": "reported"}), else the day its first report was
 * published ({@code "published"}); {@code dateSources} are the reports that give that day. All three are null when
 * nothing dates the event. An article's {@code text} is as much as {@code articles:} in site.yml publishes: the
 * whole cleaned text ({@code full}), the report's opening ({@code excerpt}, the default), or null ({@code none});
 * {@code removed} lists what cleaning removed only with the whole text, and is empty otherwise. An article's
 * {@code origin} is the wire service whose copy it says it is (null when it does not say), {@code credits} who its
 * credit lines credit and for what (empty when none). An event's {@code developments} are what happened when, in
 * the order of their days: each a sentence of a report that gives a day, word for word ({@code text}, from report
 * {@code from}), with every report that states it on that day; {@code day} is its ISO date, or null when the
 * reports that give it are undated, and then {@code weekday} ("tuesday") or {@code monthDay} ("--03-26") is what
 * they name; {@code toCome} marks what every source tells of as still to come.
 */
final class DigestJson {
    @JsonPropertyOrder({"events", "articles", "redirects"})
    record Root(List<EventJson> events, List<ArticleJson> articles, List<RedirectJson> redirects) {
    }

    @JsonPropertyOrder({"id", "event", "url"})
    record RedirectJson(String id, String event, String url) {
    }

    @JsonPropertyOrder({"events", "articles", "redirects"})
    record IndexJson(List<EventIndexJson> events, List<ArticleIndexJson> articles, List<RedirectJson> redirects) {
    }

    @JsonPropertyOrder({"id", "title", "url", "first", "last", "date", "dateBasis", "dateSources", "note",
            "articles", "data"})
    record EventIndexJson(String id, String title, String url, String first, String last, String date,
                          String dateBasis, List<String> dateSources, String note, List<String> articles,
                          String data) {
    }

    @JsonPropertyOrder({"id", "file", "title", "source", "url", "published", "author", "origin", "credits",
            "language", "event", "page", "data", "draft"})
    record ArticleIndexJson(String id, String file, String title, String source, String url, String published,
                            String author, String origin, List<CreditJson> credits, String language, String event,
                            String page,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String data,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean draft) {
    }

    @JsonPropertyOrder({"id", "title", "url", "first", "last", "date", "dateBasis", "dateSources", "note",
            "articles", "origins", "summary", "figures", "quotes", "entities", "developments"})
    record EventJson(String id, String title, String url, String first, String last, String date, String dateBasis,
                     List<String> dateSources, String note, List<String> articles, List<List<String>> origins, List<SentenceJson> summary,
                     List<FigureJson> figures, List<QuoteJson> quotes, List<EntityJson> entities,
                     List<DevelopmentJson> developments) {
    }

    @JsonPropertyOrder({"day", "weekday", "monthDay", "text", "from", "sources", "origins", "toCome", "summary",
            "wordings"})
    record DevelopmentJson(String day, String weekday, String monthDay, String text, String from,
                           List<String> sources, int origins, boolean toCome, boolean summary,
                           List<WordingJson> wordings) {
    }

    @JsonPropertyOrder({"value", "low", "high", "sentence", "authority", "sources"})
    record ClaimJson(String value, long low, Long high, String sentence, String authority, List<String> sources) {
    }

    @JsonPropertyOrder({"measure", "occasion", "place", "disputed", "values"})
    record FigureJson(String measure, String occasion, String place, boolean disputed, List<ClaimJson> values) {
    }

    @JsonPropertyOrder({"text", "speaker", "sources", "wordings"})
    record QuoteJson(String text, String speaker, List<String> sources, List<WordingJson> wordings) {
    }

    @JsonPropertyOrder({"name", "kind", "spellings", "sources", "mentions", "roles"})
    record EntityJson(String name, String kind, List<String> spellings, List<String> sources, int mentions,
                      List<RoleJson> roles) {
    }

    @JsonPropertyOrder({"text", "sources"})
    record RoleJson(String text, List<String> sources) {
    }

    @JsonPropertyOrder({"article", "text"})
    record WordingJson(String article, String text) {
    }

    @JsonPropertyOrder({"text", "from", "sources", "origins", "wordings", "contradicts"})
    record SentenceJson(String text, String from, List<String> sources, int origins, List<WordingJson> wordings,
                        List<ContradictionJson> contradicts) {
    }

    @JsonPropertyOrder({"article", "text", "kind"})
    record ContradictionJson(String article, String text, String kind) {
    }

    @JsonPropertyOrder({"id", "file", "title", "source", "url", "published", "author", "origin", "credits",
            "language", "event", "page", "text", "removed", "draft"})
    record ArticleJson(String id, String file, String title, String source, String url, String published,
                       String author, String origin, List<CreditJson> credits, String language, String event,
                       String page, String text, List<RemovedJson> removed,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean draft) {
    }

    @JsonPropertyOrder({"name", "role"})
    record CreditJson(String name, String role) {
    }

    @JsonPropertyOrder({"text", "reason"})
    record RemovedJson(String text, String reason) {
    }

    /** The folder of the data files: {@code data/events/<slug>.json}, {@code data/articles/<name>.json}. */
    static final String DATA = "data";

    private DigestJson() {
    }

    /**
     * The whole digest as one document ({@code build --digest FILE}), pretty-printed into {@code out} as it goes,
     * never holding the whole text (large for big sites).
     */
    static void write(SiteIndex index, ArticleText text, OutputStream out) throws IOException {
        pretty(root(index, text), out);
    }

    /** The site's {@code digest.json}: every event and article without their contents, each naming its data file. */
    static void writeIndex(SiteIndex index, ArticleText text, OutputStream out) throws IOException {
        List<EventIndexJson> events = index.events().stream().map(DigestJson::indexEntry).toList();
        List<ArticleIndexJson> articles = index.articles().values().stream()
                .map(a -> indexEntry(a, index, text)).toList();
        pretty(new IndexJson(events, articles, redirects(index)), out);
    }

    /** One event's data file: the event as the whole digest has it, on one line. */
    static void writeEvent(EventEntry event, OutputStream out) throws IOException {
        compact(event(event), out);
    }

    /**
     * One article's data file: the article as the whole digest has it, with as much text as {@code text} allows, on
     * one line.
     */
    static void writeArticle(Report article, SiteIndex index, ArticleText text, OutputStream out) throws IOException {
        compact(article(article, index, text), out);
    }

    /** The data file of a page: {@code data/events/x.json} for {@code events/x/}. */
    static String dataPath(PagePath page) {
        String url = page.url();
        return DATA + "/" + (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + ".json";
    }

    private static void pretty(Object value, OutputStream out) throws IOException {
        Writer writer = SiteFile.utf8(out);
        PrettyJson.WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(writer, value);
        writer.write("\n");
        writer.flush();
    }

    /** A data file: many small ones, each written on one line to keep the site small. */
    private static void compact(Object value, OutputStream out) throws IOException {
        Writer writer = SiteFile.utf8(out);
        COMPACT.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(writer, value);
        writer.write("\n");
        writer.flush();
    }

    private static final ObjectWriter COMPACT = new ObjectMapper().writer();

    private static List<RedirectJson> redirects(SiteIndex index) {
        return index.redirects().stream()
                .map(r -> new RedirectJson(r.from(), r.to().event().id(), r.path().url())).toList();
    }

    private static Root root(SiteIndex index, ArticleText text) {
        List<EventJson> events = index.events().stream().map(DigestJson::event).toList();
        List<ArticleJson> articles = index.articles().values().stream().map(a -> article(a, index, text)).toList();
        return new Root(events, articles, redirects(index));
    }

    /** An event's entry in the index: what it and its whole entry share, and the path of its data file. */
    private static EventIndexJson indexEntry(EventEntry entry) {
        var event = entry.event();
        List<String> ids = event.reports().stream().map(AnalysedReport::id).toList();
        EventDate date = entry.digest().date();
        return new EventIndexJson(event.id(), event.title(), entry.path().url(), iso(event.first()),
                iso(event.last()), date == null ? null : date.day().toString(),
                date == null ? null : date.basis().name().toLowerCase(Locale.ROOT),
                date == null ? null : date.reportIds(), event.note(), ids, dataPath(entry.path()));
    }

    private static EventJson event(EventEntry entry) {
        EventIndexJson head = indexEntry(entry);
        List<SentenceJson> summary = entry.digest().summary().stream().map(DigestJson::sentence).toList();
        List<FigureJson> figures = entry.digest().figures().stream().map(f -> new FigureJson(f.measure(),
                f.occasion(), f.place(), f.disputed(), f.claims().stream().map(c -> new ClaimJson(c.value(), c.low(),
                        c.high() < 0 ? null : c.high(), c.sentence(), c.authority(), c.sources())).toList())).toList();
        List<QuoteJson> quotes = entry.digest().quotes().stream().map(q -> new QuoteJson(q.text(), q.speaker(),
                q.sources(), q.wordings().stream().map(w -> new WordingJson(w.article(), w.sentence())).toList()))
                .toList();
        List<EntityJson> entities = entry.digest().entities().stream().map(e -> new EntityJson(e.name(),
                EventSections.kind(e.kind()), e.spellings(), e.sources(), e.mentions(),
                e.roles().stream().map(r -> new RoleJson(r.text(), r.sources())).toList())).toList();
        return new EventJson(head.id(), head.title(), head.url(), head.first(), head.last(), head.date(),
                head.dateBasis(), head.dateSources(), head.note(), head.articles(), entry.event().origins(), summary,
                figures, quotes, entities, entry.digest().developments().stream().map(DigestJson::development).toList());
    }

    /** A development: its day as far as it is known, an ISO date, else the weekday or "--MM-DD" the text names. */
    private static DevelopmentJson development(Development development) {
        DevelopmentDay day = development.day();
        return new DevelopmentJson(iso(day.date()),
                day.weekday() == null ? null : day.weekday().name().toLowerCase(Locale.ROOT),
                day.monthDay() == null ? null : day.monthDay().toString(), development.text(), development.from(),
                development.sources(), development.origins(), development.toCome(), development.summary(),
                development.wordings().stream().map(w -> new WordingJson(w.report(), w.text())).toList());
    }

    private static SentenceJson sentence(SummarySentence sentence) {
        Set<String> sources = new LinkedHashSet<>();
        if (sentence.from() != null) sources.add(sentence.from());
        sources.addAll(sentence.sources());
        List<WordingJson> wordings = sentence.wordings().stream()
                .map(w -> new WordingJson(w.article(), w.text())).toList();
        List<ContradictionJson> contradicts = sentence.contradicts().stream()
                .map(c -> new ContradictionJson(c.article(), c.text(), c.kind())).toList();
        return new SentenceJson(sentence.text(), sentence.from(), List.copyOf(sources), sentence.origins(), wordings,
                contradicts);
    }

    /**
     * An article, with as much of its text as {@code text} publishes: whole, its opening, or none (null); what
     * cleaning removed, piece by piece, only with the whole text.
     */
    private static ArticleJson article(Report article, SiteIndex index, ArticleText text) {
        ArticleIndexJson head = indexEntry(article, index, text);
        List<RemovedJson> removed = text != ArticleText.FULL ? List.of() : article.removed().stream()
                .filter(r -> r != null && r.text() != null).map(DigestJson::removed).toList();
        String published = switch (text) {
            case FULL -> article.text();
            case EXCERPT -> ArticleExcerpt.opening(article);
            case NONE -> null;
        };
        return new ArticleJson(head.id(), head.file(), head.title(), head.source(), head.url(), head.published(),
                head.author(), head.origin(), head.credits(), head.language(), head.event(), head.page(), published,
                removed, head.draft());
    }

    /**
     * An article's entry in the index: what it and its whole entry share, and the path of its data file when the
     * site publishes its text.
     */
    private static ArticleIndexJson indexEntry(Report article, SiteIndex index, ArticleText text) {
        EventEntry event = index.eventOf(article);
        PagePath page = index.articlePath(article);
        return new ArticleIndexJson(article.id(), article.file(), article.title(), article.source(), article.url(),
                iso(article.published()), article.author(), article.origin(),
                article.credits().stream().map(c -> new CreditJson(c.name(), c.role())).toList(), article.language(),
                event == null ? null : event.event().id(), page.url(),
                text == ArticleText.NONE ? null : dataPath(page), article.draft() ? Boolean.TRUE : null);
    }

    private static RemovedJson removed(Removed removed) {
        return new RemovedJson(removed.text(), removed.reason());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
