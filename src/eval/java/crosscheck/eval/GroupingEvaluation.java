package crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.group.Event;
import crosscheck.group.EventGrouper.Settings;
import crosscheck.group.EventGrouper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the articles of an events data set ({@code articles.jsonl}: {"id", "text"} per line) with the build's own
 * text and group stages.
 *
 * <pre>
 * GroupingEvaluation ARTICLES.jsonl OUT.tsv [THRESHOLD] [--set NAME=VALUE]...
 *     writes id&lt;TAB&gt;event lines for a cluster scorer
 * GroupingEvaluation ARTICLES.jsonl --gold GOLD.tsv --sweep NAME=V1,V2,... [--sweep ...] [--set NAME=VALUE]...
 *     prints B-cubed precision, recall and F1 for every combination of the swept settings
 * GroupingEvaluation ARTICLES.jsonl --gold GOLD.tsv --scale 1,2,5,10 [--set NAME=VALUE]...
 *     groups the data replicated N times (ids, names, figures and half the words made distinct per copy) and
 *     prints the fastest of three runs
 * </pre>
 * Setting names: threshold, unspecific, phrases, window, names, numbers, time (see {@link Settings}).
 */
public final class GroupingEvaluation {
    /** A word of four letters or more, or a figure. */
    private static final Pattern WORD = Pattern.compile("\\b(\\p{L}{4,}|\\d[\\d.,]*)\\b");

