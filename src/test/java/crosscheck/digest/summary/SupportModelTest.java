package crosscheck.digest.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.SampleContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped {@link SupportModel}'s quick decision against its full one, on every two sentences of five reports. */
class SupportModelTest {
    private final SupportModel model = SupportModel.shipped();

    /** The sentences of the sample reports, roughly split: what matters is many pairs, alike and not. */
    private static List<ClaimText> sampleSentences() throws IOException {
        Claims claims = new Claims();
        List<ClaimText> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(SampleContent.ARTICLES)) {
            for (Path file : files.sorted().toList()) {
                for (String s : Files.readString(file).split("(?<=[.!?\"”])\\s+(?=[A-Z\"“])")) {
                    if (s.split("\\s+").length >= 5) sentences.add(claims.of(s.strip()));
                }
            }
        }
        return sentences;
    }

    @Test
    void sameProbabilityIsTheFullProbabilityWhereTheModelSaysSameAndElseZero() throws IOException {
        List<ClaimText> sentences = sampleSentences();
        int same = 0;
        int pairs = 0;
        for (int i = 0; i < sentences.size(); i++) {
            for (int j = i; j < sentences.size(); j++) { // a sentence and itself too: the same claim
                ClaimText a = sentences.get(i);
                ClaimText b = sentences.get(j);
                double p = model.probability(PairFeatures.of(a, b));
                assertEquals(model.same(p) ? p : 0, model.sameProbability(a, b), () -> a + " / " + b);
                if (model.same(p)) same++;
                pairs++;
            }
        }
        assertTrue(pairs > 10_000, "pairs: " + pairs);
        assertTrue(same > sentences.size(), "pairs of two sentences the model takes as the same claim: "
                + (same - sentences.size()));
    }

    @Test
    void theBoundsOfTheCostlyFeaturesHold() throws IOException {
        List<ClaimText> sentences = sampleSentences();
        for (ClaimText a : sentences) {
            for (ClaimText b : sentences) {
                double[] x = PairFeatures.of(a, b);
                for (int k : new int[]{PairFeatures.LCS, PairFeatures.TRIGRAMS}) {
                    assertTrue(PairFeatures.most(k, x, a, b) >= x[k], () -> PairFeatures.NAMES.get(k) + ": " + a
                            + " / " + b);
                }
            }
        }
    }
}
