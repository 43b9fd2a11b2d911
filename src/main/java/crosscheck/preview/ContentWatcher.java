package crosscheck.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and everything under them (subfolders created later included) and calls back once a
 * burst of changes has settled: after the first change it waits until no change came for the quiet period,
 * so an editor saving several files, or one file in several writes, gives one call. Calls come one at a
 * time from the watcher's own thread; changes made during a call give another call after it. Nothing a call
 * throws, Errors included, ends the watching: it goes to the failure callback, and the next change calls again.
 * Editor backup and swap files ({@code name~}, {@code .name.swp}) are ignored.
 */
public final class ContentWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Duration quiet;
    private final Runnable onChange;
    private final Consumer<Throwable> onFailure;
    private final Thread thread;

    private ContentWatcher(List<Path> roots, Duration quiet, Runnable onChange, Consumer<Throwable> onFailure)
            throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.onChange = onChange;
        this.onFailure = onFailure;
        for (Path root : roots) {
            if (Files.isDirectory(root)) registerTree(root);
        }
        this.thread = new Thread(this::loop, "crosscheck-watch");
        thread.setDaemon(true);
    }

    /**
     * Starts watching the folders that exist among {@code roots}; whatever {@code onChange} throws, Errors included,
     * goes to {@code onFailure} and the watching goes on, so a later change calls {@code onChange} again.
     *
     * @param quiet     how long changes must pause before {@code onChange} is called, e.g. 200 ms
     * @param onChange  called on the watcher's thread after each burst of changes
     * @param onFailure called on the watcher's thread with what {@code onChange} threw
     */
    public static ContentWatcher start(List<Path> roots, Duration quiet, Runnable onChange,
            Consumer<Throwable> onFailure) {
        try {
            ContentWatcher watcher = new ContentWatcher(roots, quiet, onChange, onFailure);
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots + ": " + e.getMessage(), e);
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                if (!drain(service.take())) continue;
                long settle = quiet.toNanos();
                WatchKey next;
                while ((next = service.poll(settle, TimeUnit.NANOSECONDS)) != null) {
                    drain(next); // more changes: wait for the quiet period again
                }
                call();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Calls {@code onChange}; nothing it throws ends the watching. */
    private void call() {
        try {
            onChange.run();
        } catch (Throwable thrown) {
            try {
                onFailure.accept(thrown);
            } catch (Throwable ignored) {
                // even a failure to report must not stop the watching
            }
        }
    }

    /** Handles the events of one key; true when one of them is a change that counts. */
    private boolean drain(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed = true;
                continue;
            }
            if (folder == null) continue;
            Path path = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // gone again, or unreadable: the rebuild will say so if it matters
                }
            }
            changed |= !isEditorScratch(path.getFileName().toString());
        }
        if (!key.reset()) folders.remove(key);
        return changed;
    }

    static boolean isEditorScratch(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.startsWith(".#");
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
            thread.join(2000);
        } catch (IOException e) {
            // nothing left to release
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
