package crosscheck.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.analyse.Analyser;
import crosscheck.analyse.Sentence;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sentence boundaries of the text stage against the two sets that hold one sentence to a unit: the ECB+ articles of
 * events-dev (one sentence a line; each article's lines joined by spaces into one paragraph, the boundaries found
 * scored against the line ends) and the sentences of the MSR paraphrase pairs (each one sentence: split is wrong).
 * The ECB+ text is tokenised ("it ended . ''"), so its figures are lower than on ordinary text; its lines also hold
 * titles and datelines without a full stop, which no splitter finds.
 *
 * <pre>
 * SentenceEvaluation ARTICLES.jsonl PAIRS.tsv...
 * </pre>
 */
public final class SentenceEvaluation {
    private SentenceEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SentenceEvaluation ARTICLES.jsonl [PAIRS.tsv]...");
            System.exit(2);
        }
        try (Analyser analyser = new Analyser()) {
            ObjectMapper json = new ObjectMapper();
            long found = 0, right = 0, gold = 0;
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                List<String> lines = Arrays.stream(json.readTree(line).get("text").asText().split("\n"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                Set<Integer> expected = boundaries(lines);
                Set<Integer> got = boundaries(sentences(analyser, String.join(" ", lines)));
                gold += expected.size();
                found += got.size();
                for (int b : got) if (expected.contains(b)) right++;
            }
            double p = (double) right / found, r = (double) right / gold;
            System.out.printf("events-dev, lines joined (%d boundaries): P %.4f R %.4f F1 %.4f%n", gold, p, r,
                    2 * p * r / (p + r));
            long units = 0, split = 0;
            for (int a = 1; a < args.length; a++) {
                List<String> rows = Files.readAllLines(Path.of(args[a]), StandardCharsets.UTF_8);
                for (String row : rows.subList(1, rows.size())) {
                    String[] cells = row.split("\t");
                    if (cells.length < 5) continue;
                    for (String sentence : List.of(cells[3], cells[4])) {
                        units++;
                        if (sentences(analyser, sentence).size() > 1) split++;
                    }
                }
            }
            if (units > 0) {
                System.out.printf("MSRP, one sentence each: %d of %d split (%.2f%%)%n", split, units,
                        100.0 * split / units);
            }
        }
    }

    private static List<String> sentences(Analyser analyser, String text) {
        Report article = new Report("s", "s", null, null, null, null, null, null, null,
                List.of(Block.paragraph(text)), List.of());
        List<String> out = new ArrayList<>();
        for (Sentence sentence : analyser.analyse(article).sentences()) out.add(sentence.text());
        return out;
    }

    /** Where sentences end inside the text, as counts of the non-space characters before each end. */
    private static Set<Integer> boundaries(List<String> sentences) {
        Set<Integer> out = new TreeSet<>();
        int count = 0;
        for (int i = 0; i < sentences.size() - 1; i++) {
            count += (int) sentences.get(i).codePoints().filter(c -> !Character.isWhitespace(c)).count();
            out.add(count);
        }
        return out;
    }
}
