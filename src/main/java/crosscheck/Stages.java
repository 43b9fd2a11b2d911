package crosscheck;

import crosscheck.core.Progress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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

    /** {@code work}, telling the progress each time it has done one of the stage's {@code total} items. */
    <A, B> Function<A, B> counted(String stage, int total, Function<A, B> work) {
        Runnable counter = counter(stage, total);
        return item -> {
            B made = work.apply(item);
            counter.run();
            return made;
        };
    }

    /** Tells the progress, each time it is run, that one more of the stage's {@code total} items is done. */
    Runnable counter(String stage, int total) {
        AtomicInteger done = new AtomicInteger();
        return () -> progress.advanced(stage, done.incrementAndGet(), total);
    }
}
