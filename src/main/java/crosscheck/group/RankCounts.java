package crosscheck.group;

/**
 * A vocabulary rank and a count packed in one long that sorts by rank, so that the uses of terms can be gathered
 * by sorting a long array.
 */
final class RankCounts {
    private RankCounts() {
    }

    static long pack(int rank, int count) {
        return (long) rank << 32 | (count & 0xFFFFFFFFL);
    }

    static int rank(long packed) {
        return (int) (packed >>> 32);
    }

    static int count(long packed) {
        return (int) packed;
    }
}
