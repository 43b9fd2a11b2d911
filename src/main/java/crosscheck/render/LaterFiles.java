package crosscheck.render;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Files of a site whose number and names are known only once they are made (the search index's shards), all in one
 * folder: made together, once, when the first of them or the whole site is asked for, so that {@code serve}'s
 * preview makes them only when someone searches. Safe to use from many threads.
 */
final class LaterFiles {
    private final String folder;
    private final Supplier<List<SiteFile>> make;
    private volatile List<SiteFile> made;

    /**
     * @param folder the folder from the site root, ending in "/", that holds every file {@code make} makes and no
     *               file of the site's others but its pages ({@code index.html})
     * @param make   makes the files, each in {@code folder} and named ".json"
     */
    LaterFiles(String folder, Supplier<List<SiteFile>> make) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.make = Objects.requireNonNull(make, "make");
        if (!folder.endsWith("/")) throw new IllegalArgumentException("a folder ends in /: " + folder);
    }

    /** Whether {@code path} is one this group would make: a ".json" file in its folder. */
    boolean owns(String path) {
        return path.startsWith(folder) && path.endsWith(".json");
    }

    /** The files, made on the first call. */
    List<SiteFile> files() {
        List<SiteFile> files = made;
        if (files == null) {
            synchronized (this) {
                files = made;
                if (files == null) {
                    files = List.copyOf(make.get());
                    for (SiteFile file : files) {
                        if (!owns(file.path())) throw new IllegalStateException(file.path() + " is not in " + folder);
                    }
                    made = files;
                }
            }
        }
        return files;
    }
}
