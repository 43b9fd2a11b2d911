package crosscheck.group;

import crosscheck.text.AnalyzedArticle;
import crosscheck.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds reports that are copies of one another: syndicated wire copy, an article republished with small edits or
 * cut short. Two reports are copies when the sets of five-word shingles of their texts overlap by a Jaccard index
 * of at least {@link #JACCARD}, or when the shorter one, at least {@link #MIN_LENGTH_RATIO} of the longer's
 * length, has {@link #CONTAINMENT} of its shingles in the longer. Candidate pairs come from MinHash signatures
 * banded for locality-sensitive hashing, so the cost grows with the number of reports, not with its square.
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
    static List<List<String>> origins(List<AnalyzedArticle> reports) {
        int n = reports.size();
        long[][] shingles = new long[n][];
        for (int i = 0; i < n; i++) shingles[i] = shingles(reports.get(i));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        if (n > 1) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (shingles[i].length == 0) continue;
                long[] signature = signature(shingles[i]);
                for (int b = 0; b < BANDS; b++) {
                    long key = b;
                    for (int r = 0; r < ROWS; r++) key = mix(key * 31 + signature[b * ROWS + r]);
                    List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
                    for (int k = Math.max(0, bucket.size() - BUCKET_CHECKS); k < bucket.size(); k++) {
                        int j = bucket.get(k);
                        if (find(parent, i) != find(parent, j) && copies(shingles[i], shingles[j])) {
                            union(parent, i, j);
                        }
                    }
                    bucket.add(i);
                }
            }
        }
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i).id());
        return groups.values().stream().map(List::copyOf).toList();
    }

    /** Whether two sorted, distinct shingle sets are near-identical. */
    static boolean copies(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) return false;
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int shorter = Math.min(a.length, b.length);
        int longer = Math.max(a.length, b.length);
        double jaccard = (double) common / (a.length + b.length - common);
        return jaccard >= JACCARD
                || ((double) shorter / longer >= MIN_LENGTH_RATIO && (double) common / shorter >= CONTAINMENT);
    }

    /** Hashes of the report's five-word shingles (fewer words: one shingle of them all), sorted, distinct. */
    static long[] shingles(AnalyzedArticle report) {
        List<String> words = new ArrayList<>();
        for (Sentence s : report.sentences()) {
            for (String w : s.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) words.add(w);
            }
        }
        if (words.isEmpty()) return new long[0];
        int count = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = i; k < Math.min(words.size(), i + SHINGLE_WORDS); k++) h = mix(h * 31 + hash(words.get(k)));
            out[i] = h;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    private static long[] signature(long[] shingles) {
        long[] sig = new long[SEEDS.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int k = 0; k < SEEDS.length; k++) {
                long h = mix(s ^ SEEDS[k]);
                if (h < sig[k]) sig[k] = h;
            }
        }
        return sig;
    }

    private static long hash(String word) {
        long h = 1125899906842597L;
        for (int i = 0; i < word.length(); i++) h = 31 * h + word.charAt(i);
        return h;
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
