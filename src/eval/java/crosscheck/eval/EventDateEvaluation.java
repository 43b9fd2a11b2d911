package crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.analyse.Sentence;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.dates.ReportedDay;
import crosscheck.dates.ReportedDays;
import crosscheck.digest.when.EventDate;
import crosscheck.digest.when.EventDating;
import crosscheck.group.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Dates the events of a data set as the digest stage does ({@link EventDating}) and prints how many get a day the
 * reports give, how many only a publication date (here: a dateline) and how many none, with the days found in the
 * reports by kind; then, for a sample of the dated events, the day and the sentences that give it, to check by hand.
 * The reports have no publication dates: only what their texts say dates them.
 *
 * <pre>
 * EventDateEvaluation ecb ARTICLES.jsonl GOLD.tsv [SAMPLE [SEED]]   events of ECB+ (events-dev), by the gold grouping
 * EventDateEvaluation neus EVENTS.jsonl [SAMPLE [SEED]]             NeuS events (summaries-dev), three sources each
 * </pre>
 */
public final class EventDateEvaluation {
    private EventDateEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !(args[0].equals("ecb") && args.length >= 3 || args[0].equals("neus"))) {
            System.err.println("usage: EventDateEvaluation ecb ARTICLES.jsonl GOLD.tsv [SAMPLE [SEED]]\n"
                    + "       EventDateEvaluation neus EVENTS.jsonl [SAMPLE [SEED]]");
            System.exit(2);
        }
        boolean ecb = args[0].equals("ecb");
        int rest = ecb ? 3 : 2;
        int sample = args.length > rest ? Integer.parseInt(args[rest]) : 15;
        long seed = args.length > rest + 1 ? Long.parseLong(args[rest + 1]) : 1;
        Map<String, List<String[]>> groups = ecb ? ecb(Path.of(args[1]), Path.of(args[2])) : neus(Path.of(args[1]));
        List<Event> events = new ArrayList<>();
        try (Analyser analyser = new Analyser()) {
            for (Map.Entry<String, List<String[]>> group : groups.entrySet()) {
                List<AnalysedReport> reports = group.getValue().stream().map(r -> analyse(analyser, r)).toList();
                events.add(new Event(group.getKey(), group.getKey(), reports, null, null));
            }
        }
        Map<EventDate.Basis, Integer> byBasis = new EnumMap<>(EventDate.Basis.class);
        Map<ReportedDay.How, int[]> mentions = new EnumMap<>(ReportedDay.How.class);
        int none = 0;
        int reports = 0;
        int withDateline = 0;
        List<Event> reported = new ArrayList<>();
        Map<String, EventDate> dates = new LinkedHashMap<>();
        for (Event event : events) {
            EventDate date = EventDating.of(event);
            dates.put(event.id(), date);
            if (date == null) {
                none++;
            } else {
                byBasis.merge(date.basis(), 1, Integer::sum);
                if (date.basis() == EventDate.Basis.REPORTED) reported.add(event);
            }
            for (AnalysedReport report : event.reports()) {
                reports++;
                List<String> sentences = texts(report);
                var dateline = ReportedDays.dateline(sentences);
                if (dateline != null) withDateline++;
                for (ReportedDay day : ReportedDays.of(sentences, dateline)) {
                    int[] counts = mentions.computeIfAbsent(day.how(), h -> new int[2]);
                    counts[day.resolved() ? 0 : 1]++;
                }
            }
        }
        System.out.printf("%d events, %d reports (%d with a dateline)%n", events.size(), reports, withDateline);
        System.out.printf("event dates: %d reported, %d published only, %d none%n",
                byBasis.getOrDefault(EventDate.Basis.REPORTED, 0), byBasis.getOrDefault(EventDate.Basis.PUBLISHED, 0),
                none);
        mentions.forEach((how, counts) -> System.out.printf("days found, %s: %d resolved, %d unresolved%n", how,
                counts[0], counts[1]));
        List<Event> shuffled = new ArrayList<>(reported);
        java.util.Collections.shuffle(shuffled, new Random(seed));
        for (Event event : shuffled.subList(0, Math.min(sample, shuffled.size()))) {
            EventDate date = dates.get(event.id());
            System.out.printf("%n== %s: %s (%s, %s), from %s%n", event.id(), date.day(), date.day().getDayOfWeek(),
                    date.basis(), date.reportIds());
            for (AnalysedReport report : event.reports()) {
                if (!date.reportIds().contains(report.id())) continue;
                List<String> sentences = texts(report);
                var dateline = ReportedDays.dateline(sentences);
                for (ReportedDay day : ReportedDays.of(sentences, dateline)) {
                    if (!day.couldBe(date.day())) continue;
                    String sentence = sentences.get(day.sentence());
                    System.out.printf("  %s [dateline %s] s%d %s %s: %s%n", report.id(), dateline, day.sentence(),
                            day.how(), day.tense(), shorten(sentence, day.start()));
                }
            }
        }
    }

    private static String shorten(String sentence, int at) {
        int from = Math.max(0, at - 90);
        int to = Math.min(sentence.length(), at + 90);
        return (from > 0 ? "…" : "") + sentence.substring(from, to) + (to < sentence.length() ? "…" : "");
    }

    private static List<String> texts(AnalysedReport report) {
        return report.sentences().stream().map(Sentence::text).toList();
    }

    private static AnalysedReport analyse(Analyser analyser, String[] record) {
        List<Block> blocks = Arrays.stream(record[1].split("\n")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Block::paragraph).toList();
        return analyser.analyse(new Report(record[0], record[0], null, null, null, null, null, null, null, blocks,
                List.of()));
    }

    /** ECB+ articles grouped by their gold event. */
    private static Map<String, List<String[]>> ecb(Path articles, Path gold) throws IOException {
        Map<String, String> events = new LinkedHashMap<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) events.put(parts[0], parts[1]);
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(articles, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode node = json.readTree(line);
            String id = node.get("id").asText();
            String event = events.get(id);
            if (event == null) continue;
            out.computeIfAbsent(event, e -> new ArrayList<>()).add(new String[] {id, node.get("text").asText()});
        }
        return out;
    }

    /** NeuS events: each source's title and text as one report. */
    private static Map<String, List<String[]>> neus(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode node = json.readTree(line);
            String id = node.get("id").asText();
            List<String[]> reports = new ArrayList<>();
            int i = 0;
            for (JsonNode source : node.get("sources")) {
                reports.add(new String[] {id + "_" + i++, source.get("title").asText() + "\n"
                        + source.get("text").asText()});
            }
            out.put(id, reports);
        }
        return out;
    }
}
