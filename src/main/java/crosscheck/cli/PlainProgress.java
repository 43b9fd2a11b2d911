package crosscheck.cli;

import crosscheck.core.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A build's progress where standard error is not a terminal (a log, a CI job): plain lines, never rewritten. A
 * stage still running after {@link #EVERY} says how far it is ("clean    4,312/10,000 after 5.0 s"), again every
 * {@link #EVERY}, so a long build is not silent; a short one prints nothing. With {@code verbose}, each stage also
 * prints a line as it ends, with its count and time.
 */
final class PlainProgress implements Progress {
    /** How long a stage runs before its first line, and between its lines. */
    static final Duration EVERY = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final boolean verbose;
    private final long every;
    private long stageStart;
    private long nextLine;

    PlainProgress(PrintWriter err, boolean verbose) {
        this(err, verbose, EVERY);
    }

    /** @param every how long a stage runs before its first line, and between its lines */
    PlainProgress(PrintWriter err, boolean verbose, Duration every) {
        this.err = err;
        this.verbose = verbose;
        this.every = every.toNanos();
    }

    @Override
    public synchronized void start(String stage) {
        stageStart = System.nanoTime();
        nextLine = stageStart + every;
    }

    @Override
    public synchronized void advanced(String stage, int done, int total) {
        long now = System.nanoTime();
        if (now < nextLine || done == total) return;
        nextLine = now + every;
        err.printf(Locale.ROOT, "%-8s %,d/%,d after %.1f s%n", stage, done, total, (now - stageStart) / 1e9);
        err.flush();
    }

    @Override
    public synchronized void done(String stage, int count, String items, Duration elapsed) {
        if (!verbose) return;
        err.println(line(stage, count, items, elapsed));
        err.flush();
    }

    /** "clean       5 articles   12 ms". */
    static String line(String stage, int count, String items, Duration elapsed) {
        return String.format(Locale.ROOT, "%-8s %6d %-10s %s", stage, count, items, OutputOptions.millis(elapsed));
    }
}
