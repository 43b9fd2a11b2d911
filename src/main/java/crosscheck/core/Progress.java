package crosscheck.core;

import java.time.Duration;

/**
 * Hears how a build goes, stage by stage: the command line prints it, everything else ignores it.
 * {@link #start} and {@link #done} come from the thread that runs the build, in stage order; {@link #advanced}
 * comes from any thread, often, while a stage runs.
 */
public interface Progress {
    /** Hears nothing. */
    Progress NONE = new Progress() {
    };

    /** A stage begins, e.g. {@code "clean"}. */
    default void start(String stage) {
    }

    /**
     * Part of the stage is done: {@code done} of its {@code total} items (reports cleaned, pages written...). Called
     * from the threads doing the work, in no set order, as often as once an item: keep it cheap and thread-safe.
     */
    default void advanced(String stage, int done, int total) {
    }

    /**
     * A stage finished.
     *
     * @param stage   its name, as given to {@link #start}
     * @param count   how many items it gave (reports read, articles cleaned, events found...)
     * @param items   what the items are, plural, e.g. {@code "reports"}
     * @param elapsed how long the stage took
     */
    default void done(String stage, int count, String items, Duration elapsed) {
    }
}
