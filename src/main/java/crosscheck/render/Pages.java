package crosscheck.render;

import crosscheck.render.EntityParts.EntityQuote;
import crosscheck.render.EntityParts.EventExtracts;
import crosscheck.render.EntityParts.RoleView;
import crosscheck.render.Parts.ArticleLink;
import crosscheck.render.Parts.CoverageRow;
import crosscheck.render.Parts.Day;
import crosscheck.render.Parts.EntityLink;
import crosscheck.render.Parts.EventDay;
import crosscheck.render.Parts.EventLink;
import crosscheck.render.Parts.Evidence;
import crosscheck.render.Parts.FigureView;
import crosscheck.render.Parts.Month;
import crosscheck.render.Parts.NavLink;
import crosscheck.render.Parts.Original;
import crosscheck.render.Parts.OutletLink;
import crosscheck.render.Parts.QuoteView;
import crosscheck.render.Parts.CreditGroup;
import crosscheck.render.Parts.Removal;
import crosscheck.render.Parts.RemovalCount;
import crosscheck.render.Parts.ReviewEntry;
import crosscheck.render.Parts.Sentence;
import crosscheck.render.Parts.TextBlock;
import crosscheck.render.Parts.Publications;
import crosscheck.render.Parts.Timeline;
import crosscheck.render.Parts.TimelineDay;
import java.util.List;
import java.util.Objects;

/**
 * What each page template receives as its data model: one record per kind of page, each with the
 * {@link Head} the shared layout needs. See {@link Parts} for the conventions (plain text, relative links,
 * optional fields are null).
 */
public final class Pages {
    private Pages() {
    }

    /**
     * What every page's layout needs.
     *
     * @param lang        language of the site, for {@code <html lang>}
     * @param siteTitle   the site's title
     * @param title       the page title for {@code <title>}
     * @param description text for the description meta tag
     * @param root        prefix from this page to the site root ("./" or "../../"; on the 404 page, which is served
     *                    at any missing address, the baseUrl's path, e.g. "/repo/", else "/"); the stylesheet
     *                    is at {@code root + "assets/style.css"}
     * @param data        link to {@code digest.json}
     * @param canonical   absolute address of this page, optional (only when the site's baseUrl is set)
     * @param ogTitle     the page's own title for Open Graph ({@code og:title}), without the site title
     * @param ogType      {@code og:type}: "article" for event and report pages, else "website"
     * @param atom        link to the Atom feed {@code feed.xml}
     * @param jsonFeed    link to the JSON Feed {@code feed.json}
     * @param nav         the header's navigation: Home, Archive, then the site's own pages (About)
     * @param noindex     whether search engines should leave the page out (the 404 page)
     * @param review      a link to the review list, only when {@code serve} previews the site; else null
     */
    public record Head(String lang, String siteTitle, String title, String description, String root, String data,
                       String canonical, String ogTitle, String ogType, String atom, String jsonFeed,
                       List<NavLink> nav, boolean noindex, String review) {
        public Head {
            nav = List.copyOf(nav);
        }
    }

    /** {@code index.html}: the events, newest first, the outlets, and reports outside any event. */
    public record HomePage(Head head, String title, String description, List<EventLink> events,
                           List<OutletLink> outlets, List<ArticleLink> unassigned) {
        public HomePage {
            events = List.copyOf(events);
            outlets = List.copyOf(outlets);
            unassigned = List.copyOf(unassigned);
        }
    }

    /**
     * {@code events/<id>/index.html}: the summary with its cited reports, who states what, where the reports'
     * figures differ, their quotations, the people and places they name, then every report of the event.
     *
     * @param outlets      how many distinct named outlets the reports are from (by outlet or domain)
     * @param unnamed      how many of the reports go by no outlet or domain ("Unnamed source N")
     * @param independent  how many of the reports are independent (copies of one origin count once)
     * @param note         the curator's editor's note as safe HTML, optional
     * @param evidence     why the reports were grouped: the names, figures and days they share, and each report's ties
     * @param sharedTerms  the names of {@code evidence}: kept for templates written before it
     * @param sourceLabels what the page calls each source, for column heads: the outlet, else the domain, else
     *                     "Unnamed source N" ({@link SourceNames})
     * @param timeline     which report was published when, as a chart, optional: only when at least two reports
     *                     are dated
     * @param date         the day the event happened as the reports tell it, else the day it was first reported,
     *                     optional: null when no report says when and none is dated
     * @param developments what happened when: each day the reports give, in order, with the sentences that give it;
     *                     empty when none gives a day
     * @param publications which reports give their publication date, as a line: what shows instead of the chart
     */
    public record EventPage(Head head, String title, Day first, Day last, List<Sentence> summary,
                            List<ArticleLink> sources, int outlets, int unnamed, int independent, String note,
                            Evidence evidence, List<String> sharedTerms, List<String> sourceLabels,
                            List<CoverageRow> coverage, List<FigureView> figures, List<QuoteView> quotes,
                            List<EntityLink> entities, Timeline timeline, EventDay date,
                            List<TimelineDay> developments, Publications publications) {
        public EventPage {
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(publications, "publications");
            developments = List.copyOf(developments);
            sharedTerms = List.copyOf(sharedTerms);
            summary = List.copyOf(summary);
            sources = List.copyOf(sources);
            sourceLabels = List.copyOf(sourceLabels);
            coverage = List.copyOf(coverage);
            figures = List.copyOf(figures);
            quotes = List.copyOf(quotes);
            entities = List.copyOf(entities);
        }
    }