    private GroupingEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        List<String> positional = new ArrayList<>();
        Settings settings = Settings.DEFAULT;
        Map<String, String[]> sweep = new LinkedHashMap<>();
        String gold = null;
        String scale = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> {
                    String[] kv = args[++i].split("=", 2);
                    settings = with(settings, kv[0], Double.parseDouble(kv[1]));
                }
                case "--sweep" -> {
                    String[] kv = args[++i].split("=", 2);
                    sweep.put(kv[0], kv[1].split(","));
                }
                case "--gold" -> gold = args[++i];
                case "--scale" -> scale = args[++i];
                default -> positional.add(args[i]);
            }
        }
        if (positional.isEmpty() || (positional.size() < 2 && gold == null)
                || ((!sweep.isEmpty() || scale != null) && gold == null)) {
            System.err.println("usage: GroupingEvaluation ARTICLES.jsonl OUT.tsv [threshold] [--set NAME=VALUE]...\n"
                    + "       GroupingEvaluation ARTICLES.jsonl --gold GOLD.tsv --sweep NAME=V1,V2,... [--set ...]\n"
                    + "       GroupingEvaluation ARTICLES.jsonl --gold GOLD.tsv --scale 1,2,5,10 [--set ...]");
            System.exit(2);
        }
        if (positional.size() > 2) settings = settings.withThreshold(Double.parseDouble(positional.get(2)));
        List<String[]> records = read(Path.of(positional.get(0)));

        if (scale != null) {
            scale(records, readGold(Path.of(gold)), settings, scale);
        } else if (!sweep.isEmpty()) {
            List<AnalysedReport> analyzed = analyze(records);
            Map<String, String> truth = readGold(Path.of(gold));
            System.out.println("setting                                   B3 P    B3 R    B3 F1   events");
            sweep(analyzed, truth, settings, new ArrayList<>(sweep.entrySet()), 0, new LinkedHashMap<>());
        } else {
            long start = System.nanoTime();
            List<AnalysedReport> analyzed = analyze(records);
            long grouping = System.nanoTime();
            List<Event> events = new EventGrouper(settings).group(analyzed);
            long end = System.nanoTime();
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(positional.get(1)),
                    StandardCharsets.UTF_8))) {
                for (Event event : events) {
                    for (AnalysedReport article : event.reports()) out.print(article.id() + "\t" + event.id() + "\n");
                }
            }
            long copies = events.stream().mapToInt(e -> e.reports().size() - e.independentReports()).sum();
            System.out.printf("%d articles in %d events (%d copies of another report), analysis %.2f s, grouping "
                            + "%.2f s; %s%n", records.size(), events.size(), copies, (grouping - start) / 1e9,
                    (end - grouping) / 1e9, settings);
        }
    }

    static Settings with(Settings s, String name, double value) {
        return switch (name) {
            case "threshold" -> s.withThreshold(value);
            case "unspecific" -> s.withUnspecificWeight(value);
            case "phrases" -> s.withPhraseWeight(value);
            case "window" -> s.withWindowDays((int) value);
            case "names" -> s.withNameWeight(value);
            case "numbers" -> s.withNumberWeight(value);
            case "time" -> s.withTimeWeight(value);
            default -> throw new IllegalArgumentException("unknown setting " + name
                    + " (threshold, unspecific, phrases, window, names, numbers, time)");
        };
    }

    private static void sweep(List<AnalysedReport> analyzed, Map<String, String> gold, Settings settings,
                              List<Map.Entry<String, String[]>> axes, int axis, Map<String, String> chosen) {
        if (axis == axes.size()) {
            List<Event> events = new EventGrouper(settings).group(analyzed);
            double[] b3 = bcubed(gold, labels(events));
            System.out.printf("%-40s  %.4f  %.4f  %.4f  %d%n", chosen.toString(), b3[0], b3[1], b3[2], events.size());
            return;
        }
        Map.Entry<String, String[]> a = axes.get(axis);
        for (String value : a.getValue()) {
            chosen.put(a.getKey(), value);
            sweep(analyzed, gold, with(settings, a.getKey(), Double.parseDouble(value)), axes, axis + 1, chosen);
        }
        chosen.remove(a.getKey());
    }

    /**
     * Times the grouping of the data replicated {@code n} times for each n. Copy k > 0 gets ids ending in "~k" and
     * its text perturbed ({@link #perturb}), so each copy is a separate set of events of the same kinds as the
     * original: the index sees each common term up to n times as often.
     */
    private static void scale(List<String[]> records, Map<String, String> gold, Settings settings, String factors)
            throws IOException {
        int[] ns = Arrays.stream(factors.split(",")).mapToInt(Integer::parseInt).toArray();
        int max = Arrays.stream(ns).max().orElse(1);
        List<String[]> all = new ArrayList<>();
        Map<String, String> truth = new HashMap<>();
        for (int k = 0; k < max; k++) {
            String tag = tag(k);
            for (String[] r : records) {
                String id = k == 0 ? r[0] : r[0] + "~" + k;
                String text = k == 0 ? r[1] : perturb(r[1], k, tag);
                all.add(new String[]{id, text});
                if (gold.containsKey(r[0])) truth.put(id, gold.get(r[0]) + (k == 0 ? "" : "~" + k));
            }
        }
        List<AnalysedReport> analyzed = analyze(all);
        EventGrouper grouper = new EventGrouper(settings);
        grouper.group(analyzed.subList(0, records.size())); // warm up
        System.out.println("copies  reports  events  seconds  ms/report  B3 F1");
        for (int n : ns) {
            List<AnalysedReport> part = analyzed.subList(0, n * records.size());
            List<Event> events = null;
            double seconds = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) { // the fastest of three runs: least disturbed by other work
                long start = System.nanoTime();
                events = grouper.group(part);
                seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
            }
            Map<String, String> partTruth = new HashMap<>();
            part.forEach(a -> partTruth.put(a.id(), truth.get(a.id())));
            double[] b3 = bcubed(partTruth, labels(events));
            System.out.printf("%6d  %7d  %6d  %7.2f  %9.3f  %.4f%n", n, part.size(), events.size(), seconds,
                    seconds * 1000 / part.size(), b3[2]);
        }
    }

    /**
     * Copy k of a text: every name (a word capitalised inside a sentence) and figure gets the tag; other words of
     * four letters or more get it too, half of them (the same half throughout the copy, a different half in each
     * copy). So each copy reports events of the same kinds as the original with other people, places and figures,
     * and shares about half its vocabulary with the original.
     */
    private static String perturb(String text, int k, String tag) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            boolean name = Character.isUpperCase(word.charAt(0)) && m.start() > 1
                    && !text.substring(Math.max(0, m.start() - 2), m.start()).matches(".*[.!?\\n].*");
            boolean figure = Character.isDigit(word.charAt(0));
            boolean half = ((word.toLowerCase(java.util.Locale.ROOT).hashCode() * 31 + k) * 0x9E3779B9 >>> 31) == 1;
            m.appendReplacement(out, Matcher.quoteReplacement(name || figure || half ? word + tag : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String tag(int k) {
        StringBuilder s = new StringBuilder("q");
        for (char c : Integer.toString(k).toCharArray()) s.append((char) ('a' + (c - '0')));
        return s.toString();
    }

    private static List<String[]> read(Path articles) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(articles, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode node = json.readTree(line);
            out.add(new String[]{node.get("id").asText(), node.get("text").asText()});
        }
        return out;
    }

    private static List<AnalysedReport> analyze(List<String[]> records) {
        try (Analyser analyser = new Analyser()) {
            return records.parallelStream().map(r -> {
                List<Block> blocks = Arrays.stream(r[1].split("\n")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(Block::paragraph).toList();
                return analyser.analyse(new Report(r[0], r[0], null, null, null, null, null, null, null, blocks,
                        List.of()));
            }).toList();
        }
    }

    private static Map<String, String> readGold(Path gold) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) out.put(parts[0], parts[1]);
        }
        return out;
    }

    private static Map<String, String> labels(List<Event> events) {
        Map<String, String> out = new HashMap<>();
        for (Event e : events) for (AnalysedReport a : e.reports()) out.put(a.id(), e.id());
        return out;
    }

    /** B-cubed precision, recall and F1 over the items of the gold labelling, as cluster_score.py computes them. */
    static double[] bcubed(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Map<String, Integer>> overlap = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predictedSize = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            goldSize.merge(e.getValue(), 1, Integer::sum);
            predictedSize.merge(p, 1, Integer::sum);
            overlap.computeIfAbsent(e.getValue(), g -> new HashMap<>()).merge(p, 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            int common = overlap.get(e.getValue()).get(p);
            precision += (double) common / predictedSize.get(p);
            recall += (double) common / goldSize.get(e.getValue());
        }
        precision /= gold.size();
        recall /= gold.size();
        return new double[]{precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)};
    }
}
