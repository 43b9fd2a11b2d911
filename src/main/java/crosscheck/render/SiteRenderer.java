package crosscheck.render;

import crosscheck.clean.Article;
import crosscheck.digest.Digest;
import crosscheck.ingest.Page;
import crosscheck.ingest.SiteConfig;
import crosscheck.render.SiteIndex.EntityEntry;
import crosscheck.render.SiteIndex.EventEntry;
import crosscheck.render.SiteIndex.OutletEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * search/index.html             searches search.json in the browser (assets/search.js), no server
 * pages/&lt;name&gt;/index.html        the site's own pages from content/pages/*.md, e.g. About
 * events/&lt;event id&gt;/index.html    summary with cited outlets, who states what, figures, quotes,
 *                               people and places, then the event's reports
 * articles/&lt;article id&gt;/index.html one cleaned report and what cleaning removed
 * outlets/&lt;slug&gt;/index.html       one named outlet's reports and their events
 * people/, places/, organisations/&lt;slug&gt;/index.html  one entity and the events naming it
 * assets/...                    copied from templates/assets/
 * 404.html                      for missing addresses (GitHub Pages); links from the site's path, e.g. /repo/
 * feed.xml, feed.json           the events as an Atom feed and a JSON Feed 1.1 (see Feeds)
 * sitemap.xml                   every page's address, only when the site has a baseUrl
 * robots.txt                    lets crawlers in, names the sitemap when there is one
 * digest.json                   the content for other tools (see DigestJson)
 * search.json                   the small index the search page matches (see SearchIndex)
 * .nojekyll                     so GitHub Pages serves the folder as it is
 * </pre>
 * Output is the same byte for byte for the same input. The output folder is replaced only when the whole
 * site rendered; problems the user can fix (a broken template, an output folder that is not a previous
 * site) are thrown as {@link crosscheck.BuildException}.
 */
public final class SiteRenderer {
    private final Path templatesDir;

    /** @param templatesDir the folder with the page templates ({@code *.ftlh}) and {@code assets/} */
    public SiteRenderer(Path templatesDir) {
        this.templatesDir = Objects.requireNonNull(templatesDir, "templatesDir");
    }

    /**
     * Renders the site, without pages of its own text, into {@code out}, replacing a previous build there.
     *
     * @param site     site settings
     * @param articles every cleaned report
     * @param digests  one digest per event
     * @param out      the output folder
     */
    public void render(SiteConfig site, List<Article> articles, List<Digest> digests, Path out) {
        render(site, articles, digests, List.of(), out);
    }

    /**
     * Renders the site into {@code out}, replacing a previous build there.
     *
     * @param site     site settings
     * @param articles every cleaned report
     * @param digests  one digest per event
     * @param pages    the site's own pages ({@code content/pages/*.md}, e.g. About), linked from every page's header
     * @param out      the output folder
     */
    public void render(SiteConfig site, List<Article> articles, List<Digest> digests, List<Page> pages, Path out) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(out, "out");
        List<Page> ownPages = ownPages(pages);
        Templates templates = new Templates(templatesDir);
        SiteIndex index = new SiteIndex(List.copyOf(articles), List.copyOf(digests));
        PageFactory factory = new PageFactory(site, index, ownPages);
        Feeds feeds = new Feeds(site, factory.baseUrl(), index);
        OutputSwap.replace(out, dir -> write(templates, factory, feeds, index, ownPages, dir));
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

    private void write(Templates templates, PageFactory factory, Feeds feeds, SiteIndex index, List<Page> ownPages,
                       Path dir) throws IOException {
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
        for (Article article : index.articles().values()) {
            jobs.add(new PageJob(index.articlePath(article), "article.ftlh", () -> factory.article(article)));
        }
        for (OutletEntry outlet : index.outlets().values()) {
            jobs.add(new PageJob(outlet.path(), "outlet.ftlh", () -> factory.outlet(outlet)));
        }
        for (EntityEntry entity : index.entities().values()) {
            jobs.add(new PageJob(entity.path(), "entity.ftlh", () -> factory.entity(entity)));
        }
        writePages(templates, jobs, dir);
        List<PagePath> written = jobs.stream().map(PageJob::path).toList();
        Files.writeString(dir.resolve(PageFactory.NOT_FOUND), templates.render("404.ftlh", factory.notFound()),
                StandardCharsets.UTF_8);
        Assets.copy(templatesDir, dir);
        Files.writeString(dir.resolve(".nojekyll"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(PageFactory.ATOM), feeds.atom(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(PageFactory.JSON_FEED), feeds.json(), StandardCharsets.UTF_8);
        if (!factory.baseUrl().isEmpty()) {
            Files.writeString(dir.resolve(SiteMap.SITEMAP), SiteMap.xml(factory.baseUrl(), written),
                    StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve(SiteMap.ROBOTS), SiteMap.robots(factory.baseUrl()), StandardCharsets.UTF_8);
        DigestJson.write(index, dir.resolve(PageFactory.DIGEST_JSON));
        Files.writeString(dir.resolve(SearchIndex.FILE), SearchIndex.of(index), StandardCharsets.UTF_8);
    }

    /** One page to render: where it goes, its template and how to make its data model. */
    private record PageJob(PagePath path, String template, Supplier<Object> model) {
    }

    /**
     * Renders and writes the pages on all cores, each page into its own file. Freemarker's configuration and
     * templates are thread-safe and the page models only read the index, so the files are the same as from one
     * thread; when pages fail, the first failing page in order is reported, as in a sequential build.
     */
    private static void writePages(Templates templates, List<PageJob> jobs, Path dir) throws IOException {
        Optional<RuntimeException> failure = jobs.parallelStream().map(job -> {
            try {
                Path file = job.path().file(dir);
                Files.createDirectories(file.getParent());
                Files.writeString(file, templates.render(job.template(), job.model().get()), StandardCharsets.UTF_8);
                return null;
            } catch (IOException e) {
                return new UncheckedIOException(e);
            } catch (RuntimeException e) {
                return e;
            }
        }).filter(Objects::nonNull).findFirst();
        if (failure.isPresent()) {
            if (failure.get() instanceof UncheckedIOException io) throw io.getCause();
            throw failure.get();
        }
    }
}
