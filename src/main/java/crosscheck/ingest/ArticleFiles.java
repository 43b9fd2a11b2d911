package crosscheck.ingest;

import crosscheck.core.BuildException;
import crosscheck.core.Warning;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of the articles folder that may be reports, sorted by path. What is not read, and why:
 * <ul>
 * <li>hidden files and folders (names starting with '.': {@code .git}, a cache): silently;</li>
 * <li>a folder that holds a Crosscheck site (a {@code .crosscheck-site} marker, or both {@code digest.json} and
 * {@code index.html}), an output folder put inside the content: with a warning;</li>
 * <li>a symbolic link, to a file or a folder, that resolves outside the content folder (a key, /etc/passwd,
 * /proc): with a warning, so that a link never publishes what is not content. Links that stay inside are
 * followed;</li>
 * <li>a link loop, a broken link, a file that is not a regular file (a named pipe, a device: reading one could
 * block forever) and a file already reached by another path (a link to another report): with a warning.</li>
 * </ul>
 * The articles folder may itself be a symbolic link; when it resolves outside the content folder it is read all
 * the same, with a warning, and links inside it may also point inside the folder it resolves to.
 * Warnings come in path order, whatever order the file system lists the folders in.
 */
final class ArticleFiles {
    /** The file a built site holds so that it is never taken for content (added by the renderer). */
    static final String SITE_MARKER = ".crosscheck-site";

    private ArticleFiles() {
    }

    static List<Path> list(Path contentDir, Path articles, List<Warning> warnings) {
        List<Path> roots = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        List<Found> skipped = new ArrayList<>();
        String folder = ContentReader.ARTICLES + "/";
        Path articlesReal;
        try {
            Path content = contentDir.toRealPath();
            roots.add(content);
            Path real = articles.toRealPath();
            articlesReal = real;
            if (!real.startsWith(content)) {
                roots.add(real);
                warnings.add(new Warning(folder, "the articles folder is a symbolic link to " + real
                        + ", outside the content folder: it is read all the same (links inside it must stay inside "
                        + "it or the content folder)"));
            }
        } catch (IOException e) {
            throw new BuildException(folder, "cannot read the articles folder: " + why(e),
                    "check that the folder (or what its link points to) exists and is readable");
        }
        try {
            Files.walkFileTree(articles, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (dir.equals(articles)) return FileVisitResult.CONTINUE;
                            if (hidden(dir)) return FileVisitResult.SKIP_SUBTREE;
                            if (Files.isSymbolicLink(dir) && !inside(dir, roots)) {
                                skip(dir, "a symbolic link to a folder outside the content folder: skipped; "
                                        + "move the reports into the content folder instead of linking to them");
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (Files.isSymbolicLink(dir) && holdsArticles(dir, articlesReal)) {
                                // the content folder, say: walking it would read pages/ and site.yml as reports
                                skip(dir, "a symbolic link back to a folder that holds it (a loop): skipped");
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (isSite(dir)) {
                                skip(dir, "holds a site Crosscheck built (" + SITE_MARKER + ", or digest.json and "
                                        + "index.html), not reports: skipped; build the site outside the content "
                                        + "folder");
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (hidden(file)) return FileVisitResult.CONTINUE;
                            if (attrs.isSymbolicLink()) {
                                // FOLLOW_LINKS gives a link's own attributes only when its target is missing
                                skip(file, "a symbolic link to a file that does not exist: skipped");
                            } else if (Files.isSymbolicLink(file) && !inside(file, roots)) {
                                skip(file, "a symbolic link to a file outside the content folder: skipped; "
                                        + "a link in articles/ may only point inside the content folder");
                            } else if (!attrs.isRegularFile()) {
                                skip(file, "not a regular file (a named pipe, a device or a socket): skipped");
                            } else {
                                found.add(new Found(file, attrs.fileKey(), null));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                skip(file, "a symbolic link back to a folder that holds it (a loop): skipped");
                            } else if (e instanceof NoSuchFileException) {
                                skip(file, ContentReader.GONE);
                            } else if (!hidden(file)) {
                                skip(file, "cannot read it (" + why(e) + "): skipped; check that it is readable");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        private void skip(Path path, String why) {
                            skipped.add(new Found(path, null, why));
                        }
                    });
        } catch (IOException e) {
            throw new BuildException(folder, "cannot list the articles folder: " + why(e),
                    "check that the folder is readable");
        }
        // one file reached by two paths (a link to another report) is read once, under the first path
        found.sort(Comparator.comparing(Found::path));
        Map<Object, Path> firstPath = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (Found file : found) {
            Path first = file.key() == null ? null : firstPath.putIfAbsent(file.key(), file.path());
            if (first == null) {
                files.add(file.path());
            } else {
                skipped.add(new Found(file.path(), null, "the same file as " + relative(contentDir, first)
                        + " (a link to it, or a second name): read once, as " + relative(contentDir, first)));
            }
        }
        skipped.sort(Comparator.comparing(Found::path));
        for (Found skip : skipped) warnings.add(new Warning(relative(contentDir, skip.path()), skip.why()));
        return files;
    }

    /** A file or folder found: its key (to tell one file reached twice), or why it is skipped. */
    private record Found(Path path, Object key, String why) {
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Whether the linked folder is the articles folder or holds it: following it would go round in a loop. */
    private static boolean holdsArticles(Path link, Path articlesReal) {
        try {
            return articlesReal.startsWith(link.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the link resolves inside one of the roots (false when it cannot be resolved). */
    private static boolean inside(Path link, List<Path> roots) {
        try {
            Path real = link.toRealPath();
            return roots.stream().anyMatch(real::startsWith);
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isSite(Path dir) {
        return Files.exists(dir.resolve(SITE_MARKER))
                || (Files.isRegularFile(dir.resolve("digest.json")) && Files.isRegularFile(dir.resolve("index.html")));
    }

    private static String relative(Path contentDir, Path path) {
        return contentDir.relativize(path).toString().replace('\\', '/');
    }

    private static String why(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
