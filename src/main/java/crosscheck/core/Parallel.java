package crosscheck.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work on all cores where items take very different times (reports, events, pages). A parallel stream hands each
 * thread a fixed share of the items, so the build waits at the end of a stage for the one thread whose share held the
 * long items; here every thread takes the next item as soon as it is free.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * {@code work} applied to every item on all cores, the results in the items' order. When items fail, the failure
     * of the first failing item in order is thrown, as from a loop; items not yet started are then not started.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        Objects.requireNonNull(work, "work");
        List<T> list = items instanceof RandomAccess ? items : new ArrayList<>(items);
        int n = list.size();
        Object[] results = new Object[n];
        RuntimeException[] failures = new RuntimeException[n];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(list.get(i));
                } catch (RuntimeException | Error e) {
                    failures[i] = e instanceof RuntimeException r ? r : new WorkError((Error) e);
                    next.set(n); // start nothing more
                }
            }
        };
        int helpers = Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1) - 1;
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int h = 0; h < helpers; h++) running.add(CompletableFuture.runAsync(worker, ForkJoinPool.commonPool()));
        worker.run();
        running.forEach(CompletableFuture::join);
        for (RuntimeException failure : failures) {
            if (failure instanceof WorkError error) throw error.error;
            if (failure != null) throw failure;
        }
        @SuppressWarnings("unchecked")
        List<R> made = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return made;
    }

    /** An {@link Error} carried to the calling thread, to be thrown there as it was. */
    private static final class WorkError extends RuntimeException {
        private final Error error;

        WorkError(Error error) {
            super(error);
            this.error = error;
        }
    }
}
