package crosscheck.group;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Which values (phrases' or names' hashes) of each report are rare: in at most a cap of reports published around
 * the same days. Copies of a story republished weeks later, or the same story told by many outlets of a big site
 * over the years, do not make its phrases common. A report without a date counts against every report, and is
 * counted against all the reports that have the value.
 * <p>
 * All values of all reports are packed with their report's index into one array of longs (a 38-bit key of the hash
 * above the report index) and sorted, so that the reports of each value lie together: one walk over that array
 * decides every report's values, and memory is one long per value occurrence, not a map of millions of entries. A
 * value in at most the cap of reports in all is rare without looking at dates, as most are; only the reports of a
 * more common one are counted by day.
 */
final class NearbyCounts {
    private static final int REPORT_BITS = 24;
    private static final long REPORT_MASK = (1L << REPORT_BITS) - 1;
    /** The day of a report without a date: before every other. */
    private static final long UNDATED = Long.MIN_VALUE;

    private NearbyCounts() {
    }

    /**
     * The values of each report that at most {@code cap} reports of its time have, sorted.
     *
     * @param values     each report's distinct values
     * @param dates      each report's publication date, or null
     * @param windowDays how many days apart two reports may be and still count as of one time
     */
    static long[][] rare(long[][] values, LocalDate[] dates, int windowDays, int cap) {
        if (values.length > REPORT_MASK + 1) throw new IllegalArgumentException("too many reports: " + values.length);
        long[] day = new long[values.length];
        for (int r = 0; r < day.length; r++) day[r] = dates[r] == null ? UNDATED : dates[r].toEpochDay();
        long[][] rareKeys = rareKeys(sortedByKey(values), day, windowDays, cap);
        return IntStream.range(0, values.length).parallel()
                .mapToObj(r -> withKeys(values[r], rareKeys[r]))
                .toArray(long[][]::new);
    }

    /** Every value of every report as its key above the report's index, sorted: by key, then report. */
    private static long[] sortedByKey(long[][] values) {
        int total = 0;
        for (long[] v : values) total += v.length;
        long[] packed = new long[total];
        int at = 0;
        for (int r = 0; r < values.length; r++) {
            for (long v : values[r]) packed[at++] = key(v) | r;
        }
        Arrays.parallelSort(packed);
        return packed;
    }

    /**
     * The keys of each report's rare values, in increasing order: one walk over the runs of equal keys. A run of at
     * most {@code cap} reports is rare for all of them; in a longer one, a dated report counts the reports within
     * the window of its day and those without a date, one without a date counts them all.
     */
    private static long[][] rareKeys(long[] sorted, long[] day, int windowDays, int cap) {
        LongList[] out = new LongList[day.length];
        for (int r = 0; r < out.length; r++) out[r] = new LongList(16);
        for (int start = 0, end; start < sorted.length; start = end) {
            long key = sorted[start] & ~REPORT_MASK;
            end = start + 1;
            while (end < sorted.length && (sorted[end] & ~REPORT_MASK) == key) end++;
            long[] days = end - start > cap ? sortedDays(sorted, start, end, day) : null;
            for (int i = start; i < end; i++) {
                int r = (int) (sorted[i] & REPORT_MASK);
                if (days == null || reportsAround(days, day[r], windowDays) <= cap) out[r].add(key);
            }
        }
        long[][] keys = new long[out.length][];
        for (int r = 0; r < out.length; r++) keys[r] = out[r].toArray();
        return keys;
    }

    /** The days of the reports of {@code sorted[start..end)}, sorted (those without a date first). */
    private static long[] sortedDays(long[] sorted, int start, int end, long[] day) {
        long[] days = new long[end - start];
        for (int i = start; i < end; i++) days[i - start] = day[(int) (sorted[i] & REPORT_MASK)];
        Arrays.sort(days);
        return days;
    }

    /**
     * How many of a value's reports, by their sorted days, count against a report of {@code day}: those without a
     * date and those within the window of the day; all of them for a report without a date.
     */
    private static int reportsAround(long[] days, long day, int windowDays) {
        if (day == UNDATED) return days.length;
        int undated = firstAtLeast(days, UNDATED + 1);
        return undated + firstAtLeast(days, day + windowDays + 1) - firstAtLeast(days, day - windowDays);
    }

    /** The first position in the sorted days whose day is at least {@code day}. */
    private static int firstAtLeast(long[] days, long day) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (days[mid] < day) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    /** The values whose keys are among the (sorted) keys, sorted. */
    private static long[] withKeys(long[] values, long[] keys) {
        long[] out = new long[values.length];
        int count = 0;
        for (long value : values) {
            if (Arrays.binarySearch(keys, key(value)) >= 0) out[count++] = value;
        }
        out = Arrays.copyOf(out, count);
        Arrays.sort(out);
        return out;
    }

    /** 38 bits of the value's hash above the report bits, the two top bits clear: keys sort as signed longs. */
    private static long key(long value) {
        return (value >>> 2) & ~REPORT_MASK;
    }
}
