package crosscheck;

import crosscheck.core.BuildException;
import crosscheck.ingest.ArticleText;
import crosscheck.render.SitePlan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The whole digest as one document, outside the site ({@code build --digest FILE}): for tools and evaluations, which
 * would otherwise read the site's index and every data file. Written beside its place first and moved into it only
 * once the site is in place, so a failed build leaves the last one's file as it was.
 *
 * @param file where it goes
 * @param text how much of each article's text it carries; null for what the site publishes ({@code articles:})
 */
record DigestFile(Path file, ArticleText text) {
    /** Writes the digest next to {@link #file}, to be moved there by {@link #publish}. */
    Path writeAside(SitePlan site, ArticleText published) {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            Path aside = Files.createTempFile(parent, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(aside)) {
                site.writeDigest(text == null ? published : text, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(aside);
                throw e;
            }
            return aside;
        } catch (IOException e) {
            throw new BuildException(file.toString(), "cannot write the digest: " + e.getMessage(),
                    "check that the folder exists and is writable (the site was not replaced)");
        }
    }

    /** Moves what {@link #writeAside} wrote into place. */
    void publish(Path aside) {
        Path target = file.toAbsolutePath();
        try {
            try {
                Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new BuildException(file.toString(), "cannot write the digest: " + e.getMessage(),
                    "check that the file is writable; the site itself was built");
        }
    }
}
