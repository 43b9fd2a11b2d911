package crosscheck.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The folders a build keeps beside the output folder, and the tidying up after builds that died (killed, or the
 * machine stopped) before they could remove them.
 *
 * <p>A build writes the new site into {@code .site-tmp-PID-START-OUT-RANDOM} and, while swapping, moves the previous
 * site aside to {@code .site-old-PID-START-OUT-RANDOM}. PID and START (the process's start, in epoch seconds; 0 when
 * unknown) name the process that made the folder, OUT is a hash of the output folder's name (several output folders
 * may share a parent) and RANDOM keeps the folders of one process apart. A folder is <em>stale</em> when its process
 * is gone: no live process has that id, or the one that has it started at another time (ids are reused; in a
 * container every run may be process 1). Folders of a live process, this one included, are never touched, so
 * {@code serve} and {@code build} may write to the same output folder at once. Processes on another machine or in
 * another PID namespace that share the folder are not seen; builds there must not share an output folder.
 *
 * <p>{@link #recover} runs before a build writes anything: when the output folder is missing and a stale
 * {@code .site-old-*} of that output holds a site ({@code digest.json}), a build died between its two renames, so
 * that folder is renamed back into place (the newest, if several). Then the stale {@code .site-tmp-*} of the output
 * are deleted, and its stale {@code .site-old-*} too, but only while the output folder exists: until then an old
 * folder may be the only copy of a site. Folders of earlier versions, named without a process
 * ({@code .site-tmp-RANDOM}, {@code .site-old-RANDOM}), cannot be attributed: {@code .site-tmp-*} ones are deleted
 * once a day old (no build writes that long), {@code .site-old-*} ones are left alone, as they may hold the only copy
 * of a site (rename one back or delete it by hand). Any other name is not ours and is left alone.
 */
final class Leftovers {
    static final String TMP = ".site-tmp-";
    static final String OLD = ".site-old-";
    /** How old a {@code .site-tmp-RANDOM} folder of an earlier version must be to count as abandoned. */
    static final Duration OLD_FORMAT_AGE = Duration.ofDays(1);

    private static final Pattern NAME =
            Pattern.compile("\\.site-(?:tmp|old)-(\\d{1,18})-(\\d{1,18})-([0-9a-f]{8})-[0-9a-f]+");
    private static final Pattern OLD_FORMAT_TMP = Pattern.compile("\\.site-tmp-[0-9a-f]+");

    private Leftovers() {
    }

    /**
     * Puts the previous site back when a build died between moving it aside and moving the new one in, then deletes
     * what builds that died left beside {@code out}. Best effort and quiet: what cannot be done is left for the next
     * build. Safe to call while other builds write to the same output folder.
     *
     * @param out the output folder
     */
    static void recover(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        String output = outputTag(target);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            stale(parent, OLD, output).stream()
                    .filter(dir -> Files.isRegularFile(dir.resolve(PageFactory.DIGEST_JSON),
                            LinkOption.NOFOLLOW_LINKS))
                    .max(Comparator.comparing(dir -> modified(dir.resolve(PageFactory.DIGEST_JSON))))
                    .ifPresent(dir -> moveBack(dir, target));
        }
        stale(parent, TMP, output).forEach(FolderDeletion::deleteQuietly);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            stale(parent, OLD, output).forEach(FolderDeletion::deleteQuietly);
        }
        abandonedOldFormat(parent).forEach(FolderDeletion::deleteQuietly);
    }

    /** The start of the name of a folder this process makes beside {@code target}: {@code kind + "PID-START-OUT-"}. */
    static String prefix(String kind, Path target) {
        ProcessHandle self = ProcessHandle.current();
        return prefix(kind, self.pid(), startSeconds(self), target);
    }

    static String prefix(String kind, long pid, long start, Path target) {
        return kind + pid + "-" + start + "-" + outputTag(target) + "-";
    }

    /** Eight hex digits naming the output folder among its siblings. */
    private static String outputTag(Path target) {
        CRC32 crc = new CRC32();
        crc.update(target.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    private static long startSeconds(ProcessHandle process) {
        return process.info().startInstant().map(Instant::getEpochSecond).orElse(0L);
    }

    /** Whether the process that named a folder with {@code pid} and {@code start} still runs; unsure means yes. */
    static boolean running(long pid, long start) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) return false;
        long started = startSeconds(process.get());
        return start == 0 || started == 0 || Math.abs(started - start) <= 1;
    }

    /** The folders of {@code kind} for output {@code output} in {@code parent} whose process is gone. */
    private static List<Path> stale(Path parent, String kind, String output) {
        List<Path> found = new ArrayList<>();
        for (Path dir : folders(parent)) {
            Matcher m = NAME.matcher(dir.getFileName().toString());
            if (m.matches() && m.group().startsWith(kind) && m.group(3).equals(output)
                    && !running(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))) {
                found.add(dir);
            }
        }
        return found;
    }

    /** {@code .site-tmp-RANDOM} folders of earlier versions, untouched for {@link #OLD_FORMAT_AGE}. */
    private static List<Path> abandonedOldFormat(Path parent) {
        FileTime before = FileTime.from(Instant.now().minus(OLD_FORMAT_AGE));
        return folders(parent).stream()
                .filter(dir -> OLD_FORMAT_TMP.matcher(dir.getFileName().toString()).matches())
                .filter(dir -> modified(dir).compareTo(before) < 0)
                .toList();
    }

    /** The real folders (not links) in {@code parent} whose names start with {@code .site-}. */
    private static List<Path> folders(Path parent) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ".site-*")) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) found.add(entry);
            }
        } catch (IOException e) {
            // nothing to tidy that we can see
        }
        return found;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(Long.MAX_VALUE); // deleted meanwhile: not older than anything
        }
    }

    private static void moveBack(Path old, Path target) {
        try {
            OutputFolder.move(old, target);
        } catch (IOException e) {
            // another build put a site in place first, or the folder is busy; the old folder stays
        }
    }
}
