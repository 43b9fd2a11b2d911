package crosscheck.cache;

import crosscheck.analyse.AnalysedReport;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Analysed reports on disk, one file per key in a folder per code version: {@code <dir>/<version>/<key>.bin}.
 * Entries are written to a temporary file and renamed into place, so a killed build leaves no torn entry; an
 * entry that cannot be read for any reason is a miss and is deleted. Entries are in {@link EntryCodec}'s
 * format. Only files and folders named as this store names them are ever deleted.
 */
final class DiskStore {
    private static final String SUFFIX = ".bin";
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.bin|[0-9a-f]{64}\\.bin\\.tmp-[0-9a-f]+");
    private static final Pattern WHOLE_ENTRY = Pattern.compile("[0-9a-f]{64}\\.bin");
    private static final Pattern VERSION_FOLDER = Pattern.compile("v\\d+-[0-9a-z]+");

    private final Path root;
    private final Path folder;
    private final AtomicReference<String> writeProblem = new AtomicReference<>();
    /**
     * The keys that have an entry file: the folder is listed once, on the first read, and this store's own writes
     * and deletions keep it up to date; so a miss costs no file system call. An entry another process writes later
     * is not seen: a miss, and made again.
     */
    private volatile Set<String> present;

    /** @param root the cache folder; @param version the folder name for this code version, e.g. {@code v1-ab12} */
    DiskStore(Path root, String version) {
        if (!VERSION_FOLDER.matcher(version).matches()) throw new IllegalArgumentException("version " + version);
        this.root = root;
        this.folder = root.resolve(version);
    }

    /** The entry for {@code key}, or null when there is none or it cannot be read. */
    AnalysedReport read(String key) {
        if (!present().contains(key)) return null;
        Path file = folder.resolve(key + SUFFIX);
        try {
            return EntryCodec.read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            present().remove(key);
            return null;
        } catch (IOException | RuntimeException e) {
            present().remove(key);
            deleteQuietly(file); // torn or not ours: a miss
            return null;
        }
    }

    private Set<String> present() {
        Set<String> keys = present;
        if (keys == null) {
            synchronized (this) {
                if (present == null) present = listed();
                keys = present;
            }
        }
        return keys;
    }

    private Set<String> listed() {
        Set<String> keys = ConcurrentHashMap.newKeySet();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (WHOLE_ENTRY.matcher(name).matches()) keys.add(name.substring(0, 64));
            }
        } catch (IOException | RuntimeException e) {
            // no folder yet, or an unreadable one: every read is a miss
        }
        return keys;
    }

    /** Stores an entry; a cache that cannot be written only makes later builds slower (see {@link #problem}). */
    void write(String key, AnalysedReport value) {
        Path file = folder.resolve(key + SUFFIX);
        Path temporary = folder.resolve(key + SUFFIX + ".tmp-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
        try {
            byte[] bytes = EntryCodec.encode(value);
            try {
                Files.write(temporary, bytes);
            } catch (NoSuchFileException e) { // the first entry, or the folder was deleted meanwhile
                Files.createDirectories(folder);
                Files.write(temporary, bytes);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            present().add(key);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            writeProblem.compareAndSet(null, "cannot write the cache in " + folder + ": " + e);
        }
    }

    /** The first reason an entry could not be written, or null. */
    String problem() {
        return writeProblem.get();
    }

    /**
     * Deletes the entries whose keys are not in {@code keep}, and the folders of other code versions: the cache
     * holds only what the last build used.
     */
    void keepOnly(Set<String> keep) {
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
            for (Path version : versions) {
                String name = version.getFileName().toString();
                if (!VERSION_FOLDER.matcher(name).matches()
                        || !Files.isDirectory(version, LinkOption.NOFOLLOW_LINKS)) continue; // never through a link
                boolean current = version.equals(folder);
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(version)) {
                    for (Path entry : entries) {
                        String file = entry.getFileName().toString();
                        if (!ENTRY.matcher(file).matches()) continue;
                        boolean kept = current && file.endsWith(SUFFIX) && keep.contains(file.substring(0, 64));
                        if (!kept) {
                            deleteQuietly(entry);
                            if (current) present().remove(file.substring(0, 64));
                        }
                    }
                }
                if (!current) deleteQuietly(version); // only succeeds once it is empty
            }
        } catch (IOException | RuntimeException e) {
            // an untidy cache is only bigger
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }
}
