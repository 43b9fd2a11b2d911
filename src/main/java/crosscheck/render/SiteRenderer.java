package crosscheck.render;

import crosscheck.clean.Article;
import crosscheck.digest.Digest;
import crosscheck.ingest.SiteConfig;
import crosscheck.render.SiteIndex.EntityEntry;
import crosscheck.render.SiteIndex.EventEntry;
import crosscheck.render.SiteIndex.OutletEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The render stage: writes the static site for the articles and event digests with the Freemarker templates
 * of a templates folder.
 *
 * <p>The site, all links relative so it works from any folder or project path:
 * <pre>
 * index.html                    events newest first, outlets, reports outside any event
 * events/&lt;event id&gt;/index.html    summary with cited outlets, who states what, figures, quotes,
 *                               people and places, then the event's reports
 * articles/&lt;article id&gt;/index.html one cleaned report and what cleaning removed
 * outlets/&lt;slug&gt;/index.html       one named outlet's reports and their events
 * people/, places/, organisations/&lt;slug&gt;/index.html  one entity and the events naming it
 * assets/...                    copied from templates/assets/
 * digest.json                   the content for other tools (see DigestJson)
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
     * Renders the site into {@code out}, replacing a previous build there.
     *
     * @param site     site settings
     * @param articles every cleaned report
     * @param digests  one digest per event
     * @param out      the output folder
     */
    public void render(SiteConfig site, List<Article> articles, List<Digest> digests, Path out) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(out, "out");
        Templates templates = new Templates(templatesDir);
        SiteIndex index = new SiteIndex(List.copyOf(articles), List.copyOf(digests));
        PageFactory pages = new PageFactory(site, index);
        OutputSwap.replace(out, dir -> write(templates, pages, index, dir));
    }

    private void write(Templates templates, PageFactory pages, SiteIndex index, Path dir) throws IOException {
        page(dir, PagePath.HOME, templates.render("index.ftlh", pages.home()));
        for (EventEntry event : index.events()) {
            page(dir, event.path(), templates.render("event.ftlh", pages.event(event)));
        }
        for (Article article : index.articles().values()) {
            page(dir, index.articlePath(article), templates.render("article.ftlh", pages.article(article)));
        }
        for (OutletEntry outlet : index.outlets().values()) {
            page(dir, outlet.path(), templates.render("outlet.ftlh", pages.outlet(outlet)));
        }
        for (EntityEntry entity : index.entities().values()) {
            page(dir, entity.path(), templates.render("entity.ftlh", pages.entity(entity)));
        }
        Assets.copy(templatesDir, dir);
        Files.writeString(dir.resolve(".nojekyll"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(PageFactory.DIGEST_JSON), DigestJson.of(index), StandardCharsets.UTF_8);
    }

    private static void page(Path dir, PagePath path, String html) throws IOException {
        Path file = path.file(dir);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}
