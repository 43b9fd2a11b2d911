package crosscheck.digest.summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned decision whether two sentences state the same claim: a logistic regression over
 * {@link PairFeatures}, with the decision threshold on its probability, and vetoes: features that, when present,
 * mean the two state different things whatever their wording shares (a count that differs, another weekday or
 * month, a denial of what the other says, another place). Read from the resource
 * {@code support-model.tsv} beside this class (fitted by the evaluation program
 * {@code crosscheck.eval.SupportModelFit} on MSR
 * paraphrase pairs; its header says how). Immutable.
 *
 * @param features  the feature names, in the order of {@link PairFeatures#NAMES}
 * @param weights   the weight of each feature
 * @param bias      the intercept
 * @param threshold the probability at or above which two sentences state the same claim
 * @param vetoes    the indices of the veto features
 */
public record SupportModel(List<String> features, double[] weights, double bias, double threshold,
                           List<Integer> vetoes) {
    /** The features that veto "the same claim" when present, as the shipped model names them. */
    public static final List<String> VETOES = List.of("counts_conflict", "days_conflict", "negation_conflict",
            "places_conflict", "plan_against_done");
    static final String RESOURCE = "support-model.tsv";
    /** The model Crosscheck ships, read on first use. */
    public static SupportModel shipped() {
        return Shipped.MODEL;
    }

    /** Holds the shipped model: read when first asked for, not when the class is loaded. */
    private static final class Shipped {
        static final SupportModel MODEL = load();
    }

    /** The probability that two sentences state the same claim: 0 when a veto feature is present. */
    public double probability(double[] x) {
        return vetoed(x) ? 0 : unvetoed(x);
    }

    /** Whether a veto feature is present. */
    private boolean vetoed(double[] x) {
        for (int k : vetoes) {
            if (x[k] == 1) return true;
        }
        return false;
    }

    /** The probability that two sentences state the same claim as if no veto feature were present. */
    public double unvetoed(double[] x) {
        double z = bias;
        for (int k = 0; k < weights.length; k++) z += weights[k] * x[k];
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The probability that two sentences state the same claim when it reaches the {@link #threshold}, else 0 (as
     * when a veto feature is present). Worth having over {@code probability(PairFeatures.of(a, b))} for its speed:
     * most pairs are ruled out by the features that cost little, before the two that cost most are worked out.
     */
    public double sameProbability(ClaimText a, ClaimText b) {
        double[] x = PairFeatures.withoutSequences(a, b);
        if (vetoed(x)) return 0;
        double most = bias;
        for (int k = 0; k < weights.length; k++) {
            double value = k == PairFeatures.LCS || k == PairFeatures.TRIGRAMS
                    ? (weights[k] > 0 ? PairFeatures.most(k, x, a, b) : 0) : x[k];
            most += weights[k] * value;
        }
        // the margin covers rounding: a pair left out here stays under the threshold however the sum is ordered
        if (!same(1 / (1 + Math.exp(-(most + 1e-9))))) return 0;
        PairFeatures.addSequences(x, a, b);
        double p = unvetoed(x);
        return same(p) ? p : 0;
    }

    public boolean same(double probability) {
        return probability >= threshold;
    }

    public boolean same(ClaimText a, ClaimText b) {
        return same(sameProbability(a, b));
    }

    /**
     * Reads a model: lines {@code name<TAB>value}, one per feature, then {@code veto<TAB>feature} lines,
     * {@code bias} and {@code threshold}; lines starting with {@code #} are comments. Every feature of
     * {@link PairFeatures#NAMES} must be given.
     */
    static SupportModel read(BufferedReader in) throws IOException {
        Map<String, Double> values = new HashMap<>();
        List<Integer> vetoes = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t");
            if (parts.length != 2) throw new IOException("not a name and a value: " + line);
            if (parts[0].equals("veto")) {
                int k = PairFeatures.NAMES.indexOf(parts[1]);
                if (k < 0) throw new IOException("no such feature to veto: " + parts[1]);
                vetoes.add(k);
            } else {
                values.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        List<String> names = new ArrayList<>(PairFeatures.NAMES);
        double[] weights = new double[names.size()];
        for (int k = 0; k < weights.length; k++) {
            Double w = values.get(names.get(k));
            if (w == null) throw new IOException("no weight for feature " + names.get(k));
            weights[k] = w;
        }
        if (!values.containsKey("bias") || !values.containsKey("threshold")) {
            throw new IOException("no bias or threshold");
        }
        return new SupportModel(List.copyOf(names), weights, values.get("bias"), values.get("threshold"),
                List.copyOf(vetoes));
    }

    private static SupportModel load() {
        try (InputStream stream = SupportModel.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) throw new IllegalStateException(RESOURCE + " is missing from the class path");
            return read(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
