package crosscheck.render;

import crosscheck.address.Redirect;
import crosscheck.address.ReviewItem;
import crosscheck.clean.Report;
import crosscheck.core.BuildException;
import crosscheck.digest.Digest;
import crosscheck.ingest.Page;
import crosscheck.ingest.ArticleText;
import crosscheck.ingest.SiteConfig;
import crosscheck.render.SiteIndex.EntityEntry;
import crosscheck.render.SiteIndex.EventEntry;
import crosscheck.render.SiteIndex.OutletEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The render stage: writes the static site for the articles and event digests with the Freemarker templates
 * of a templates folder.
 *
 * <p>The site, all links relative so it works from any folder or project path:
 * <pre>
 * index.html                    events newest first, outlets, reports outside any event
 * archive/index.html            every event by month of its latest report, undated last
 * search/index.html             searches the site in the browser (assets/search.js), no server
 * pages/&lt;name&gt;/index.html        the site's own pages from content/pages/*.md, e.g. About
 * events/&lt;event id&gt;/index.html    summary with cited outlets, who states what, figures, quotes,
 *                               people and places, then the event's reports
 * events/&lt;old slug&gt;/index.html    an event page that moved: leads to the event's page (redirect.ftlh)
 * articles/&lt;article id&gt;/index.html one cleaned report and what cleaning removed
 * outlets/&lt;slug&gt;/index.html       one named outlet's reports and their events
 * people/, places/, organisations/&lt;slug&gt;/index.html  one entity and the events naming it
 * assets/...                    copied from templates/assets/
 * 404.html                      for missing addresses (GitHub Pages); links from the site's path, e.g. /repo/
 * feed.xml, feed.json           the 50 newest events as an Atom feed and a JSON Feed 1.1 (see Feeds)
 * sitemap.xml                   every page's address, only when the site has a baseUrl
 * robots.txt                    lets crawlers in, names the sitemap when there is one
 * digest.json                   the content for other tools, as an index of the events and articles (see
 *                               DigestJson); data/events/&lt;slug&gt;.json and data/articles/&lt;name&gt;.json hold
 *                               each one's contents (an article's only when the site publishes its text)
 * search/manifest.json, search/terms/, search/documents/
 *                               the full-text index the search page reads, in small files (see SearchIndex)
 * .nojekyll                     so GitHub Pages serves the folder as it is
 * .crosscheck-site              marks the folder as a site a build may replace, with its number of reports
 *                               (see SiteFolder)
 * _review/index.html            the curator's review list: only in serve's preview, never written by build
 * </pre>
 * Output is the same byte for byte for the same input. {@link #plan} lists the files and how to make each, without
 * making them, so that {@code serve} can make each page when it is first asked for; {@link OutputFolder#replace}
 * writes them all, and replaces the output folder only when the whole site is written. Problems the user can fix
 * (a broken template, an output folder that is not a previous site) are thrown as
 * {@link crosscheck.core.BuildException}.
 */
public final class SiteRenderer {
    private static final String NOT_FOUND_TEMPLATE = "404.ftlh";
    /** The template of a moved page; a templates folder without it (made before it existed) uses the built-in one. */
    static final String REDIRECT_TEMPLATE = "redirect.ftlh";
    /** The template of the review list, which only {@code serve} makes; without it, the built-in one. */
    static final String REVIEW_TEMPLATE = "review.ftlh";

    private final Path templatesDir;

    /** @param templatesDir the folder with the page templates ({@code *.ftlh}) and {@code assets/} */
    public SiteRenderer(Path templatesDir) {
        this.templatesDir = Objects.requireNonNull(templatesDir, "templatesDir");
    }

    /**
     * Lists the site's files and how to make each, making only what shows that the templates work: every template
     * is parsed, and one page of each template is made (the home page, the first event, the first article, ...),
     * so a broken template fails here, naming its file and line, rather than when a page is asked for.
     *
     * @param site     site settings
     * @param articles every cleaned report
     * @param digests  one digest per event
     * @param pages    the site's own pages ({@code content/pages/*.md}, e.g. About), linked from every page's header
     */
    public SitePlan plan(SiteConfig site, List<Report> articles, List<Digest> digests, List<Page> pages) {
        return plan(site, articles, digests, pages, List.of());
    }

    /**
     * {@link #plan(SiteConfig, List, List, List)}, with a page at each redirect's old address that leads to its
     * event's page; those pages are in no sitemap or feed, and {@code digest.json} lists them.
     *
     * @param redirects old addresses of events, each leading to one of the digests' events; none is an event's
     */
    public SitePlan plan(SiteConfig site, List<Report> articles, List<Digest> digests, List<Page> pages,
                         List<Redirect> redirects) {
        return plan(site, articles, digests, pages, redirects, null);
    }

    /**
     * {@link #plan(SiteConfig, List, List, List, List)} for {@code serve}'s preview when {@code review} is not null:
     * the site then has the review list's page at {@code _review/} (made with {@value #REVIEW_TEMPLATE}, the
     * built-in one when the templates folder has none), and every page links to it. A build that writes the site
     * passes null: the review list is never published.
     *
     * @param review the joins the grouping is least sure of ({@link crosscheck.address.ReviewList}), or null
     */
    public SitePlan plan(SiteConfig site, List<Report> articles, List<Digest> digests, List<Page> pages,
                         List<Redirect> redirects, List<ReviewItem> review) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(digests, "digests");
        Objects.requireNonNull(redirects, "redirects");
        List<Page> ownPages = ownPages(pages);
        Templates templates = new Templates(templatesDir);
        SiteIndex index = new SiteIndex(List.copyOf(articles), List.copyOf(digests), List.copyOf(redirects));
        PageFactory factory = new PageFactory(site, index, ownPages, review != null);
        List<PageJob> jobs = pageJobs(factory, index, ownPages);
        List<SiteFile> files = new ArrayList<>();
        for (PageJob job : jobs) files.add(page(templates, job.path().file(), job.template(), job.model()));
        List<SiteFile> moved = redirectPages(templates, factory, index);
        files.addAll(moved);
        files.add(page(templates, PageFactory.NOT_FOUND, NOT_FOUND_TEMPLATE, factory::notFound));
        SiteFile reviewPage = review == null ? null : reviewPage(templates, factory, List.copyOf(review));
        if (reviewPage != null) files.add(reviewPage);
        files.addAll(assets());
        files.addAll(dataFiles(site, factory.baseUrl(), index, jobs));
        LaterFiles search = new LaterFiles(SearchIndex.FOLDER, () -> SearchIndex.files(index, site.articles()));
        SitePlan plan = new SitePlan(files, search, (text, out) -> DigestJson.write(index, text, out));
        checkTemplates(templates, jobs, plan);
        if (!moved.isEmpty()) moved.get(0).bytes(); // the redirect template works on real data
        if (reviewPage != null) reviewPage.bytes(); // so does the review template
        return plan;
    }

    /** The review list's page, made with the folder's {@value #REVIEW_TEMPLATE}, else the built-in one. */
    private SiteFile reviewPage(Templates templates, PageFactory factory, List<ReviewItem> review) {
        Templates with = Files.isRegularFile(templatesDir.resolve(REVIEW_TEMPLATE)) ? templates
                : new Templates(BuiltInTemplates.folder());
        return page(with, PageFactory.REVIEW.file(), REVIEW_TEMPLATE, () -> factory.review(review));
    }

    /**
     * A page at each old address, made with the templates folder's {@value #REDIRECT_TEMPLATE}, or the built-in one
     * when the folder has none.
     */
    private List<SiteFile> redirectPages(Templates templates, PageFactory factory, SiteIndex index) {
        if (index.redirects().isEmpty()) return List.of();
        Templates with = Files.isRegularFile(templatesDir.resolve(REDIRECT_TEMPLATE)) ? templates
                : new Templates(BuiltInTemplates.folder());
        return index.redirects().stream()
                .map(r -> page(with, r.path().file(), REDIRECT_TEMPLATE, () -> factory.redirect(r))).toList();
    }

    /** The pages by name; two with one name cannot both have {@code pages/<name>/}. */
    private static List<Page> ownPages(List<Page> pages) {
        Map<String, Page> byName = new TreeMap<>();
        for (Page page : pages) {
            Objects.requireNonNull(page, "page");
            PagePath.of(PageFactory.PAGES, page.name()); // refuses names that are not one safe folder
            if (byName.putIfAbsent(page.name(), page) != null) {
                throw new IllegalArgumentException("two pages named " + page.name());
            }
        }
        return List.copyOf(byName.values());
    }

    /** One page to make: where it goes, its template and how to make its data model. */
    private record PageJob(PagePath path, String template, Supplier<Object> model) {
    }

    private static SiteFile page(Templates templates, String file, String template, Supplier<Object> model) {
        return SiteFile.text(file, () -> templates.render(template, model.get()));
    }

    /** Every page with an address, in the order they are written. */
    private static List<PageJob> pageJobs(PageFactory factory, SiteIndex index, List<Page> ownPages) {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(new PageJob(PagePath.HOME, "index.ftlh", factory::home));
        jobs.add(new PageJob(PageFactory.ARCHIVE, "archive.ftlh", factory::archive));
        jobs.add(new PageJob(PageFactory.SEARCH, "search.ftlh", factory::search));
        for (Page own : ownPages) {
            jobs.add(new PageJob(PageFactory.pagePath(own), "page.ftlh", () -> factory.textPage(own)));
        }
        for (EventEntry event : index.events()) {
            jobs.add(new PageJob(event.path(), "event.ftlh", () -> factory.event(event)));
        }
        for (Report article : index.articles().values()) {
            jobs.add(new PageJob(index.articlePath(article), "article.ftlh", () -> factory.article(article)));
        }
        for (OutletEntry outlet : index.outlets().values()) {
            jobs.add(new PageJob(outlet.path(), "outlet.ftlh", () -> factory.outlet(outlet)));
        }
        for (EntityEntry entity : index.entities().values()) {
            jobs.add(new PageJob(entity.path(), "entity.ftlh", () -> factory.entity(entity)));
        }
        return jobs;
    }

    private List<SiteFile> assets() {
        try {
            return Assets.files(templatesDir);
        } catch (IOException e) {
            throw new BuildException(templatesDir.resolve(Assets.FOLDER).toString(),
                    "cannot read the assets folder: " + e.getMessage(), "check that the folder is readable");
        }
    }

    /**
     * After the pages and assets: {@code .nojekyll}, the feeds, sitemap, robots.txt, digest.json and its data files
     * and the marker {@code .crosscheck-site}.
     */
    private static List<SiteFile> dataFiles(SiteConfig site, String baseUrl, SiteIndex index, List<PageJob> jobs) {
        Supplier<Feeds> feeds = () -> new Feeds(site, baseUrl, index);
        List<SiteFile> files = new ArrayList<>();
        files.add(SiteFile.text(".nojekyll", () -> ""));
        files.add(SiteFile.text(PageFactory.ATOM, () -> feeds.get().atom()));
        files.add(SiteFile.text(PageFactory.JSON_FEED, () -> feeds.get().json()));
        if (!baseUrl.isEmpty()) {
            List<PagePath> pages = jobs.stream().map(PageJob::path).toList();
            files.add(SiteFile.text(SiteMap.SITEMAP, () -> SiteMap.xml(baseUrl, pages)));
        }
        files.add(SiteFile.text(SiteMap.ROBOTS, () -> SiteMap.robots(baseUrl)));
        files.add(new SiteFile(PageFactory.DIGEST_JSON, out -> DigestJson.writeIndex(index, site.articles(), out)));
        for (EventEntry event : index.events()) {
            files.add(new SiteFile(DigestJson.dataPath(event.path()), out -> DigestJson.writeEvent(event, out)));
        }
        if (site.articles() != ArticleText.NONE) {
            for (Report article : index.articles().values()) {
                files.add(new SiteFile(DigestJson.dataPath(index.articlePath(article)),
                        out -> DigestJson.writeArticle(article, index, site.articles(), out)));
            }
        }
        files.add(SiteFile.text(SiteFolder.MARKER, () -> SiteFolder.marker(index.articles().size())));
        return files;
    }

    /**
     * Parses every template, then makes (and keeps) the first page of each template and the 404 page, so that a
     * template that fails on real data fails now.
     */
    private static void checkTemplates(Templates templates, List<PageJob> jobs, SitePlan plan) {
        Set<String> used = new LinkedHashSet<>();
        jobs.forEach(job -> used.add(job.template()));
        used.add(NOT_FOUND_TEMPLATE);
        templates.parseAll(used);
        Set<String> made = new HashSet<>();
        for (PageJob job : jobs) {
            if (made.add(job.template())) plan.file(job.path().file()).orElseThrow().bytes();
        }
        plan.file(PageFactory.NOT_FOUND).orElseThrow().bytes();
    }
}
