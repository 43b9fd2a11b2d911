package crosscheck.group;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * How many reports published around the same days have a value (a phrase's or a name's hash): what makes a value
 * rare is that few reports of its time have it. Copies of a story republished weeks later, or the same story told
 * by many outlets of a big site over the years, do not make its phrases common. A report without a date counts
 * against every report, and is counted against all the reports that have the value.
 * <p>
 * All values of all reports are packed with their report's day into one sorted array of longs (a 38-bit hash
 * above a 24-bit day code, 0 for no date), so each count is two binary searches in the value's run: memory is one
 * long per value occurrence, not a map of millions of entries.
 */
final class NearbyCounts {
    private static final int DAY_BITS = 24;
    private static final long DAY_MASK = (1L << DAY_BITS) - 1;

    private final long[] sorted;
    private final int windowDays;
    /** The epoch day of the earliest date: day code 1. */
    private final long firstDay;

    private NearbyCounts(long[] sorted, int windowDays, long firstDay) {
        this.sorted = sorted;
        this.windowDays = windowDays;
        this.firstDay = firstDay;
    }

    /**
     * @param values     each report's distinct values
     * @param dates      each report's publication date, or null
     * @param windowDays how many days apart two reports may be and still count as of one time
     */
    static NearbyCounts of(long[][] values, LocalDate[] dates, int windowDays) {
        long first = Long.MAX_VALUE;
        for (LocalDate d : dates) if (d != null) first = Math.min(first, d.toEpochDay());
        int total = 0;
        for (long[] v : values) total += v.length;
        long[] packed = new long[total];
        int at = 0;
        for (int r = 0; r < values.length; r++) {
            long day = day(dates[r], first);
            for (long v : values[r]) packed[at++] = key(v) | day;
        }
        Arrays.parallelSort(packed);
        return new NearbyCounts(packed, windowDays, first);
    }

    /**
     * The values of each report that at most {@code cap} reports of its time have, sorted. A report's values are
     * looked up in the order of their keys, each search starting where the last one ended.
     */
    long[][] rare(long[][] values, LocalDate[] dates, int cap) {
        return IntStream.range(0, values.length).parallel().mapToObj(r -> {
            long day = day(dates[r], firstDay);
            long[] byKey = new long[values[r].length];
            for (int i = 0; i < byKey.length; i++) byKey[i] = values[r][i] ^ Long.MIN_VALUE; // unsigned order
            Arrays.sort(byKey);
            long[] kept = new long[byKey.length];
            int count = 0;
            int from = 0;
            for (long flipped : byKey) {
                long value = flipped ^ Long.MIN_VALUE;
                from = lowerBound(key(value), from);
                if (atMost(key(value), from, day, cap)) kept[count++] = value;
            }
            long[] out = Arrays.copyOf(kept, count);
            Arrays.sort(out);
            return out;
        }).toArray(long[][]::new);
    }

    /**
     * Whether at most {@code cap} reports have the value within the window of {@code day} or without a date (all of
     * them, for a report without a date). Only the part of the value's run in the window is walked, and it is left as
     * soon as the count passes the cap: a common value costs no more than a rare one.
     */
    private boolean atMost(long key, int start, long day, int cap) {
        if (start + cap >= sorted.length || (sorted[start + cap] & ~DAY_MASK) != key) return true; // few in all
        int count = (day == 0 ? lowerBound(key + DAY_MASK + 1, start) : lowerBound(key | 1, start)) - start;
        if (day == 0 || count > cap) return count <= cap;
        long last = Math.min(DAY_MASK, day + windowDays);
        int first = lowerBound(key | Math.max(1, day - windowDays), start);
        for (int i = first; i < sorted.length && sorted[i] <= (key | last); i++) {
            if (++count > cap) return false;
        }
        return true;
    }

    /**
     * The first position at or after {@code from} whose entry is at least {@code packed}, where no entry before
     * {@code from} is: steps that double from {@code from}, then a binary search in the last step.
     */
    private int lowerBound(long packed, int from) {
        int low = from;
        int step = 1;
        int high = from;
        while (high < sorted.length && sorted[high] < packed) {
            low = high + 1;
            high = from + step;
            step <<= 1;
        }
        high = Math.min(high, sorted.length);
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < packed) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    /** 38 bits of the value's hash above the day bits, the two top bits clear: entries sort as signed longs. */
    private static long key(long value) {
        return (value >>> 2) & ~DAY_MASK;
    }

    /** 1 + days since the first date, or 0 for no date. */
    private static long day(LocalDate date, long first) {
        return date == null ? 0 : Math.min(DAY_MASK, 1 + date.toEpochDay() - first);
    }
}
