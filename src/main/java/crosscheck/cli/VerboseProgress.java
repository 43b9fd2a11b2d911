package crosscheck.cli;

import crosscheck.Progress;
import java.io.PrintWriter;
import java.time.Duration;

/** {@code --verbose} where standard error is not a terminal: a plain line as each stage ends, with its count and time. */
final class VerboseProgress implements Progress {
    private final PrintWriter err;

    VerboseProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void done(String stage, int count, String items, Duration elapsed) {
        err.println(line(stage, count, items, elapsed));
        err.flush();
    }

    /** "clean       5 articles   12 ms". */
    static String line(String stage, int count, String items, Duration elapsed) {
        return String.format("%-8s %6d %-10s %s", stage, count, items, OutputOptions.millis(elapsed));
    }
}
