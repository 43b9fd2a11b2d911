package crosscheck.init;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A new site, as {@code crosscheck init DIR} writes it: {@code content/site.yml} with comments, one example report,
 * a Pages workflow that gets and builds Crosscheck, a README and a {@code .gitignore}. It has no templates folder:
 * it builds with the built-in templates until the curator copies them ({@code crosscheck templates}).
 */
public final class NewSite {
    /** What makes a folder a site: a build reads it first. */
    static final String SITE_YML = "content/site.yml";

    /** Each file of a new site, and the resource of {@code crosscheck/init/} it comes from. */
    private static final Map<String, String> FILES = files();

    private NewSite() {
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SITE_YML, "site.yml");
        files.put("content/articles/example.md", "articles/example.md");
        files.put(".github/workflows/pages.yml", "pages.yml");
        files.put("README.md", "README.md");
        files.put(".gitignore", "gitignore");
        return files;
    }

    /**
     * Writes a new site into {@code dir}, making the folder if needed.
     *
     * @param source where the site's Pages workflow gets Crosscheck from
     * @param force  write into a folder that holds other files (never over one of them)
     * @return the files written, relative to {@code dir}, in the order written
     * @throws BuildException when {@code dir} already holds a site, is not empty (without {@code force}), or a file
     *                        of the new site is already there
     */
    public static List<String> write(Path dir, CrosscheckSource source, boolean force) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(source, "source");
        if (Files.exists(dir.resolve(SITE_YML))) {
            throw new BuildException(dir.toString(), "already holds a Crosscheck site (" + SITE_YML + ")",
                    "build it with `crosscheck build` there, or choose another folder for a new site");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BuildException(dir.toString(), "is a file, not a folder", "choose a folder for the new site");
        }
        if (!force && !isEmpty(dir)) {
            throw new BuildException(dir.toString(), "is not empty",
                    "choose an empty or new folder, or pass --force to add the site's files beside what is there "
                            + "(no file is overwritten)");
        }
        List<String> there = FILES.keySet().stream().filter(f -> Files.exists(dir.resolve(f))).toList();
        if (!there.isEmpty()) {
            throw new BuildException(dir.resolve(there.get(0)).toString(), "already exists",
                    "move it away first: init never overwrites a file (" + String.join(", ", there) + ")");
        }
        List<String> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                Path to = dir.resolve(file.getKey());
                Files.createDirectories(to.getParent());
                Files.writeString(to, source.fillIn(resource(file.getValue())), StandardCharsets.UTF_8);
                written.add(file.getKey());
            }
        } catch (IOException e) {
            throw new BuildException(dir.toString(), "cannot write the new site: " + e.getMessage(),
                    "check that the folder is writable and the disk has room");
        }
        return written;
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.exists(dir)) return true;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new BuildException(dir.toString(), "cannot read the folder: " + e.getMessage(),
                    "check that it is readable, or choose another folder");
        }
    }

    private static String resource(String name) {
        try (InputStream in = NewSite.class.getResourceAsStream("/crosscheck/init/" + name)) {
            if (in == null) throw new IllegalStateException("Crosscheck was packaged without crosscheck/init/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
