package crosscheck;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the folders a build writes apart from the ones it reads: a build replaces the whole output folder, so that
 * folder must not be, hold or lie inside the content, templates or cache folder; and the cache folder, which a build
 * tidies, must not be, hold or lie inside the content or templates folder. Folders are compared by where they really
 * are: symbolic links (of the folder or of any folder above it) are followed as far as the folders exist.
 */
final class Folders {
    private Folders() {
    }

    /** How folder {@code a} lies to folder {@code b}. */
    enum Overlap {
        APART, SAME, INSIDE, HOLDS
    }

    /**
     * Refuses a build whose output (when {@code out} is not null) or cache (when not null) folder overlaps a folder
     * it reads; a templates folder that is not on the disk (the built-in one) is left out.
     */
    static void check(Path out, Path cache, Path content, Path templates) {
        boolean templatesOnDisk = templates.getFileSystem().equals(FileSystems.getDefault());
        if (out != null) {
            String hint = "a build replaces the whole output folder: pass --out DIR with a folder of its own, apart "
                    + "from the content, templates and cache folders, e.g. --out site";
            refuse(out, "write the site", content, "content folder", hint);
            if (templatesOnDisk) refuse(out, "write the site", templates, "templates folder", hint);
            if (cache != null) refuse(out, "write the site", cache, "cache folder", hint);
        }
        if (cache != null) {
            String hint = "pass --cache DIR with a folder of its own, apart from the content and templates folders "
                    + "(the default is .crosscheck-cache beside the output folder), or --no-cache";
            refuse(cache, "keep the cache", content, "content folder", hint);
            if (templatesOnDisk) refuse(cache, "keep the cache", templates, "templates folder", hint);
        }
    }

    private static void refuse(Path folder, String doing, Path other, String otherName, String hint) {
        String where = switch (overlap(folder, other)) {
            case APART -> null;
            case SAME -> "in the " + otherName + " itself";
            case INSIDE -> "inside the " + otherName + " " + other;
            case HOLDS -> "in a folder that holds the " + otherName + " " + other;
        };
        if (where != null) {
            throw new BuildException(folder.toString(), "refusing to " + doing + " " + where, hint);
        }
    }

    /** How {@code a} lies to {@code b}, where they really are. */
    static Overlap overlap(Path a, Path b) {
        Path realA = real(a);
        Path realB = real(b);
        if (realA.equals(realB)) return Overlap.SAME;
        if (realA.startsWith(realB)) return Overlap.INSIDE;
        if (realB.startsWith(realA)) return Overlap.HOLDS;
        return Overlap.APART;
    }

    /**
     * Where {@code path} really is: the real path of the deepest part of it that exists (links followed), with the
     * rest, which does not exist yet, added as it is.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return absolute;
        try {
            Path real = existing.toRealPath();
            Path rest = existing.relativize(absolute);
            return rest.toString().isEmpty() ? real : real.resolve(rest).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
