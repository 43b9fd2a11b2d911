package crosscheck.render;

import crosscheck.clean.Article;
import crosscheck.digest.Digest;
import crosscheck.ingest.SiteConfig;
import java.nio.file.Path;
import java.util.List;

/** TEMPORARY: replaced by the real renderer. */
public final class SiteRenderer {
    private final Path templates;

    public SiteRenderer(Path templates) {
        this.templates = templates;
    }

    public void render(SiteConfig site, List<Article> articles, List<Digest> digests, Path out) {
    }
}
