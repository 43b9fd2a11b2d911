package crosscheck.ingest;

import crosscheck.core.LastRoundMemo;
import crosscheck.core.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the last read of a content folder made of each report file, for the next read in the same process to
 * reuse ({@code serve}'s rebuilds): a file whose size, modification time and file key (the inode, where the system
 * has one) are those it had then is not read and decoded again. Saving a file in an editor changes its modification
 * time, and most editors replace the file (a new inode). Keeps only what the last read used ({@link LastRoundMemo}).
 * Safe for the threads of one read; reads must not overlap.
 */
public final class ReadMemo {
    private static final ReadMemo NONE = new ReadMemo(false);

    private final boolean enabled;
    private final LastRoundMemo<Path, Entry> files = new LastRoundMemo<>();

    /** A memo that remembers from one read to the next. */
    public ReadMemo() {
        this(true);
    }

    private ReadMemo(boolean enabled) {
        this.enabled = enabled;
    }

    /** A memo that remembers nothing: every read reads every file. */
    public static ReadMemo none() {
        return NONE;
    }

    /** One file's report and warnings. */
    record Read(Optional<RawReport> report, List<Warning> warnings) {
    }

    /** What {@code reader} gives for the file, or what it gave last time if the file is as it was then. */
    Read read(Path path, Supplier<Read> reader) {
        if (!enabled) return reader.get();
        Stamp stamp = Stamp.of(path);
        return files.get(path, known -> stamp != null && stamp.equals(known.stamp),
                p -> new Entry(stamp, reader.get())).read;
    }

    /** Starts a read: what the last one made stays available. */
    void begin() {
        files.begin();
    }

    /** Ends a read: only what it used is kept. */
    void finish() {
        files.finish();
    }

    /** A file's stamp when it was read, or null when it could not be read: then never reused. */
    private record Entry(Stamp stamp, Read read) {
    }

    /** What tells that a file changed. */
    private record Stamp(long size, FileTime modified, Object key) {
        /** The file's stamp, or null when it cannot be read (the reader then says why). */
        static Stamp of(Path path) {
            try {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                return new Stamp(a.size(), Objects.requireNonNull(a.lastModifiedTime()), a.fileKey());
            } catch (IOException e) {
                return null;
            }
        }
    }
}
