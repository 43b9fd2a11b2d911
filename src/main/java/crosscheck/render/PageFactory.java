package crosscheck.render;

import crosscheck.address.ReviewItem;
import crosscheck.clean.Block;
import crosscheck.clean.Removed;
import crosscheck.clean.Report;
import crosscheck.clean.SafeMarkup;
import crosscheck.clean.metadata.Credit;
import crosscheck.group.Event;
import crosscheck.ingest.Page;
import crosscheck.ingest.PagesReader;
import crosscheck.ingest.ArticleText;
import crosscheck.ingest.SiteConfig;
import crosscheck.render.Pages.ArchivePage;
import crosscheck.render.Pages.ArticlePage;
import crosscheck.render.Pages.EntityPage;
import crosscheck.render.Pages.EventPage;
import crosscheck.render.Pages.Head;
import crosscheck.render.Pages.HomePage;
import crosscheck.render.Pages.NotFoundPage;
import crosscheck.render.Pages.OutletPage;
import crosscheck.render.Pages.RedirectPage;
import crosscheck.render.Pages.ReviewPage;
import crosscheck.render.Pages.SearchPage;
import crosscheck.render.Pages.TextPage;
import crosscheck.render.Parts.ArticleLink;
import crosscheck.render.Parts.CreditGroup;
import crosscheck.render.Parts.EventLink;
import crosscheck.render.Parts.Month;
import crosscheck.render.Parts.NavLink;
import crosscheck.render.Parts.OutletLink;
import crosscheck.render.Parts.Removal;
import crosscheck.render.Parts.RemovalCount;
import crosscheck.render.Parts.ReviewEntry;
import crosscheck.render.Parts.ReviewFix;
import crosscheck.render.Parts.Sentence;
import crosscheck.render.Parts.TextBlock;
import crosscheck.render.SiteIndex.EntityEntry;
import crosscheck.render.SiteIndex.EventEntry;
import crosscheck.render.SiteIndex.OutletEntry;
import crosscheck.render.SiteIndex.RedirectEntry;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Makes the data model of each page from the {@link SiteIndex}; links are relative to the page made. */
final class PageFactory {
    static final String DIGEST_JSON = "digest.json";
    static final String ATOM = "feed.xml";
    static final String JSON_FEED = "feed.json";
    static final String NOT_FOUND = "404.html";
    /** The curation file of the content folder, where event notes are written. */
    private static final String EVENTS_FILE = "events.yml";
    static final PagePath ARCHIVE = new PagePath(List.of("archive"));
    static final PagePath SEARCH = new PagePath(List.of("search"));
    static final String SEARCH_SCRIPT = "assets/search.js";
    static final String PAGES = "pages";
    /** The review list's page: made by {@code serve} only, never written into a built site. */
    static final PagePath REVIEW = new PagePath(List.of("_review"));
    private static final String WEBSITE = "website";
    private static final String ARTICLE = "article";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final SiteConfig site;
    private final String baseUrl;
    private final SiteIndex index;
    private final List<Page> pages;
    /** Whether the pages are for {@code serve}'s preview: they then link to the review list. */
    private final boolean preview;

    PageFactory(SiteConfig site, SiteIndex index, List<Page> pages) {
        this(site, index, pages, false);
    }

    PageFactory(SiteConfig site, SiteIndex index, List<Page> pages, boolean preview) {
        this.site = site;
        this.baseUrl = WebAddresses.checkBaseUrl(site.baseUrl());
        this.index = index;
        this.pages = List.copyOf(pages);
        this.preview = preview;
    }

    /** The site's absolute address ending in "/", or "" when it has none. */
    String baseUrl() {
        return baseUrl;
    }

    /** The page of one of the site's own pages. */
    static PagePath pagePath(Page page) {
        return PagePath.of(PAGES, page.name());
    }

    HomePage home() {
        PagePath here = PagePath.HOME;
        List<EventLink> events = index.events().stream().map(e -> eventLink(e, here)).toList();
        List<OutletLink> outlets = index.outlets().values().stream()
                .map(o -> new OutletLink(o.name(), here.linkTo(o.path()), o.articles().size())).toList();
        List<ArticleLink> unassigned = index.articles().values().stream()
                .filter(a -> index.eventOf(a) == null)
                .sorted(SiteIndex.NEWEST_FIRST)
                .map(a -> articleLink(a, here)).toList();
        return new HomePage(head(here, site.title(), site.description(), WEBSITE), site.title(), site.description(), events,
                outlets, unassigned);
    }

