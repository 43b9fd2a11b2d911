package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds reports that are copies of one another: syndicated wire copy, an article republished with small edits or
 * cut short. Two reports are copies when the sets of five-word shingles of their texts overlap by a Jaccard index
 * of at least {@link #JACCARD}, or when the shorter one, at least {@link #MIN_LENGTH_RATIO} of the longer's
 * length, has {@link #CONTAINMENT} of its shingles in the longer. Candidate pairs come from MinHash signatures
 * banded for locality-sensitive hashing, so the cost grows with the number of reports, not with its square. In a
 * group small enough for every bucket to be checked whole, the copies are found first and only their signatures
 * made, with the same result.
 */
final class Copies {
    static final double JACCARD = 0.8;
    static final double CONTAINMENT = 0.9;
    static final double MIN_LENGTH_RATIO = 0.6;
    private static final int SHINGLE_WORDS = 5;
    private static final int BANDS = 20;
    private static final int ROWS = 3;
    /** In a bucket, each report is checked against at most this many reports before it. */
    private static final int BUCKET_CHECKS = 8;
    private static final long[] SEEDS = seeds(BANDS * ROWS);

    private Copies() {
    }

    /**
     * The origins of a list of reports: groups of copies, ids in list order, groups in the order of their first
     * report; a report that copies none is a group of its own.
     */
    static List<List<String>> origins(List<AnalysedReport> reports) {
        int n = reports.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        if (n > 1) {
            long[][] shingles = reports.stream().map(Copies::shingles).toArray(long[][]::new);
            if (n <= BUCKET_CHECKS) joinCopiesSharingABucket(shingles, parent);
            else joinCopiesByBuckets(shingles, parent);
        }
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i).id());
        return groups.values().stream().map(List::copyOf).toList();
    }

    /**
     * Locality-sensitive hashing: each report goes into one bucket per band of its signature and is compared with
     * the last {@link #BUCKET_CHECKS} reports before it in each; copies are joined.
     */
    private static void joinCopiesByBuckets(long[][] shingles, int[] parent) {
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < shingles.length; i++) {
            if (shingles[i].length == 0) continue;
            for (long key : bucketKeys(shingles[i])) {
                List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
                for (int k = Math.max(0, bucket.size() - BUCKET_CHECKS); k < bucket.size(); k++) {
                    int j = bucket.get(k);
                    if (find(parent, i) != find(parent, j) && copies(shingles[i], shingles[j])) union(parent, i, j);
                }
                bucket.add(i);
            }
        }
    }

    /**
     * What {@link #joinCopiesByBuckets} does for at most {@link #BUCKET_CHECKS} reports, where no bucket holds
     * more reports than are checked: two reports are compared exactly when they share a bucket. So the copies are
     * found first, directly, and signatures are made only for them, to see whether they share a bucket.
     */
    private static void joinCopiesSharingABucket(long[][] shingles, int[] parent) {
        long[][] keys = new long[shingles.length][];
        for (int i = 0; i < shingles.length; i++) {
            for (int j = 0; j < i; j++) {
                if (!copies(shingles[i], shingles[j])) continue;
                if (keys[i] == null) keys[i] = bucketKeys(shingles[i]);
                if (keys[j] == null) keys[j] = bucketKeys(shingles[j]);
                if (shareAny(keys[i], keys[j])) union(parent, i, j);
            }
        }
    }

    /** The bucket of each band of a report's MinHash signature. */
    private static long[] bucketKeys(long[] shingles) {
        long[] signature = signature(shingles);
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long key = b;
            for (int r = 0; r < ROWS; r++) key = mix(key * 31 + signature[b * ROWS + r]);
            keys[b] = key;
        }
        return keys;
    }

    private static boolean shareAny(long[] a, long[] b) {
        for (long x : a) for (long y : b) if (x == y) return true;
        return false;
    }

    /** Whether two sorted, distinct shingle sets are near-identical. */
    static boolean copies(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) return false;
        int common = SortedHashes.common(a, b);
        int shorter = Math.min(a.length, b.length);
        int longer = Math.max(a.length, b.length);
        double jaccard = (double) common / (a.length + b.length - common);
        return jaccard >= JACCARD
                || ((double) shorter / longer >= MIN_LENGTH_RATIO && (double) common / shorter >= CONTAINMENT);
    }

    /** Hashes of the report's five-word shingles (fewer words: one shingle of them all), sorted, distinct. */
    static long[] shingles(AnalysedReport report) {
        int length = 0;
        for (Sentence s : report.sentences()) length += s.text().length();
        LongList list = new LongList(length / 4);
        for (Sentence s : report.sentences()) WordHashes.add(s.text(), list);
        long[] words = list.toArray();
        if (words.length == 0) return new long[0];
        int count = Math.max(1, words.length - SHINGLE_WORDS + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = i; k < Math.min(words.length, i + SHINGLE_WORDS); k++) h = mix(h * 31 + words[k]);
            out[i] = h;
        }
        return SortedHashes.distinct(out);
    }

    /**
     * The MinHash signature of a shingle set: for each seed, the least hash of a shingle (taken without a branch,
     * which is faster in this loop).
     */
    private static long[] signature(long[] shingles) {
        long[] sig = new long[SEEDS.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int k = 0; k < SEEDS.length; k++) {
                long h = mix(s ^ SEEDS[k]);
                long m = sig[k];
                long difference = h - m;
                long hIsLess = (difference ^ ((h ^ m) & (difference ^ h))) >> 63; // all ones when h < m (signed)
                sig[k] = m ^ ((m ^ h) & hIsLess);
            }
        }
        return sig;
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash of a 64-bit value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds(int n) {
        long[] out = new long[n];
        long s = 42;
        for (int i = 0; i < n; i++) out[i] = s = mix(s + 0x9E3779B97F4A7C15L);
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
