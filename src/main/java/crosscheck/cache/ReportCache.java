package crosscheck.cache;

import crosscheck.analyse.AnalysedReport;
import crosscheck.clean.Report;
import crosscheck.core.Parallel;
import crosscheck.digest.Digest;
import crosscheck.digest.Digester;
import crosscheck.group.Event;
import crosscheck.group.GroupingMemo;
import crosscheck.ingest.RawReport;
import crosscheck.ingest.ReadMemo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Remembers each report's cleaned and analysed form, keyed by everything cleaning and analysis read from the
 * report (its file name, front matter and text) and by the version of the code, so that a rebuild cleans and
 * analyses only the reports that changed. Entries live in memory for the life of the cache (one {@code serve}
 * session) and, for a cache {@link #onDisk}, in a folder that later builds read.
 *
 * <p>One build uses it in two steps per report: {@link #cleaned} (clean on a miss), then {@link #analysed}
 * (analyse and store on a miss); then {@link #finish} forgets what the build did not use. Later, {@link #grouping}
 * and {@link #digests} reuse what grouping and digesting made of unchanged reports and events in the last build
 * with this object (in memory only).
 * Safe for use from many threads within one build; builds must not overlap.
 */
public final class ReportCache {
    /**
     * Bumped when the cache's own format changes; a folder of another format (or code version) is never read, and
     * the next build's {@link #finish} deletes it. 4: entries and keys written by the records' shape. 5: reports
     * carry their origin and credits (the shape alone would tell, this says so).
     */
    private static final int FORMAT = 5;
    private static final ReportCache NONE = new ReportCache(null, false);

    private final DiskStore disk;
    private final Path folder;
    private final boolean enabled;
    private final String version;
    private final Map<String, AnalysedReport> memory = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** The keys of this build's reports and the last build's: a report read again unchanged is not hashed again. */
    private final Map<RawReport, String> keys = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final DigestMemo digests = new DigestMemo();
    private final GroupingMemo grouping;
    private final ReadMemo reads;

    private ReportCache(Path folder, boolean enabled) {
        this.enabled = enabled;
        this.version = enabled
                ? "v" + FORMAT + "-" + CodeVersion.of(ReportCache.class, EntryCodec.SHAPE + "\n" + Keys.SHAPE) : "";
        this.disk = folder == null ? null : new DiskStore(folder, version);
        this.folder = folder;
        this.grouping = enabled ? new GroupingMemo() : GroupingMemo.none();
        this.reads = enabled ? new ReadMemo() : ReadMemo.none();
    }

    /** No cache: every report is cleaned and analysed. */
    public static ReportCache none() {
        return NONE;
    }

    /** A cache in memory only, for builds in one process (preview, tests). */
    public static ReportCache inMemory() {
        return new ReportCache(null, true);
    }

    /** A cache in memory backed by {@code folder}, which it creates and owns. */
    public static ReportCache onDisk(Path folder) {
        return new ReportCache(Objects.requireNonNull(folder, "folder"), true);
    }

    /** The folder of a cache {@link #onDisk}; empty for one in memory or none. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** The report cleaned: remembered, or made by {@code clean}. */
    public Report cleaned(RawReport report, Function<RawReport, Report> clean) {
        AnalysedReport known = lookUp(report);
        return known != null ? known.report() : clean.apply(report);
    }

    /** The report analysed: remembered, or made by {@code analyse} from {@code article} and remembered. */
    public AnalysedReport analysed(RawReport report, Report article, Function<Report, AnalysedReport> analyse) {
        if (!enabled) return analyse.apply(article);
        String key = key(report);
        AnalysedReport known = memory.get(key);
        if (known != null && known.report() == article) {
            hits.incrementAndGet();
            return known;
        }
        AnalysedReport made = analyse.apply(article);
        memory.put(key, made);
        used.add(key);
        if (disk != null) disk.write(key, made);
        return made;
    }

    private AnalysedReport lookUp(RawReport report) {
        if (!enabled) return null;
        String key = key(report);
        used.add(key);
        AnalysedReport known = memory.get(key);
        if (known == null && disk != null) {
            known = disk.read(key);
            if (known != null) memory.put(key, known);
        }
        return known;
    }

    private String key(RawReport report) {
        return keys.computeIfAbsent(report, r -> Keys.of(r, version));
    }

    /**
     * What reading the content folder reuses from the last build made with this cache object: the reports of the
     * files that did not change (see {@link ReadMemo}); remembers nothing for {@link #none()}.
     */
    public ReadMemo reads() {
        return reads;
    }

    /**
     * What grouping reuses from the last build made with this cache object: what it worked out from the unchanged
     * reports alone (see {@link GroupingMemo}); remembers nothing for {@link #none()}.
     */
    public GroupingMemo grouping() {
        return grouping;
    }

    /**
     * Digests the events on all cores, in order. An event with the same reports in the same order and the same
     * origins as one of the last build made with this cache object gets that event's digest again, for the new event
     * ({@link Digest#withEvent}: its title, grouping evidence, note, ...), provided the digester's {@code settings}
     * are equal too.
     */
    public List<Digest> digests(List<Event> events, Digester.Settings settings, Function<Event, Digest> digester) {
        Objects.requireNonNull(settings, "settings");
        if (!enabled) return Parallel.map(events, digester);
        digests.begin(settings);
        List<Digest> made = Parallel.map(events, event -> digests.digest(event, digester));
        digests.finish();
        return made;
    }

    /**
     * Ends one build: forgets, in memory and on disk, every entry the build did not use, and returns what the
     * build found in the cache.
     */
    public Stats finish() {
        int reused = hits.getAndSet(0);
        int looked = used.size();
        if (enabled) {
            memory.keySet().retainAll(used);
            if (disk != null) disk.keepOnly(Set.copyOf(used));
        }
        keys.values().retainAll(used);
        used.clear();
        return new Stats(reused, looked - reused, disk == null ? null : disk.problem());
    }

    /**
     * What one build found in the cache.
     *
     * @param hits    reports taken from the cache
     * @param misses  reports cleaned and analysed
     * @param problem why the cache could not be written, or null
     */
    public record Stats(int hits, int misses, String problem) {
    }
}
