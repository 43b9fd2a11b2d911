package crosscheck.eval;

import crosscheck.group.EventGrouper;
import crosscheck.group.PairEvidence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the candidate pairs of each development set ({@link PairEvidence}) with whether the two reports are of one
 * gold event, for {@code src/eval/grouping_pairs.py}: how well the pair evidence tells one story from two before
 * any clustering.
 *
 * <pre>
 * PairDump SETS OUT events,neus,mix,news10k
 *     SETS as written by src/eval/grouping_sets.py; writes OUT/SET.tsv
 * </pre>
 */
public final class PairDump {
    private PairDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PairDump SETS OUT set1,set2,...");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        for (String name : args[2].split(",")) {
            GroupingSetsEvaluation.Set set = GroupingSetsEvaluation.load(name, Path.of(args[0]).resolve(name));
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(name + ".tsv")))) {
                w.println("a\tb\tsame\twcos\tsim\tweight\tdd");
                for (PairEvidence p : PairEvidence.of(set.reports(), EventGrouper.Settings.DEFAULT)) {
                    String gold = set.gold().get(p.a());
                    w.printf("%s\t%s\t%d\t%.4f\t%.4f\t%.4f\t%d%n", p.a(), p.b(),
                            gold != null && gold.equals(set.gold().get(p.b())) ? 1 : 0, p.words(), p.similarity(),
                            p.weight(), p.daysApart());
                }
            }
        }
    }
}
