package crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.analyse.Words;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.digest.Digest;
import crosscheck.digest.Digester;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.group.Event;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Summarises each event of a multi-source summary data set ({@code events.jsonl}: {"id", "sources":
 * [{"title", "text"}], "reference": {"title", "text"}}) with the build's own digest stage, the sources of
 * an event pinned together, and writes {"candidate", "references"} lines for a ROUGE scorer.
 * With {@code lexrank} the summaries come from {@link LexRankBaseline} instead, for comparison.
 * Usage: {@code SummaryEvaluation EVENTS.jsonl OUT.jsonl [words] [lexrank]}.
 */
public final class SummaryEvaluation {
    private SummaryEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SummaryEvaluation EVENTS.jsonl OUT.jsonl [words] [lexrank]");
            System.exit(2);
        }
        int budget = args.length > 2 ? Integer.parseInt(args[2]) : 80;
        boolean lexrank = args.length > 3 && args[3].equals("lexrank");
        ObjectMapper json = new ObjectMapper();
        Digester digester = new Digester(budget);
        int events = 0;
        long words = 0;
        try (Analyser analyser = new Analyser();
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode node = json.readTree(line);
                String id = node.get("id").asText();
                List<AnalysedReport> reports = new ArrayList<>();
                int n = 0;
                for (JsonNode source : node.get("sources")) {
                    List<Block> blocks = Arrays.stream(source.get("text").asText().split("\n"))
                            .map(String::strip).filter(s -> !s.isEmpty()).map(Block::paragraph).toList();
                    String articleId = id + "-" + n++;
                    reports.add(analyser.analyse(new Report(articleId, articleId, source.get("title").asText(),
                            null, null, null, null, null, id, blocks, List.of())));
                }
                Event event = new Event(id, id, reports, null, null);
                List<String> summary = lexrank ? LexRankBaseline.summary(event, budget)
                        : digester.digest(event).summary().stream().map(SummarySentence::text).toList();
                String candidate = String.join(" ", summary);
                words += Words.count(candidate);
                events++;
                JsonNode reference = node.get("reference");
                ObjectNode row = json.createObjectNode();
                row.put("id", id);
                row.put("candidate", candidate);
                row.putArray("references").add(reference.get("title").asText() + " " + reference.get("text").asText());
                out.print(json.writeValueAsString(row) + "\n");
            }
        }
        System.out.printf("%s: %d events, %.1f words a summary on average (budget %d)%n",
                lexrank ? "LexRank baseline" : "Crosscheck digest", events,
                events == 0 ? 0.0 : (double) words / events, budget);
    }
}
