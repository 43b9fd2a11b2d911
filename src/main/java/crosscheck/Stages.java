package crosscheck;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/** Runs the stages of one build, timing each and telling a {@link Progress} about it. */
final class Stages {
    private final Progress progress;

    Stages(Progress progress) {
        this.progress = progress;
    }

    /** Runs one stage and reports how many {@code items} its result holds and how long it took. */
    <T> T run(String stage, String items, ToIntFunction<T> count, Supplier<T> work) {
        progress.start(stage);
        long start = System.nanoTime();
        T result = work.get();
        progress.done(stage, count.applyAsInt(result), items, Duration.ofNanos(System.nanoTime() - start));
        return result;
    }
}
