package crosscheck.cli;

import crosscheck.core.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A build's progress on a terminal: one line, rewritten in place, with the stage, a bar and how many of its items
 * are done ("clean    [#######.............]  3,512/10,000"); cleared when the build ends, so what stays on the
 * screen is what a build prints anyway. With {@code verbose}, each stage also leaves its line with its count and time.
 */
final class LiveProgress implements Progress, AutoCloseable {
    /** The line is rewritten at most this often, however often items are done. */
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 20;
    /** Carriage return, then erase to the end of the line (ANSI, understood by every terminal in use). */
    private static final String CLEAR = "\r\u001b[K";

    private final PrintWriter err;
    private final boolean verbose;
    private long drawn;
    private boolean showing;

    LiveProgress(PrintWriter err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    /**
     * Whether standard error is a terminal that can show the line: the launcher says so
     * ({@code -Dcrosscheck.terminal}, from {@code [ -t 2 ]}); without it, when Java sees a console; never for
     * {@code TERM=dumb}.
     */
    static boolean terminal() {
        if ("dumb".equals(System.getenv("TERM"))) return false;
        String told = System.getProperty("crosscheck.terminal");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    @Override
    public synchronized void start(String stage) {
        draw(stage + " ...");
    }

    @Override
    public synchronized void advanced(String stage, int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - drawn < REDRAW_NANOS) return;
        drawn = now;
        int filled = total <= 0 ? BAR : (int) ((long) BAR * done / total);
        draw(String.format(Locale.ROOT, "%-8s [%s%s] %,d/%,d", stage, "#".repeat(filled),
                ".".repeat(BAR - filled), done, total));
    }

    @Override
    public synchronized void done(String stage, int count, String items, Duration elapsed) {
        clear();
        if (verbose) {
            err.println(PlainProgress.line(stage, count, items, elapsed));
            err.flush();
        }
    }

    /** Clears the line, e.g. when the build stops on an error. */
    @Override
    public synchronized void close() {
        clear();
    }

    private void draw(String line) {
        err.print(CLEAR + line);
        err.flush();
        showing = true;
    }

    private void clear() {
        if (!showing) return;
        err.print(CLEAR);
        err.flush();
        showing = false;
    }
}