    /**
     * {@code people/<slug>/}, {@code places/<slug>/}, {@code organisations/<slug>/}: a person, place or
     * organisation, what the reports call it, its quotations, what the reports say of it, and the events whose
     * reports name it.
     *
     * @param events   the events whose reports name it, newest first
     * @param roles    the roles or titles the reports give it, in their words, given by most reports first
     * @param extracts for each event (newest first), a few sentences of its reports that name it
     * @param quotes   its quotations, newest event first
     * @param text     how much of the reports' own text the site publishes ({@code articles:} in site.yml): "full",
     *                 "excerpt" or "none"; with "none", {@code extracts} holds only sentences the event pages
     *                 publish anyway (summary wordings, sentences carrying a quotation)
     */
    public record EntityPage(Head head, String name, String kind, List<String> spellings, List<EventLink> events,
                             List<RoleView> roles, List<EventExtracts> extracts, List<EntityQuote> quotes,
                             String text) {
        public EntityPage {
            spellings = List.copyOf(spellings);
            events = List.copyOf(events);
            roles = List.copyOf(roles);
            extracts = List.copyOf(extracts);
            quotes = List.copyOf(quotes);
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * {@code articles/<id>/index.html}: one cleaned report, as much of its text as the site publishes.
     *
     * @param lang    the report's language when it declares a well-formed one, optional
     * @param event   the event the report belongs to, optional
     * @param text    how much of the report's text the page shows: "full" (its {@code blocks}), "excerpt" (its
     *                {@code opening} and {@code cited} sentences) or "none" ({@code articles:} in site.yml)
     * @param blocks  the report's text, when {@code text} is "full"; else empty
     * @param opening the report's first words, cut short, when {@code text} is "excerpt"; else empty
     * @param cited   the sentences the digest quotes from the report, when {@code text} is "excerpt"; else empty
     * @param removed       what cleaning removed from the page, piece by piece, when {@code text} is "full"; else
     *                      empty
     * @param removedCounts how many pieces cleaning removed for each reason, most first, when {@code text} is
     *                      "excerpt"; else empty
     * @param draft         whether the report is a draft (only when drafts are built: serve, build --drafts)
     * @param origin        the wire service whose copy the report says it is ("Associated Press"), optional
     * @param credits       who the report's credit lines credit, by role in the order first credited; empty when
     *                      none (a wire credit of the {@code origin} itself is not repeated here)
     * @param domain        when the report names no outlet, the domain of its address ("example.org", without
     *                      "www."), optional: what the event pages call it too ({@link SourceNames})
     */
    public record ArticlePage(Head head, String title, String lang, String outlet, String outletHref, String author,
                              Day published, Original original, EventLink event, String text, List<TextBlock> blocks,
                              String opening, List<String> cited, List<Removal> removed,
                              List<RemovalCount> removedCounts, boolean draft, String origin,
                              List<CreditGroup> credits, String domain) {
        public ArticlePage {
            Objects.requireNonNull(text, "text");
            credits = List.copyOf(credits);
            blocks = List.copyOf(blocks);
            opening = opening == null ? "" : opening;
            cited = List.copyOf(cited);
            removed = List.copyOf(removed);
            removedCounts = List.copyOf(removedCounts);
        }
    }

    /** {@code outlets/<slug>/index.html}: an outlet's reports, newest first, and the events they belong to. */
    public record OutletPage(Head head, String name, List<ArticleLink> articles, List<EventLink> events) {
        public OutletPage {
            articles = List.copyOf(articles);
            events = List.copyOf(events);
        }
    }

    /**
     * {@code archive/index.html}: every event by month of its latest report, newest month first, undated events
     * last.
     */
    public record ArchivePage(Head head, String title, List<Month> months, int events) {
        public ArchivePage {
            months = List.copyOf(months);
        }
    }

    /**
     * {@code pages/<name>/index.html}: a page of the site's own text, e.g. About.
     *
     * @param html the page's Markdown as safe HTML (raw HTML in the Markdown is shown as text)
     */
    public record TextPage(Head head, String title, String html) {
    }

    /**
     * {@code search/index.html}: the search form and its results, filled in the browser by
     * {@code assets/search.js} from the search index ({@code search/manifest.json} and the files it names).
     *
     * @param index  link to {@code search/manifest.json}, relative to this page
     * @param script link to {@code assets/search.js}, relative to this page
     */
    public record SearchPage(Head head, String title, String index, String script) {
    }

    /**
     * {@code events/<old slug>/index.html}: an event page that moved (two events merged, or the curator gave the event
     * a slug), leading to the event's page. A page of its own, without the layout: it only sends the reader on.
     *
     * @param lang      language of the site, for {@code <html lang>}
     * @param siteTitle the site's title
     * @param title     the title of the event it leads to
     * @param target    link to the event's page, relative to this page
     * @param canonical the event page's address: absolute when the site has a baseUrl, else {@code target}
     */
    public record RedirectPage(String lang, String siteTitle, String title, String target, String canonical) {
    }

    /**
     * {@code 404.html}, which GitHub Pages serves for any missing address; its links start with the site's path
     * ({@code head.root}, e.g. "/repo/"), as it is served from anywhere.
     */
    public record NotFoundPage(Head head, String title) {
    }

    /**
     * {@code _review/index.html}, made only by {@code serve}, never by {@code build}: the joins the grouping is least
     * sure of, for the curator.
     *
     * @param title   the page title
     * @param entries the joins to check, surest doubt first
     */
    public record ReviewPage(Head head, String title, List<ReviewEntry> entries) {
        public ReviewPage {
            entries = List.copyOf(entries);
        }
    }
}
