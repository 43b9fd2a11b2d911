package crosscheck.render;

import crosscheck.analyse.AnalysedReport;
import crosscheck.clean.Block;
import crosscheck.clean.Removed;
import crosscheck.clean.Report;
import crosscheck.digest.Digest;
import crosscheck.digest.figures.Figure;
import crosscheck.digest.names.Entity;
import crosscheck.digest.quotes.Quote;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.group.Event;
import crosscheck.ingest.Page;
import crosscheck.ingest.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Small in-memory inputs for render tests. */
final class Fixtures {
    static final Path TEMPLATES = Path.of("templates");

    private Fixtures() {
    }

    static SiteConfig site(String baseUrl) {
        return new SiteConfig("Crosscheck", "Conflict news, cross-checked.", baseUrl, "en", 100);
    }

    static Report article(String id, String title, String source, String url, LocalDate published,
                           List<Block> blocks, List<Removed> removed) {
        return new Report(id, "articles/" + id + ".txt", title, source, url, published, null, "en", null, blocks,
                removed);
    }

    /** An article whose text has not been analysed: rendering needs only the article. */
    static AnalysedReport unanalysed(Report article) {
        return new AnalysedReport(article, List.of(), List.of(), new TreeMap<>(), new TreeSet<>(), new TreeMap<>());
    }

    static Event event(String id, String title, Report... articles) {
        List<AnalysedReport> analyzed = Stream.of(articles)
                .map(Fixtures::unanalysed).toList();
        LocalDate first = Stream.of(articles).map(Report::published).filter(d -> d != null).min(LocalDate::compareTo)
                .orElse(null);
        LocalDate last = Stream.of(articles).map(Report::published).filter(d -> d != null).max(LocalDate::compareTo)
                .orElse(null);
        return new Event(id, title, analyzed, first, last);
    }

    /** A digest of an event with a summary only: no figures, quotes or names. */
    static Digest digest(Event event, List<SummarySentence> summary) {
        return new Digest(event, summary, List.of(), List.of(), List.of());
    }

    /** A summary sentence as its first report words it, stated by the given reports. */
    static SummarySentence sentence(String text, String from, List<String> sources) {
        return new SummarySentence(text, from, sources, List.of(new SummarySentence.Wording(from, text)),
                sources.size());
    }

    /** Two outlets reporting one event, a third report in an undated event, and one report outside any event. */
    static final class Sample {
        final Report reuters = article("001_reuters", "Ceasefire talks resume in Cairo", "Reuters",
                "https://www.reuters.com/world/ceasefire-talks", LocalDate.of(2024, 3, 26),
                List.of(Block.paragraph("Negotiators met in Cairo on Tuesday."),
                        Block.heading("Background"),
                        new Block(Block.Kind.QUOTE, "We are hopeful, an official said."),
                        new Block(Block.Kind.ITEM, "First point"),
                        new Block(Block.Kind.ITEM, "Second point"),
                        Block.paragraph("Talks continue on Wednesday.")),
                List.of(new Removed("Subscribe to our newsletter", "advertising"),
                        new Removed("Home | World | Politics", "navigation")));
        final Report aj = article("002_aj", "Delegations arrive for Cairo talks", "Al Jazeera",
                "http://aljazeera.com/news/cairo", LocalDate.of(2024, 3, 27),
                List.of(Block.paragraph("Negotiators met in Cairo on Tuesday, officials said.")), List.of());
        final Report unknown = article("003_unknown", null, null, null, null,
                List.of(Block.paragraph("Shelling was reported near the border overnight.")), List.of());
        final Report loose = article("004_loose", "A report outside any event", "Al-Jazeera", null,
                LocalDate.of(2024, 1, 5), List.of(Block.paragraph("Something else happened.")), List.of());

        final Digest cairo = new Digest(event("cairo-talks", "Ceasefire talks in Cairo", reuters, aj),
                List.of(sentence("Negotiators met in Cairo on Tuesday.", "001_reuters",
                                List.of("001_reuters", "002_aj")),
                        sentence("Talks continue on Wednesday.", "001_reuters", List.of("001_reuters"))),
                List.of(new Figure("delegates", null, null, true, List.of(
                        new Figure.Claim("12", 12, 12, "Twelve delegates came.", null, List.of("001_reuters")),
                        new Figure.Claim("about 15", 13, 17, "About 15 delegates came.", null, List.of("002_aj"))))),
                List.of(new Quote("We are close to an agreement", "the mediator", List.of("001_reuters", "002_aj"),
                        List.of(new Quote.Wording("001_reuters", "“We are close to an agreement,” the mediator said."),
                                new Quote.Wording("002_aj", "The mediator said: “We are close to an agreement.”")))),
                List.of(new Entity("Cairo", Entity.Kind.PLACE, List.of("Cairo"), List.of("001_reuters", "002_aj"), 3),
                        new Entity("Talks Committee", Entity.Kind.OTHER, List.of("Talks Committee"),
                                List.of("001_reuters"), 1)));
        final Digest border = digest(event("border-shelling", "Shelling near the border", unknown),
                List.of(sentence("Shelling was reported near the border overnight.", "003_unknown",
                        List.of("003_unknown"))));

        List<Report> articles() {
            return List.of(loose, unknown, aj, reuters);
        }

        List<Digest> digests() {
            return List.of(border, cairo);
        }
    }

    static Path render(SiteConfig site, List<Report> articles, List<Digest> digests, Path out) {
        return render(TEMPLATES, site, articles, digests, List.of(), out);
    }

    static Path render(SiteConfig site, List<Report> articles, List<Digest> digests, List<Page> pages, Path out) {
        return render(TEMPLATES, site, articles, digests, pages, out);
    }

    /** Renders into {@code out} as a build does: recovers the folder, plans the site, then replaces the folder. */
    static Path render(Path templates, SiteConfig site, List<Report> articles, List<Digest> digests,
                       List<Page> pages, Path out) {
        OutputFolder folder = OutputFolder.recover(out);
        folder.replace(new SiteRenderer(templates).plan(site, articles, digests, pages), () -> { });
        return out;
    }

    /** The whole digest ({@code build --digest FILE}) of a site, as a build writes it, with the site's article text. */
    static String wholeDigest(SiteConfig site, List<Report> articles, List<Digest> digests) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            new SiteRenderer(TEMPLATES).plan(site, articles, digests, List.of()).writeDigest(site.articles(), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An About page with a heading, a link and raw HTML that must be shown as text. */
    static final Page ABOUT = new Page("about", "About", """
            Crosscheck *extracts* and never invents.

            ## Sources

            Read [the method](https://example.org/method) or [this](javascript:alert(1)).

            <script>alert(1)</script> <img src=x onerror=alert(1)>
            """);

    /** Every file under a folder, by "/"-separated relative path, with its bytes. */

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the real templates folder that a test may break. */
    static Path copyTemplates(Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            for (Path from : walk.toList()) {
                Path target = to.resolve(TEMPLATES.relativize(from).toString());
                if (Files.isDirectory(from)) Files.createDirectories(target);
                else Files.copy(from, target);
            }
        }
        return to;
    }
}
