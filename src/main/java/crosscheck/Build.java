package crosscheck;

import crosscheck.address.AddressedEvents;
import crosscheck.address.Addresses;
import crosscheck.address.Redirect;
import crosscheck.address.ReviewItem;
import crosscheck.address.ReviewList;
import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.cache.ReportCache;
import crosscheck.clean.Cleaner;
import crosscheck.clean.Report;
import crosscheck.core.BuildException;
import crosscheck.core.Parallel;
import crosscheck.core.Progress;
import crosscheck.core.Warning;
import crosscheck.digest.Digest;
import crosscheck.digest.Digester;
import crosscheck.group.Event;
import crosscheck.group.EventGrouper;
import crosscheck.group.Grouping;
import crosscheck.ingest.Content;
import crosscheck.ingest.ContentReader;
import crosscheck.ingest.Page;
import crosscheck.ingest.PublishedAddresses;
import crosscheck.ingest.RawReport;
import crosscheck.ingest.ArticleText;
import crosscheck.ingest.SiteConfig;
import crosscheck.ingest.SlugFile;
import crosscheck.render.OutputFolder;
import crosscheck.render.SiteFolder;
import crosscheck.render.SitePlan;
import crosscheck.render.SiteRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * One build of the site: ingest, clean, analyse, group, address, digest, render. Each stage is a package with one
 * entry point; immutable records flow from each stage to the next.
 *
 * @param content   the content folder ({@code site.yml}, {@code articles/}); a build that replaces the site writes
 *                  the addresses of its event pages into {@code .crosscheck/slugs} there, once the site is in place
 *                  (and only when they changed), so that the next build keeps them
 * @param templates the Freemarker templates folder
 * @param out       the output folder; replaced only when the whole build succeeds, and only when it is missing, empty or
 *                  a site Crosscheck built ({@link SiteFolder}) apart from the content, templates and cache folders;
 *                  never written by {@link #preview}
 * @param baseUrl   overrides the {@code baseUrl} of {@code site.yml} when not null
 * @param progress  hears each stage with its item count and time; {@link Progress#NONE} to ignore
 * @param strict    fail on any content warning, before the output folder is touched
 * @param cache     remembers cleaned and analysed reports across builds; {@link ReportCache#none()} for none
 * @param drafts    publish the drafts too ({@code draft: true}), marked as drafts; else they are left out
 * @param allowEmpty let a build with no reports to publish replace a site that has some; else that is an error,
 *                   found before anything is cleaned or written (an emptied or unreadable articles folder)
 * @param published  the published site (or a folder with only its {@code digest.json}), whose event addresses fill
 *                   what {@code .crosscheck/slugs} misses; null for {@code out}, the site the build replaces
 */
public record Build(Path content, Path templates, Path out, String baseUrl, Progress progress, boolean strict,
                    ReportCache cache, boolean drafts, boolean allowEmpty, Path published) {

    /**
     * What a finished build made.
     *
     * @param reports   how many reports the site has (drafts included, when they are)
     * @param cached    how many reports came from the cache rather than being cleaned and analysed
     * @param selection how many of the site's reports are drafts, and how many reports were left out of it
     * @param review    the joins the grouping is least sure of, surest doubt first, each with the events.yml
     *                  entries that would settle it ({@link ReviewList}); for the curator, never published
     */
    public record Result(int reports, int events, List<Warning> warnings, int cached, Selection selection,
                         List<ReviewItem> review) {
        public Result {
            warnings = List.copyOf(warnings);
            review = List.copyOf(review);
        }
    }

    public Build {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cache, "cache");
    }

    /** A build with the defaults: no progress, warnings let through, no cache, drafts left out, no empty site. */
    public Build(Path content, Path templates, Path out, String baseUrl) {
        this(content, templates, out, baseUrl, Progress.NONE, false, ReportCache.none(), false, false, null);
    }

    /** The same build, reporting its stages to {@code progress}. */
    public Build withProgress(Progress progress) {
        return new Build(content, templates, out, baseUrl, progress, strict, cache, drafts, allowEmpty, published);
    }

    /** The same build, failing on any content warning when {@code strict} (before the output is replaced). */
    public Build withStrict(boolean strict) {
        return new Build(content, templates, out, baseUrl, progress, strict, cache, drafts, allowEmpty, published);
    }

    /** The same build, taking unchanged reports from {@code cache} and leaving what it made there. */
    public Build withCache(ReportCache cache) {
        return new Build(content, templates, out, baseUrl, progress, strict, cache, drafts, allowEmpty, published);
    }

    /** The same build, publishing drafts too (marked as drafts) when {@code drafts}, else leaving them out. */
    public Build withDrafts(boolean drafts) {
        return new Build(content, templates, out, baseUrl, progress, strict, cache, drafts, allowEmpty, published);
    }

    /**
     * The same build, replacing a site that has reports with one that has none when {@code allowEmpty}; else such a
     * build fails and leaves the site as it was.
     */
    public Build withAllowEmpty(boolean allowEmpty) {
        return new Build(content, templates, out, baseUrl, progress, strict, cache, drafts, allowEmpty, published);
    }

    /**
     * The same build, taking the event addresses {@code .crosscheck/slugs} misses from the published site in
     * {@code published} (a copy of it, or a folder with only its {@code digest.json}) rather than from the output
     * folder; null for the output folder.
     */
    public Build withPublished(Path published) {
        return new Build(content, templates, out, baseUrl, progress, strict, cache, drafts, allowEmpty, published);
    }

    /**
     * What a build that writes nothing made: its result, and the site planned, each file made when it is first
     * asked for (how {@code serve} previews the site from memory); the site has the review list's page
     * ({@code _review/}), which {@link #run} never writes.
     */
    public record Preview(Result result, SitePlan site) {
    }

    /** Builds the site into {@code out}, replacing the folder only when the whole build succeeds. */
    public Result run() {
        return run(null, null);
    }

    /**
     * {@link #run()}, and when {@code digestFile} is not null, writes the whole digest there too as one document (the
     * schema of the site's {@code digest.json}, with every event's and article's contents), replaced only when the
     * whole build succeeds.
     *
     * @param digestText how much of each article's text the file carries; null for what the site publishes
     */
    public Result run(Path digestFile, ArticleText digestText) {
        Folders.check(out, cache.folder().orElse(null), content, templates);
        OutputFolder folder = OutputFolder.recover(out); // a build killed mid-swap left the previous site aside
        DigestFile digest = digestFile == null ? null : new DigestFile(digestFile, digestText);
        return pipeline(false, published -> checkNotEmptied(published, folder), (config, site, addresses, written) -> {
            Path aside = digest == null ? null : digest.writeAside(site, config.articles());
            folder.replace(site, written);
            SlugFile.write(content, addresses); // only once the site that shows them is in place
            if (aside != null) digest.publish(aside);
        }).result();
    }

    /** Builds the site but writes nothing, not even {@code out}: see {@link Preview}. */
    public Preview preview() {
        checkCacheFolder();
        return pipeline(true, published -> { }, (config, site, addresses, written) -> { });
    }

    /**
     * Refuses a cache folder that is, holds or lies inside the content or templates folder, which a build would
     * otherwise tidy, and {@code serve} would see change after every build. {@link #run} and {@link #preview} check
     * this first; {@code serve} checks it before it starts.
     */
    public void checkCacheFolder() {
        Folders.check(null, cache.folder().orElse(null), content, templates);
    }

    /**
     * Refuses to replace a site that has reports with one that has none, unless {@link #allowEmpty}: an emptied
     * {@code articles/}, a wrong {@code --content} or a folder that could not be read would otherwise take the
     * published site down.
     */
    private void checkNotEmptied(Published published, OutputFolder folder) {
        if (allowEmpty || !published.reports().isEmpty()) return;
        int before = folder.reports();
        if (before == 0) return;
        Selection chosen = published.selection();
        String leftOut = chosen.draftsLeftOut() + chosen.excluded() == 0 ? ""
                : " (left out: " + chosen.draftsLeftOut() + " drafts, " + chosen.excluded() + " excluded)";
        throw new BuildException(out.toString(), "refusing to replace a site of "
                + (before < 0 ? "some" : String.valueOf(before)) + (before == 1 ? " report" : " reports")
                + " with an empty one: found no reports to publish in " + content.resolve("articles") + leftOut,
                "check that the articles folder holds the reports and that --content names the right folder (the "
                        + "site was not replaced), or pass --allow-empty to publish a site without reports");
    }

    /** Where a build puts what it made: the site, and the addresses of its event pages to keep for the next build. */
    @FunctionalInterface
    private interface Output {
        /**
         * @param config  the site's settings
         * @param written run after each file of the site is written
         */
        void write(SiteConfig config, SitePlan site, PublishedAddresses addresses, Runnable written);
    }

    /**
     * Runs the stages, giving what is to be published to {@code check} before any work; the render stage plans the
     * site and hands it to {@code output} with the addresses to keep and what to run for each file it writes. Only
     * a {@code preview} site has the review list's page.
     */
    private Preview pipeline(boolean preview, Consumer<Published> check, Output output) {
        Stages stages = new Stages(progress);
        Content input = stages.run("ingest", "reports", c -> c.reports().size(),
                () -> ContentReader.read(content, published != null ? published : out, cache.reads()));
        SiteConfig configured = baseUrl == null ? input.site() : input.site().withBaseUrl(baseUrl);
        // the curator's preview shows every report's whole text, whatever the published site shows of it
        SiteConfig site = preview ? configured.withArticles(ArticleText.FULL) : configured;
        Published published = Published.of(input, drafts); // no later stage sees what is not published
        check.accept(published);
        List<RawReport> raw = published.reports();
        List<Report> cleaned;
        List<AnalysedReport> analysed;
        ReportCache.Stats cached;
        try (Analyser analyser = new Analyser()) {
            Cleaner cleaner = new Cleaner();
            cleaned = stages.run("clean", "reports", List::size,
                    () -> Parallel.map(raw, stages.counted("clean", raw.size(),
                            (RawReport report) -> cache.cleaned(report, cleaner::clean))));
            analysed = stages.run("analyse", "reports", List::size, () -> Parallel.map(
                    IntStream.range(0, raw.size()).boxed().toList(), stages.counted("analyse", raw.size(),
                            (Integer i) -> cache.analysed(raw.get(i), cleaned.get(i), analyser::analyse))));
        } finally {
            cached = cache.finish();
        }
        List<Warning> warnings = warnings(input, cleaned);
        if (strict && !warnings.isEmpty()) throw strictFailure(warnings);

        Grouping grouping = stages.run("group", "events", g -> g.events().size(),
                () -> new EventGrouper(EventGrouper.Settings.DEFAULT
                        .withSiteLanguage(Report.primaryLanguage(site.language())), cache.grouping())
                        .grouping(analysed, input.curation()));
        AddressedEvents addressed = Addresses.assign(grouping.events(), input.addresses());
        List<Event> events = addressed.events();
        List<ReviewItem> review = ReviewList.of(grouping.doubts(), events, input.curation());
        Digester.Settings digesting = new Digester.Settings(site.summaryWords(), input.known(),
                Report.primaryLanguage(site.language()));
        Digester digester = new Digester(digesting);
        List<Digest> digests = stages.run("digest", "summaries", List::size,
                () -> cache.digests(events, digesting, stages.counted("digest", events.size(), digester::digest)));
        SitePlan planned = stages.run("render", "pages", SitePlan::pages,
                () -> render(site, cleaned, digests, input.pages(), addressed.redirects(), preview ? review : null,
                        plan -> output.write(site, plan, addressed.mapping(),
                                // a preview writes nothing: its search index is made only when someone searches
                                preview ? () -> { } : stages.counter("render", plan.files().size()))));
        return new Preview(new Result(cleaned.size(), events.size(), warnings, cached.hits(), published.selection(),
                review), planned);
    }

    /** The warning for a report that cleaning emptied, and what the curator can do about it. */
    static final String NO_TEXT = "no report text left after cleaning: see what cleaning keeps with `crosscheck "
            + "extract FILE`; fix the page, or save the report's own text as a .txt or .md file in its place (front "
            + "matter keeps its title, outlet and date), or keep it off the site with `draft: true` or under "
            + "`exclude:` in events.yml";

    /** The content's warnings, then each article's, naming its file. */
    private static List<Warning> warnings(Content input, List<Report> reports) {
        List<Warning> warnings = new ArrayList<>(input.warnings());
        reports.forEach(a -> a.warnings().forEach(problem -> warnings.add(new Warning(a.file(), problem))));
        reports.stream().filter(a -> a.blocks().isEmpty())
                .forEach(a -> warnings.add(new Warning(a.file(), NO_TEXT)));
        return warnings;
    }

    /** "2 warnings; --strict treats them as errors", then each warning with its file and line. */
    static BuildException strictFailure(List<Warning> warnings) {
        StringBuilder message = new StringBuilder().append(warnings.size())
                .append(warnings.size() == 1 ? " warning" : " warnings").append("; --strict treats them as errors");
        warnings.forEach(w -> message.append(System.lineSeparator()).append("  warning: ").append(w));
        return new BuildException(null, message.toString(),
                "fix each warning above (the site was not replaced), or build without --strict");
    }

    /** Plans the site and hands it to {@code output}. */
    private SitePlan render(SiteConfig site, List<Report> reports, List<Digest> digests, List<Page> pages,
                            List<Redirect> redirects, List<ReviewItem> review, Consumer<SitePlan> output) {
        SitePlan planned = new SiteRenderer(templates).plan(site, reports, digests, pages, redirects, review);
        output.accept(planned);
        return planned;
    }
}
