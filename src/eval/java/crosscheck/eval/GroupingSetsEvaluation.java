package crosscheck.eval;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Cleaner;
import crosscheck.clean.Report;
import crosscheck.group.Event;
import crosscheck.group.EventGrouper;
import crosscheck.group.EventGrouper.Settings;
import crosscheck.ingest.Content;
import crosscheck.ingest.ContentReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The grouping on the three development sets at once, in one process: each set's content folder (written by
 * {@code src/eval/grouping_sets.py}) is read, cleaned and analysed once, as a build does, then grouped with each
 * combination of the swept settings and scored against its gold events (B-cubed precision, recall, F1, and the
 * number of events that join reports of different gold events). For tuning and diagnosis; the figures the README
 * quotes come from {@code src/eval/grouping-sets.sh}, which runs the whole build.
 *
 * <pre>
 * GroupingSetsEvaluation SETS [--sweep NAME=V1,V2,...]... [--set NAME=VALUE]... [--show N]
 *     SETS holds events/, neus/ and mix/, each with content/ and gold.tsv (file name TAB gold event)
 *     --show N prints, per set, the N largest events that join different gold events
 *     --sets A,B,... groups these sets of SETS instead of events, neus and mix
 *     --dump DIR writes DIR/SET.tsv: report id, gold event, event, title (with the last settings)
 * </pre>
 */
public final class GroupingSetsEvaluation {
    private static final String[] SETS = {"events", "neus", "mix"};

    private GroupingSetsEvaluation() {
    }

    /** One set, analysed: its reports, each report's gold event by report id, each report's file by id. */
    public record Set(String name, List<AnalysedReport> reports, Map<String, String> gold) {
    }

    public static void main(String[] args) throws IOException {
        Path sets = null;
        Settings settings = Settings.DEFAULT;
        Map<String, String[]> sweep = new LinkedHashMap<>();
        int show = 0;
        Path dump = null;
        String[] names = SETS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> {
                    String[] kv = args[++i].split("=", 2);
                    settings = GroupingEvaluation.with(settings, kv[0], Double.parseDouble(kv[1]));
                }
                case "--sweep" -> {
                    String[] kv = args[++i].split("=", 2);
                    sweep.put(kv[0], kv[1].split(","));
                }
                case "--show" -> show = Integer.parseInt(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                case "--sets" -> names = args[++i].split(",");
                default -> sets = Path.of(args[i]);
            }
        }
        if (sets == null) {
            System.err.println("usage: GroupingSetsEvaluation SETS [--sweep NAME=V1,V2,...] [--set NAME=VALUE] "
                    + "[--show N]");
            System.exit(2);
        }
        List<Set> loaded = new ArrayList<>();
        for (String name : names) {
            long start = System.nanoTime();
            loaded.add(load(name, sets.resolve(name)));
            System.err.printf("%s: %d reports read, cleaned and analysed in %.1f s%n", name,
                    loaded.get(loaded.size() - 1).reports().size(), (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("%-40s %-22s %-22s %-22s%n", "setting", "events P/R/F1 mixed", "neus P/R/F1 mixed",
                "mix P/R/F1 mixed");
        run(loaded, settings, new ArrayList<>(sweep.entrySet()), 0, new LinkedHashMap<>(), show);
        if (dump != null) {
            for (Set set : loaded) {
                StringBuilder out = new StringBuilder();
                for (Event e : new EventGrouper(settings).group(set.reports())) {
                    for (AnalysedReport a : e.reports()) {
                        out.append(a.id()).append('\t').append(set.gold().get(a.id())).append('\t').append(e.id())
                                .append('\t').append(a.report().displayTitle().replace('\t', ' ')).append('\n');
                    }
                }
                Files.writeString(dump.resolve(set.name() + ".tsv"), out.toString());
            }
        }
    }

    private static void run(List<Set> sets, Settings settings, List<Map.Entry<String, String[]>> axes, int axis,
                            Map<String, String> chosen, int show) {
        if (axis == axes.size()) {
            StringBuilder line = new StringBuilder(String.format("%-40s", chosen));
            StringBuilder shown = new StringBuilder();
            for (Set set : sets) {
                List<Event> events = new EventGrouper(settings).group(set.reports());
                Map<String, String> predicted = new HashMap<>();
                for (Event e : events) for (AnalysedReport a : e.reports()) predicted.put(a.id(), e.id());
                double[] b3 = GroupingEvaluation.bcubed(set.gold(), predicted);
                List<Event> mixed = events.stream().filter(e -> goldEvents(e, set.gold()).size() > 1).toList();
                line.append(String.format(" %.3f %.3f %.3f %4d", b3[0], b3[1], b3[2], mixed.size()));
                mixed.stream().sorted((x, y) -> y.reports().size() - x.reports().size()).limit(show)
                        .forEach(e -> describe(set.name(), e, set.gold(), shown));
            }
            System.out.println(line);
            System.out.print(shown);
            return;
        }
        Map.Entry<String, String[]> a = axes.get(axis);
        for (String value : a.getValue()) {
            chosen.put(a.getKey(), value);
            run(sets, GroupingEvaluation.with(settings, a.getKey(), Double.parseDouble(value)), axes, axis + 1,
                    chosen, show);
        }
        chosen.remove(a.getKey());
    }

    private static TreeSet<String> goldEvents(Event e, Map<String, String> gold) {
        TreeSet<String> out = new TreeSet<>();
        for (AnalysedReport a : e.reports()) out.add(gold.get(a.id()));
        return out;
    }

    private static void describe(String set, Event e, Map<String, String> gold, StringBuilder out) {
        out.append(String.format("  [%s] %s: %d reports of %d gold events; shared %s%n", set, e.id(),
                e.reports().size(), goldEvents(e, gold).size(), e.evidence().names()));
        Map<String, List<String>> byGold = new TreeMap<>();
        for (AnalysedReport a : e.reports()) {
            byGold.computeIfAbsent(gold.get(a.id()), g -> new ArrayList<>()).add(a.id() + " "
                    + a.report().displayTitle());
        }
        byGold.forEach((g, reports) -> {
            out.append("      ").append(g).append('\n');
            reports.forEach(r -> out.append("        ").append(r.length() > 110 ? r.substring(0, 110) : r)
                    .append('\n'));
        });
    }

    public static Set load(String name, Path folder) throws IOException {
        Map<String, String> goldByFile = new HashMap<>();
        for (String line : Files.readAllLines(folder.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) goldByFile.put(parts[0], parts[1]);
        }
        Content content = ContentReader.read(folder.resolve("content"));
        Cleaner cleaner = new Cleaner();
        List<Report> cleaned = content.reports().parallelStream().map(cleaner::clean).toList();
        List<AnalysedReport> analysed;
        try (Analyser analyser = new Analyser()) {
            analysed = cleaned.parallelStream().map(analyser::analyse).toList();
        }
        Map<String, String> gold = new HashMap<>();
        for (Report r : cleaned) gold.put(r.id(), goldByFile.get("articles/" + Path.of(r.file()).getFileName()));
        return new Set(name, analysed, gold);
    }
}
