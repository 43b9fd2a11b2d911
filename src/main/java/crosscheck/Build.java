package crosscheck;

import crosscheck.clean.Article;
import crosscheck.clean.Cleaner;
import crosscheck.digest.Digest;
import crosscheck.digest.Digester;
import crosscheck.group.Event;
import crosscheck.group.EventGrouper;
import crosscheck.ingest.Content;
import crosscheck.ingest.ContentReader;
import crosscheck.ingest.SiteConfig;
import crosscheck.render.SiteRenderer;
import crosscheck.text.AnalyzedArticle;
import crosscheck.text.TextAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One build of the site: ingest, clean, analyse, group, digest, render. Each stage is a package with one
 * entry point; immutable records flow from each stage to the next.
 *
 * @param content   the content folder ({@code site.yml}, {@code articles/})
 * @param templates the Freemarker templates folder
 * @param out       the output folder; replaced only when the whole build succeeds
 * @param baseUrl   overrides the {@code baseUrl} of {@code site.yml} when not null
 */
public record Build(Path content, Path templates, Path out, String baseUrl) {

    /** What a finished build made. */
    public record Result(int reports, int events, List<Warning> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    public Build {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(out, "out");
    }

    public Result run() {
        Content input = ContentReader.read(content);
        SiteConfig site = baseUrl == null ? input.site() : input.site().withBaseUrl(baseUrl);
        List<Warning> warnings = new ArrayList<>(input.warnings());

        Cleaner cleaner = new Cleaner();
        List<Article> articles = input.reports().stream().map(cleaner::clean).toList();
        articles.forEach(a -> a.warnings().forEach(problem -> warnings.add(new Warning(a.file(), problem))));
        articles.stream().filter(a -> a.blocks().isEmpty())
                .forEach(a -> warnings.add(new Warning(a.file(), "no report text left after cleaning")));

        try (TextAnalyzer analyzer = new TextAnalyzer()) {
            List<AnalyzedArticle> analyzed = articles.stream().map(analyzer::analyze).toList();
            List<Event> events = new EventGrouper().group(analyzed, input.curation());
            Digester digester = new Digester(site.summaryWords(), input.known());
            List<Digest> digests = events.stream().map(digester::digest).toList();
            new SiteRenderer(templates).render(site, articles, digests, out);
            return new Result(articles.size(), events.size(), warnings);
        }
    }
}
