package crosscheck.init;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a site's Pages workflow gets Crosscheck: a git repository and the tag, branch or commit to build.
 *
 * @param git the repository's address, e.g. {@code https://github.com/USER/crosscheck.git}
 * @param ref the tag, branch or commit to build
 */
public record CrosscheckSource(String git, String ref) {
    /** Written when the source is not known: the workflow stops on it with a message saying what to set. */
    public static final String UNKNOWN = "CHANGE-ME";
    /**
     * What a git address or ref may hold: the characters of addresses and ref names, no space, quote or sign that
     * would mean something in the workflow's YAML or shell.
     */
    private static final Pattern SSH = Pattern.compile("git@([\\w.-]+):(?!/)(.+)");
    private static final Pattern WORD = Pattern.compile("[\\w./~][\\w./~:@+%=-]*");

    public CrosscheckSource {
        Objects.requireNonNull(git, "git");
        Objects.requireNonNull(ref, "ref");
        if (!WORD.matcher(git).matches() || !WORD.matcher(ref).matches()) {
            throw new IllegalArgumentException("a git address and ref are single words: " + git + " " + ref);
        }
    }

    public boolean known() {
        return !git.contains(UNKNOWN) && !ref.contains(UNKNOWN);
    }

    /** The text of a new site's file, with this source in place of {@code @CROSSCHECK_GIT@} and {@code @CROSSCHECK_REF@}. */
    String fillIn(String text) {
        return text.replace("@CROSSCHECK_GIT@", git).replace("@CROSSCHECK_REF@", ref);
    }

    /**
     * The clone of Crosscheck this program runs from, when it runs from {@code <clone>/target/crosscheck.jar} (as
     * the {@code ./crosscheck} launcher runs it): the clone's {@code origin} address and its current commit.
     */
    public static Optional<CrosscheckSource> ofRunningClone() {
        try {
            Path code = Path.of(CrosscheckSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path clone = code.toAbsolutePath().getParent() == null ? null : code.toAbsolutePath().getParent().getParent();
            if (clone == null || !Files.exists(clone.resolve(".git"))) return Optional.empty();
            Optional<String> git = gitOutput(clone, "remote", "get-url", "origin").flatMap(CrosscheckSource::reachable);
            Optional<String> ref = gitOutput(clone, "rev-parse", "HEAD");
            return git.isPresent() && ref.isPresent()
                    ? Optional.of(new CrosscheckSource(git.get(), ref.get())) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The address as a Pages workflow can fetch it, with no key: https as it is, {@code git@host:path} as
     * {@code https://host/path}; nothing for a local path or another protocol.
     */
    static Optional<String> reachable(String address) {
        if (address.startsWith("https://") || address.startsWith("http://")) return Optional.of(address);
        Matcher ssh = SSH.matcher(address);
        if (ssh.matches()) return Optional.of("https://" + ssh.group(1) + "/" + ssh.group(2));
        return Optional.empty();
    }

    /** The one line {@code git -C clone args} prints, if it succeeds within a few seconds. */
    private static Optional<String> gitOutput(Path clone, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = clone.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            git.getOutputStream().close();
            String out;
            try (InputStream in = git.getInputStream()) {
                out = new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
            }
            if (!git.waitFor(5, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return git.exitValue() == 0 && !out.isEmpty() && out.lines().count() == 1 ? Optional.of(out)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