    EventPage event(EventEntry entry) {
        PagePath here = entry.path();
        Event event = entry.event();
        EventSections sections = new EventSections(index, entry);
        List<Sentence> summary = sections.summary();
        SourceNames names = sections.names();
        List<ArticleLink> sources = new ArrayList<>();
        for (Report article : entry.articles()) {
            SourceNames.SourceName name = names.get(sources.size());
            sources.add(articleLink(article, here, name.name(), name.relayOf()));
        }
        String description = summary.isEmpty() ? site.description() : summary.get(0).text();
        return new EventPage(head(here, event.title(), description, ARTICLE), event.title(), Days.of(event.first()),
                Days.of(event.last()), summary, sources, names.namedOutlets(), names.unnamed(),
                event.independentReports(),
                SafeMarkdown.NOTE.html(event.note(), EVENTS_FILE, "the note of event '" + event.id() + "'"), sections.evidence(),
                event.evidence().names(), sections.sourceLabels(),
                sections.coverage(), sections.figures(), sections.quotes(), sections.entities(here),
                sections.timeline(), Days.of(entry.digest().date()), sections.developments(),
                sections.publications());
    }

    EntityPage entity(EntityEntry entity) {
        PagePath here = entity.path();
        List<EventLink> events = entity.events().stream().map(e -> eventLink(e, here)).toList();
        String kind = EventSections.kind(entity.kind());
        EntitySections sections = new EntitySections(index, entity, site.articles());
        return new EntityPage(head(here, entity.name(), "What the reports say of " + entity.name(), WEBSITE),
                entity.name(), kind, entity.spellings(), events, sections.roles(), sections.extracts(),
                sections.quotes(), site.articles().word());
    }

    ArticlePage article(Report article) {
        PagePath here = index.articlePath(article);
        OutletEntry outlet = index.outletOf(article);
        EventEntry event = index.eventOf(article);
        String title = article.displayTitle();
        String description = "Report" + (outlet == null ? "" : " from " + outlet.name())
                + (article.published() == null ? "" : ", " + Days.of(article.published()).text()) + ": " + title;
        String lang = article.language() != null && LANGUAGE_TAG.matcher(article.language()).matches()
                ? article.language() : null;
        ArticleText shown = site.articles();
        ArticleExcerpt excerpt = shown == ArticleText.EXCERPT
                ? ArticleExcerpt.of(article, event == null ? null : event.digest()) : new ArticleExcerpt("", List.of());
        return new ArticlePage(head(here, title, description, ARTICLE), title, lang,
                outlet == null ? null : outlet.name(), outlet == null ? null : here.linkTo(outlet.path()),
                blankToNull(article.author()), Days.of(article.published()), WebAddresses.original(article.url()),
                event == null ? null : eventLink(event, here), shown.word(),
                shown == ArticleText.FULL ? blocks(article.blocks()) : List.of(), excerpt.opening(), excerpt.cited(),
                shown == ArticleText.FULL ? removals(article.removed()) : List.of(),
                shown == ArticleText.EXCERPT ? removalCounts(removals(article.removed())) : List.of(), article.draft(),
                blankToNull(article.origin()), creditGroups(article),
                outlet == null ? SourceNames.knownName(article) : null);
    }

