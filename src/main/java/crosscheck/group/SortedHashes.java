package crosscheck.group;

import java.util.Arrays;

/**
 * Sets of hashes kept as sorted arrays of distinct longs: compact, and two are compared by one walk. Grouping keeps
 * reports' phrases and names so; the digest's support decision, sentences' stems and stem bigrams.
 */
public final class SortedHashes {
    private SortedHashes() {
    }

    /** The values sorted, each once; sorts {@code values} in place. */
    public static long[] distinct(long[] values) {
        Arrays.sort(values);
        int kept = 0;
        for (int i = 0; i < values.length; i++) if (kept == 0 || values[i] != values[kept - 1]) values[kept++] = values[i];
        return Arrays.copyOf(values, kept);
    }

    /** How many values two sorted, distinct arrays have in common. */
    public static int common(long[] a, long[] b) {
        int count = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                count++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }
}
