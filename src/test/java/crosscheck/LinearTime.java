package crosscheck;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * How the work of some task grows with its input: the processor time the task's thread spends on an input of length
 * 8n against the same kind of input of length n, the best of a few tries of each after a warm-up. Linear work grows
 * about 8 times, quadratic about 64 times. This is a ratio, not a time limit, and it counts the thread's own processor
 * time (not the wall clock, which grows whenever other processes take the processor), so it holds on a slow or
 * loaded machine.
 */
public final class LinearTime {
    /** Well under the 64 of quadratic work, well over the 8 of linear work with the noise of short timings. */
    public static final double MAX_GROWTH = 24;
    private static final int TRIES = 5;
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

    private LinearTime() {
    }

    /** How many times longer the work takes on {@code input.apply(8 * n)} than on {@code input.apply(n)}. */
    public static double growth(int n, IntFunction<String> input, Consumer<String> work) {
        String small = input.apply(n);
        String large = input.apply(8 * n);
        for (int i = 0; i < 3; i++) work.accept(small);
        work.accept(large);
        long bestSmall = Long.MAX_VALUE;
        long bestLarge = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            bestSmall = Math.min(bestSmall, time(work, small));
            bestLarge = Math.min(bestLarge, time(work, large));
        }
        return (double) bestLarge / Math.max(bestSmall, 1);
    }

    private static long time(Consumer<String> work, String input) {
        long start = THREAD.getCurrentThreadCpuTime();
        work.accept(input);
        return THREAD.getCurrentThreadCpuTime() - start;
    }
}
