package crosscheck.eval;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Cleaner;
import crosscheck.clean.Report;
import crosscheck.digest.Digester;
import crosscheck.digest.figures.Figures;
import crosscheck.digest.names.Entities;
import crosscheck.digest.quotes.Quotes;
import crosscheck.digest.quotes.SpeakerNames;
import crosscheck.digest.summary.Summarizer;
import crosscheck.digest.when.EventDating;
import crosscheck.group.Event;
import crosscheck.group.EventGrouper;
import crosscheck.ingest.ContentReader;
import crosscheck.ingest.KnownEntities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the digest stage on a content folder, in one JVM: cleans, analyses and groups the reports as a build does,
 * then digests every event in rounds. Each round first digests all events on the common pool as the build does
 * (the first round is the build's case: code not yet compiled), then once more on one thread part by part
 * (entities, summary, figures, quotes, dating: each part's CPU share), and prints the events that took longest.
 *
 * <p>Usage: {@code DigestBenchmark CONTENT [ROUNDS]}, e.g. on a folder written by
 * {@code ../shared/tools/speed/speed_corpus.py 10000 ../shared/data/events-dev/articles.jsonl --content DIR}.
 */
public final class DigestBenchmark {
    private DigestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: DigestBenchmark CONTENT [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Report> cleaned = ContentReader.read(Path.of(args[0])).reports().parallelStream()
                .map(new Cleaner()::clean).toList();
        List<AnalysedReport> analysed;
        try (Analyser analyser = new Analyser()) {
            analysed = cleaned.parallelStream().map(analyser::analyse).toList();
        }
        long start = System.nanoTime();
        List<Event> events = new EventGrouper(EventGrouper.Settings.DEFAULT).group(analysed);
        int sentences = events.stream().flatMap(e -> e.reports().stream()).mapToInt(r -> r.sentences().size()).sum();
        System.out.printf(Locale.ROOT, "%d reports, %d events, %d sentences; grouped in %.1f s%n", analysed.size(),
                events.size(), sentences, seconds(System.nanoTime() - start));
        Digester digester = new Digester(new Digester.Settings(100, KnownEntities.none(), "en"));
        for (int round = 1; round <= rounds; round++) {
            start = System.nanoTime();
            events.parallelStream().map(digester::digest).toList();
            double parallel = seconds(System.nanoTime() - start);
            long[] parts = new long[5];
            List<long[]> slowest = new ArrayList<>();
            for (Event event : events) {
                long[] t = new long[6];
                t[0] = System.nanoTime();
                Entities.of(event, KnownEntities.none());
                t[1] = System.nanoTime();
                Summarizer.summary(event, 100, "en");
                t[2] = System.nanoTime();
                Figures.of(event, List.of());
                t[3] = System.nanoTime();
                Quotes.of(event, new SpeakerNames(Map.of()));
                t[4] = System.nanoTime();
                EventDating.of(event);
                t[5] = System.nanoTime();
                for (int p = 0; p < 5; p++) parts[p] += t[p + 1] - t[p];
                slowest.add(new long[] {t[5] - t[0], event.reports().size(),
                        event.reports().stream().mapToInt(r -> r.sentences().size()).sum()});
            }
            System.out.printf(Locale.ROOT, "round %d: all events on the common pool %.1f s; one thread: entities %.1f, "
                            + "summary %.1f, figures %.1f, quotes %.1f, dating %.1f s (%.1f µs a sentence)%n", round,
                    parallel, seconds(parts[0]), seconds(parts[1]), seconds(parts[2]), seconds(parts[3]),
                    seconds(parts[4]), (parts[0] + parts[1] + parts[2] + parts[3] + parts[4]) / 1e3 / sentences);
            if (round == rounds) {
                slowest.sort(Comparator.comparingLong((long[] s) -> s[0]).reversed());
                slowest.stream().limit(5).forEach(s -> System.out.printf(Locale.ROOT,
                        "  %.0f ms: %d reports, %d sentences%n", s[0] / 1e6, s[1], s[2]));
            }
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
