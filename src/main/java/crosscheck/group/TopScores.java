package crosscheck.group;

/**
 * Picks the best scored of a set of candidates without sorting them all: a bounded heap whose root is the worst
 * candidate kept. Higher score is better; on equal scores, the lower candidate.
 */
final class TopScores {
    private TopScores() {
    }

    /**
     * Puts the best {@code best.length} (or fewer, if there are fewer) of {@code candidates[0..count)} into
     * {@code best}, in no particular order, and returns how many it put.
     *
     * @param score the score of each candidate, by candidate
     */
    static int select(int[] candidates, int count, double[] score, int[] best) {
        int size = 0;
        for (int c = 0; c < count; c++) {
            int candidate = candidates[c];
            if (size < best.length) {
                best[size] = candidate;
                siftUp(best, size++, score);
            } else if (size > 0 && better(candidate, best[0], score)) {
                best[0] = candidate;
                siftDown(best, size, score);
            }
        }
        return size;
    }

    private static boolean better(int x, int y, double[] score) {
        return score[x] != score[y] ? score[x] > score[y] : x < y;
    }

    private static void siftUp(int[] heap, int at, double[] score) {
        int item = heap[at];
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!better(heap[parent], item, score)) break;
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = item;
    }

    private static void siftDown(int[] heap, int size, double[] score) {
        int item = heap[0];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) break;
            if (child + 1 < size && better(heap[child], heap[child + 1], score)) child++;
            if (!better(item, heap[child], score)) break;
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = item;
    }
}
