package crosscheck;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * A per-input time limit for fuzz tests. JUnit's {@code @Timeout} on a {@code @FuzzTest} limits the whole
 * fuzzing run when fuzzing, so each input runs here on a worker thread instead; an input that takes longer is a
 * finding ("hangs"), which Jazzer stores like a crash.
 */
public final class FuzzTimeout {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    /**
     * The worker thread. A regex never looks at interrupts, so an input that hangs keeps its thread busy after it is
     * given up: the next input gets a new worker instead of waiting behind it (and failing too).
     */
    private static ExecutorService worker = newWorker();

    private FuzzTimeout() {
    }

    /** Runs one input's work; rethrows what it throws; fails when it takes over the limit. */
    public static synchronized void run(Runnable work) {
        Future<?> future = worker.submit(work);
        try {
            future.get(LIMIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("one input took over " + LIMIT.toSeconds() + " s: it hangs");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw new AssertionError(cause);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-input");
            thread.setDaemon(true);
            return thread;
        });
    }
}
