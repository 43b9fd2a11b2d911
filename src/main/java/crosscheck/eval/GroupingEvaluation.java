package crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.clean.Article;
import crosscheck.clean.Block;
import crosscheck.group.Event;
import crosscheck.group.EventGrouper;
import crosscheck.text.AnalyzedArticle;
import crosscheck.text.TextAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups the articles of an events data set ({@code articles.jsonl}: {"id", "text"} per line) with the
 * build's own stages and writes {@code id<TAB>event} lines for a cluster scorer.
 * Usage: {@code GroupingEvaluation ARTICLES.jsonl OUT.tsv [threshold]}.
 */
public final class GroupingEvaluation {
    private GroupingEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GroupingEvaluation ARTICLES.jsonl OUT.tsv [threshold]");
            System.exit(2);
        }
        double threshold = args.length > 2 ? Double.parseDouble(args[2]) : EventGrouper.DEFAULT_THRESHOLD;
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode node = json.readTree(line);
            List<Block> blocks = Arrays.stream(node.get("text").asText().split("\n"))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(Block::paragraph).toList();
            String id = node.get("id").asText();
            articles.add(new Article(id, id, null, null, null, null, null, null, null, blocks, List.of()));
        }
        long start = System.nanoTime();
        List<Event> events;
        try (TextAnalyzer analyzer = new TextAnalyzer()) {
            List<AnalyzedArticle> analyzed = articles.stream().map(analyzer::analyze).toList();
            events = new EventGrouper(threshold, EventGrouper.DEFAULT_WINDOW_DAYS).group(analyzed);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (Event event : events) {
                for (AnalyzedArticle article : event.articles()) out.print(article.id() + "\t" + event.id() + "\n");
            }
        }
        System.out.printf("%d articles in %d events, %.2f s (analysis and grouping)%n", articles.size(),
                events.size(), seconds);
    }
}
