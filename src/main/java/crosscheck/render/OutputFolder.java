package crosscheck.render;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The output folder of a build: the one place that puts back a site a killed build left aside, and replaces the folder
 * with a new site. {@link #recover} comes first, before anything reads the folder, then {@link #replace}.
 *
 * <p>The site is written into a fresh folder beside the output folder ({@code .site-tmp-*}), then the old folder is
 * renamed aside, the new one renamed into place and the old one deleted. When writing fails, the fresh folder is
 * deleted and the output folder is untouched. A folder that holds files but is not a site Crosscheck built
 * ({@link SiteFolder}) is never replaced.
 *
 * <p>So a failed or interrupted build leaves the previous site as it was: until the first rename the output folder
 * is untouched; a build killed between the two renames leaves the output folder missing and the previous site in
 * {@code .site-old-*}, and the next build puts it back before anything else ({@link Leftovers#recover}, which also
 * deletes the folders builds that died left behind; the folder names carry the writer's process id, so the folders
 * of a build still running are never touched).
 */
public final class OutputFolder {
    private final Path out;

    private OutputFolder(Path out) {
        this.out = out;
    }

    /**
     * The output folder {@code out}, once the previous site is back in it should a killed build have left it aside,
     * and the folders builds that died left beside it are deleted (best effort, see {@link Leftovers}). Call it
     * before the build reads the folder or does any work, so that even a build that fails puts the site back.
     */
    public static OutputFolder recover(Path out) {
        Leftovers.recover(Objects.requireNonNull(out, "out"));
        return new OutputFolder(out);
    }

    /** How many reports the site in the folder has: 0 when there is none, -1 when not known ({@link SiteFolder}). */
    public int reports() {
        return SiteFolder.reports(out);
    }

    /**
     * Writes the whole site into the folder, replacing a previous build there only once every file is written;
     * problems the user can fix are thrown as {@link BuildException}.
     *
     * @param site    the site's files
     * @param written run after each file is written (from the writing threads)
     */
    public void replace(SitePlan site, Runnable written) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(written, "written");
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new BuildException(out.toString(), "refusing to write the site to the root of a file system",
                    "pass --out DIR with a folder of its own, e.g. --out site");
        }
        checkReplaceable(out, target);
        Path fresh;
        try {
            Files.createDirectories(parent);
            fresh = createUnique(parent, Leftovers.prefix(Leftovers.TMP, target));
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
        try {
            site.writeInto(fresh, written);
        } catch (IOException e) {
            FolderDeletion.deleteQuietly(fresh);
            throw cannotWrite(out, e);
        } catch (RuntimeException | Error e) {
            FolderDeletion.deleteQuietly(fresh);
            throw e;
        }
        swap(out, target, fresh);
    }

    private static void swap(Path out, Path target, Path fresh) {
        try {
            checkReplaceable(out, target);
        } catch (BuildException e) {
            FolderDeletion.deleteQuietly(fresh);
            throw e;
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                move(fresh, target);
            } catch (IOException e) {
                FolderDeletion.deleteQuietly(fresh);
                throw cannotWrite(out, e);
            }
            return;
        }
        Path old;
        try {
            old = unusedName(target.getParent(), Leftovers.prefix(Leftovers.OLD, target));
            move(target, old);
        } catch (IOException e) {
            FolderDeletion.deleteQuietly(fresh);
            throw new BuildException(out.toString(), "cannot move the previous site aside: " + e.getMessage(),
                    "close programs that have files in it open, check permissions, and build again");
        }
        try {
            move(fresh, target);
        } catch (IOException e) {
            try {
                move(old, target);
            } catch (IOException restore) {
                FolderDeletion.deleteQuietly(fresh);
                throw new BuildException(out.toString(), "cannot put the new site in place (" + e.getMessage()
                        + "), and the previous site could not be moved back from " + old,
                        "rename " + old.getFileName() + " back to " + target.getFileName() + " by hand");
            }
            FolderDeletion.deleteQuietly(fresh);
            throw cannotWrite(out, e);
        }
        FolderDeletion.deleteQuietly(old);
    }

    /** Refuses folders that are not ours to replace (see {@link SiteFolder}). */
    private static void checkReplaceable(Path out, Path target) {
        SiteFolder.State state = SiteFolder.examine(target);
        if (state.replaceable()) return;
        throw new BuildException(out.toString(), "refusing to replace the output folder: " + state.problem(),
                "a build replaces the whole output folder: pass --out DIR with a new or empty folder, or with the "
                        + "folder of a previous build (it has a " + SiteFolder.MARKER + " file)");
    }

    private static Path createUnique(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(unusedName(parent, prefix));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    private static Path unusedName(Path parent, String prefix) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
            Path candidate = parent.resolve(prefix + suffix);
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) return candidate;
        }
        throw new IOException("no free temporary name in " + parent);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static BuildException cannotWrite(Path out, IOException e) {
        return new BuildException(out.toString(), "cannot write the site: " + e,
                "check that the folder's parent is writable and the disk is not full");
    }
}