    /** The report's credits by role, roles in the order first credited; the wire credit of its origin left out. */
    private static List<CreditGroup> creditGroups(Report article) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (Credit credit : article.credits()) {
            if (credit.name().equals(article.origin()) && credit.role().equals("wire service")) continue;
            List<String> names = byRole.computeIfAbsent(credit.role(), r -> new ArrayList<>());
            if (!names.contains(credit.name())) names.add(credit.name());
        }
        List<CreditGroup> groups = new ArrayList<>(byRole.size());
        byRole.forEach((role, names) -> groups.add(new CreditGroup(role, names)));
        return groups;
    }

    OutletPage outlet(OutletEntry outlet) {
        PagePath here = outlet.path();
        List<ArticleLink> articles = outlet.articles().stream().map(a -> articleLink(a, here)).toList();
        Set<EventEntry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Report article : outlet.articles()) {
            EventEntry event = index.eventOf(article);
            if (event != null) seen.add(event);
        }
        List<EventLink> events = index.events().stream().filter(seen::contains).map(e -> eventLink(e, here)).toList();
        return new OutletPage(head(here, outlet.name(), "Reports from " + outlet.name() + " in " + site.title(),
                WEBSITE),
                outlet.name(), articles, events);
    }

    ArchivePage archive() {
        PagePath here = ARCHIVE;
        Map<String, List<EventLink>> byMonth = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        // index.events() is newest first, undated last, so months come out newest first, undated last
        for (EventEntry entry : index.events()) {
            LocalDate date = latest(entry.event());
            String id = date == null ? "undated" : YearMonth.from(date).toString();
            labels.putIfAbsent(id, date == null ? "Undated" : MONTH.format(date));
            byMonth.computeIfAbsent(id, k -> new ArrayList<>()).add(eventLink(entry, here));
        }
        List<Month> months = new ArrayList<>();
        byMonth.forEach((id, events) -> months.add(new Month(id, labels.get(id), events)));
        return new ArchivePage(head(here, "Archive", "Every event in " + site.title() + " by month", WEBSITE),
                "Archive", months, index.events().size());
    }

    SearchPage search() {
        PagePath here = SEARCH;
        return new SearchPage(head(here, "Search", "Search the events, reports, people and places of " + site.title(),
                WEBSITE), "Search", here.linkToFile(SearchIndex.MANIFEST), here.linkToFile(SEARCH_SCRIPT));
    }

    TextPage textPage(Page page) {
        PagePath here = pagePath(page);
        String html = SafeMarkdown.PAGE.html(page.markdown(), PagesReader.FOLDER + "/" + page.name() + ".md",
                "the page");
        return new TextPage(head(here, page.title(), description(html), WEBSITE), page.title(), html);
    }

    RedirectPage redirect(RedirectEntry redirect) {
        PagePath to = redirect.to().path();
        String target = redirect.path().linkTo(to);
        return new RedirectPage(site.language(), site.title(), redirect.to().event().title(), target,
                baseUrl.isEmpty() ? target : baseUrl + to.url());
    }

    /** The review list's page: the joins the grouping is least sure of, each with its events.yml fixes. */
    ReviewPage review(List<ReviewItem> items) {
        PagePath here = REVIEW;
        Map<String, EventEntry> events = new HashMap<>();
        index.events().forEach(e -> events.put(e.event().id(), e));
        List<ReviewEntry> entries = new ArrayList<>();
        for (ReviewItem item : items) {
            EventEntry event = events.get(item.event());
            Report report = item.report() == null ? null : index.article(item.report());
            entries.add(new ReviewEntry(item.kind(), item.event(), event == null ? null : here.linkTo(event.path()),
                    item.report(), report == null ? null : here.linkTo(index.articlePath(report)), item.why(),
                    item.evidence(), item.fixes().stream().map(f -> new ReviewFix(f.does(), f.lines())).toList()));
        }
        Head head = head(here, "Review list", "The joins the grouping is least sure of", WEBSITE);
        Head unlisted = new Head(head.lang(), head.siteTitle(), head.title(), head.description(), head.root(),
                head.data(), null, head.ogTitle(), head.ogType(), head.atom(), head.jsonFeed(), head.nav(), true,
                head.review());
        return new ReviewPage(unlisted, "Review list", entries);
    }

    NotFoundPage notFound() {
        String root = sitePath();
        String title = "Page not found";
        List<NavLink> nav = nav(null, root);
        return new NotFoundPage(new Head(site.language(), site.title(), title + " · " + site.title(),
                "There is no page at this address.", root, root + DIGEST_JSON, null, title, WEBSITE, root + ATOM,
                root + JSON_FEED, nav, true, preview ? root + REVIEW.url() : null), title);
    }

    /** The newest date of an event: its latest report, else its earliest, else null. */
    static LocalDate latest(Event event) {
        return event.last() != null ? event.last() : event.first();
    }

    /** The path part of the baseUrl ("/repo/"), or "/" without one: where the site's root is on its host. */
    private String sitePath() {
        if (baseUrl.isEmpty()) return "/";
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private Head head(PagePath here, String pageTitle, String description, String ogType) {
        String title = here.equals(PagePath.HOME) ? site.title() : pageTitle + " · " + site.title();
        String canonical = baseUrl.isEmpty() ? null : baseUrl + here.url();
        return new Head(site.language(), site.title(), title, description, here.root(),
                here.linkToFile(DIGEST_JSON), canonical, pageTitle, ogType, here.linkToFile(ATOM),
                here.linkToFile(JSON_FEED), nav(here, here.root()), false, preview ? here.linkTo(REVIEW) : null);
    }

    /** Home, Archive, then the site's own pages; {@code here} is null on the 404 page. */
    private List<NavLink> nav(PagePath here, String root) {
        List<NavLink> nav = new ArrayList<>();
        nav.add(new NavLink("Home", root + PagePath.HOME.url(), PagePath.HOME.equals(here)));
        nav.add(new NavLink("Archive", root + ARCHIVE.url(), ARCHIVE.equals(here)));
        for (Page page : pages) {
            PagePath path = pagePath(page);
            nav.add(new NavLink(page.title(), root + path.url(), path.equals(here)));
        }
        return nav;
    }

    /** The first paragraph's text, for the description of a page of the site's own text. */
    private String description(String html) {
        if (html == null) return site.description();
        Element first = Jsoup.parseBodyFragment(html).selectFirst("p");
        String text = first == null ? "" : first.text().strip();
        if (text.isEmpty()) return site.description();
        return text.length() <= 200 ? text : text.substring(0, text.lastIndexOf(' ', 199) + 1).strip() + " …";
    }

    private EventLink eventLink(EventEntry entry, PagePath from) {
        Event event = entry.event();
        String gist = entry.digest().summary().isEmpty() ? null : entry.digest().summary().get(0).text();
        SourceNames names = entry.names();
        return new EventLink(event.title(), from.linkTo(entry.path()), Days.of(event.first()), Days.of(event.last()),
                event.reports().size(), event.independentReports(), names.namedOutlets(), names.unnamed(), gist,
                (int) entry.articles().stream().filter(Report::draft).count(), Days.of(entry.digest().date()));
    }

    private ArticleLink articleLink(Report article, PagePath from) {
        return articleLink(article, from, null, null);
    }

    private ArticleLink articleLink(Report article, PagePath from, String name, String relayOf) {
        OutletEntry outlet = index.outletOf(article);
        return new ArticleLink(article.displayTitle(), from.linkTo(index.articlePath(article)),
                outlet == null ? null : outlet.name(), outlet == null ? null : from.linkTo(outlet.path()),
                Days.of(article.published()), WebAddresses.original(article.url()), article.draft(), name, relayOf);
    }

    /**
     * Report text as runs: consecutive list items become one list. A block's markup goes through the safelist
     * once more, so that only safe markup is shown whoever made the block.
     */
    static List<TextBlock> blocks(List<Block> blocks) {
        List<TextBlock> out = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<String> itemMarkups = new ArrayList<>();
        for (Block block : blocks) {
            if (block.text().isBlank()) continue;
            String markup = SafeMarkup.sanitize(block.markup());
            if (block.kind() == Block.Kind.ITEM) {
                items.add(block.text());
                itemMarkups.add(markup);
                continue;
            }
            if (!items.isEmpty()) {
                out.add(new TextBlock("list", items, itemMarkups));
                items.clear();
                itemMarkups.clear();
            }
            String kind = switch (block.kind()) {
                case HEADING -> "heading";
                case QUOTE -> "quote";
                default -> "paragraph";
            };
            out.add(new TextBlock(kind, List.of(block.text()), java.util.Collections.singletonList(markup)));
        }
        if (!items.isEmpty()) out.add(new TextBlock("list", items, itemMarkups));
        return out;
    }

    private static List<Removal> removals(List<Removed> removed) {
        return removed.stream().filter(r -> r != null && r.text() != null)
                .map(r -> new Removal(r.text(), blankToNull(r.reason()))).toList();
    }

    /** How many pieces were removed for each reason, most first (then by reason; no reason last). */
    private static List<RemovalCount> removalCounts(List<Removal> removed) {
        Map<String, Integer> counts = new HashMap<>();
        for (Removal piece : removed) counts.merge(piece.reason() == null ? "" : piece.reason(), 1, Integer::sum);
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().isEmpty() ? "\uffff" : e.getKey()))
                .map(e -> new RemovalCount(e.getKey().isEmpty() ? null : e.getKey(), e.getValue())).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
