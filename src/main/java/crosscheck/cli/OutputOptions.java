package crosscheck.cli;

import crosscheck.core.Progress;
import crosscheck.core.Warning;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --quiet} and {@code --verbose}, shared by every command, and how much each prints on standard error:
 * quiet prints errors and the number of warnings; the default prints each warning (and the command's one-line
 * summary); verbose also prints each stage of a build with its item count and time.
 */
final class OutputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, description = "print only errors and the number of warnings")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "also print each stage with its item count and time; build "
            + "also prints the review list: the joins the grouping is least sure of, with the events.yml lines "
            + "that would settle them")
    boolean verbose;

    /** The live progress line, when standard error is a terminal; made on first use. */
    private LiveProgress live;

    /** Fails the command line when both are given. */
    void check() {
        if (quiet && verbose) {
            throw new ParameterException(spec.commandLine(), "--quiet and --verbose cannot be used together");
        }
    }

    boolean quiet() {
        return quiet;
    }

    boolean verbose() {
        return verbose;
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * How a build's stages show on standard error, unless quiet: on a terminal a live line, which
     * {@link #closeProgress} clears; elsewhere plain lines for long stages (see {@link PlainProgress}). Verbose
     * adds a line as each stage ends.
     */
    Progress progress() {
        if (!quiet && live == null && LiveProgress.terminal()) {
            live = new LiveProgress(err(), verbose);
        }
        if (live != null) return live;
        return quiet ? Progress.NONE : new PlainProgress(err(), verbose);
    }

    /** Clears the live progress line, if any: before an error is printed, and when the command ends. */
    void closeProgress() {
        if (live != null) live.close();
    }

    /** Prints each warning, or when quiet only how many there are. */
    void warnings(List<Warning> warnings) {
        PrintWriter err = err();
        if (!quiet) {
            warnings.forEach(w -> err.println("warning: " + w));
        } else if (!warnings.isEmpty()) {
            err.println(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")
                    + " (run without --quiet to see them)");
        }
        err.flush();
    }

    /** Prints a one-line summary on standard output, unless quiet. */
    void summary(String line) {
        if (quiet) return;
        spec.commandLine().getOut().println(line);
        spec.commandLine().getOut().flush();
    }

    static String millis(Duration elapsed) {
        long ms = elapsed.toMillis();
        return ms < 10_000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
