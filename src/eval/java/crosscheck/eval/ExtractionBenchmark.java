package crosscheck.eval;

import crosscheck.clean.Cleaner;
import crosscheck.clean.Report;
import crosscheck.core.Warning;
import crosscheck.ingest.ContentReader;
import crosscheck.ingest.RawReport;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cleaning speed on one core: loads every page of a folder into memory (read and decoded, as the build's
 * ingest stage does), warms the JIT up, then times {@link Cleaner#clean} over all pages, single-threaded, for
 * several rounds and prints the median pages per second, two ways: by the cleaning thread's CPU time plus the
 * collectors' time (what one core spends, whatever else runs on the machine), and by wall-clock time (the same
 * on an idle core; run it pinned, {@code taskset -c 0}, to keep the JIT and collector on that core too).
 * Reading files and decoding bytes are not timed.
 * Usage: {@code ExtractionBenchmark DIR [rounds] [warm-up rounds]}.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBenchmark DIR [rounds] [warm-up rounds]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<RawReport> reports = load(Path.of(args[0]));
        long bytes = reports.stream().mapToLong(r -> r.body().length()).sum();
        System.out.printf("%d pages, %.1f MB of text; %d warm-up rounds, %d timed rounds, one thread%n",
                reports.size(), bytes / 1e6, warmUp, rounds);
        Cleaner cleaner = new Cleaner();
        long sink = 0;
        for (int i = 0; i < warmUp; i++) sink += cleanAll(cleaner, reports);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long gcBefore = gcMillis();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += cleanAll(cleaner, reports);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9 + (gcMillis() - gcBefore) / 1e3;
            wall[i] = reports.size() / seconds;
            cpu[i] = reports.size() / cpuSeconds;
            System.out.printf("round %d: %.2f s wall, %.2f s CPU + GC: %.0f pages/s wall, %.0f pages/s CPU%n",
                    i + 1, seconds, cpuSeconds, wall[i], cpu[i]);
        }
        System.out.printf("SPEED pages=%d cpu=%.0f pages/s wall=%.0f pages/s (medians of %d rounds, one thread) [%d]%n",
                reports.size(), median(cpu), median(wall), rounds, sink % 10);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Milliseconds the collectors have spent so far: the cleaning thread's garbage, counted as its work. */
    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static long cleanAll(Cleaner cleaner, List<RawReport> reports) {
        long blocks = 0;
        for (RawReport report : reports) {
            Report article = cleaner.clean(report);
            blocks += article.blocks().size();
        }
        return blocks;
    }

    private static List<RawReport> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        List<RawReport> reports = new ArrayList<>();
        List<Warning> ignored = new ArrayList<>();
        for (Path file : files) {
            ContentReader.readReport(file, file.getFileName().toString(), ignored).ifPresent(reports::add);
        }
        return reports;
    }
}
