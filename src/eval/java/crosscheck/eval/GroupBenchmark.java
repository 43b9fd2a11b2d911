package crosscheck.eval;

import com.sun.management.OperatingSystemMXBean;
import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Cleaner;
import crosscheck.clean.Report;
import crosscheck.group.Event;
import crosscheck.group.EventGrouper;
import crosscheck.group.Grouping;
import crosscheck.group.GroupingMemo;
import crosscheck.ingest.Content;
import crosscheck.ingest.ContentReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Times the group stage on a content folder, in one JVM: reads, cleans and analyses the reports once as a build
 * does, then groups them in rounds (the first is the build's case: code not yet compiled; the later ones warm),
 * each with the settings and curation a build uses and without a memo, and prints its wall and CPU time (the
 * CPU time is the steadier of the two on a busy machine). After each round it prints a fingerprint of
 * the grouping (a SHA-256 of the events, their evidence and origins, and the doubts), so that a change meant to
 * leave the grouping as it was can be checked in seconds. With {@code --memo}, all rounds share one
 * {@link GroupingMemo}, as {@code serve}'s rebuilds do: the rounds after the first are a rebuild in which no report
 * changed.
 *
 * <p>Usage: {@code GroupBenchmark CONTENT [ROUNDS] [--memo]}.
 */
public final class GroupBenchmark {
    private GroupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: GroupBenchmark CONTENT [ROUNDS] [--memo]");
            System.exit(2);
        }
        int rounds = args.length > 1 && !args[1].equals("--memo") ? Integer.parseInt(args[1]) : 3;
        GroupingMemo memo = List.of(args).contains("--memo") ? new GroupingMemo() : GroupingMemo.none();
        Content content = ContentReader.read(Path.of(args[0]));
        List<Report> cleaned = content.reports().parallelStream().map(new Cleaner()::clean).toList();
        List<AnalysedReport> analysed;
        try (Analyser analyser = new Analyser()) {
            analysed = cleaned.parallelStream().map(analyser::analyse).toList();
        }
        EventGrouper.Settings settings = EventGrouper.Settings.DEFAULT
                .withSiteLanguage(Report.primaryLanguage(content.site().language()));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            Grouping grouping = new EventGrouper(settings, memo).grouping(analysed, content.curation());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %d reports, %d events, %d doubts; grouped in %.2f s (%.2f s CPU); %s%n",
                    round, analysed.size(), grouping.events().size(), grouping.doubts().size(), seconds, cpu,
                    fingerprint(grouping));
        }
    }

    /** A SHA-256 of everything the grouping gives, short. */
    static String fingerprint(Grouping grouping) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Event e : grouping.events()) {
            StringBuilder line = new StringBuilder();
            line.append(e.id()).append('|').append(e.title()).append('|').append(e.first()).append('|')
                    .append(e.last()).append('|').append(e.evidence()).append('|').append(e.origins()).append('|');
            e.reports().forEach(r -> line.append(r.id()).append(','));
            sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
        grouping.doubts().forEach(d -> sha.update((d + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
}
