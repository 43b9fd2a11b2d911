package crosscheck;

import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * How the time of some work grows with its input: the work on an input of length 8n against the same kind of input
 * of length n, the best of a few tries of each after a warm-up. Linear work grows about 8 times, quadratic about 64
 * times; a ratio, unlike a time limit, holds on a slow or loaded machine.
 */
public final class LinearTime {
    /** Well under the 64 of quadratic work, well over the 8 of linear work with the noise of short timings. */
    public static final double MAX_GROWTH = 24;
    private static final int TRIES = 5;

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
        long start = System.nanoTime();
        work.accept(input);
        return System.nanoTime() - start;
    }
}
