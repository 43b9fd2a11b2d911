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
 * {@link PairFeatures}, with the decision threshold on its probability, read from the resource
 * {@code support-model.tsv} beside this class (fitted by the evaluation program {@code SupportModelFit} on MSR
 * paraphrase pairs; its header says how). Immutable.
 *
 * @param features  the feature names, in the order of {@link PairFeatures#NAMES}
 * @param weights   the weight of each feature
 * @param bias      the intercept
 * @param threshold the probability at or above which two sentences state the same claim
 */
record SupportModel(List<String> features, double[] weights, double bias, double threshold) {
    static final String RESOURCE = "support-model.tsv";
    private static final SupportModel SHIPPED = load();

    /** The model Crosscheck ships. */
    static SupportModel shipped() {
        return SHIPPED;
    }

    /** The probability that two sentences state the same claim. */
    double probability(double[] x) {
        double z = bias;
        for (int k = 0; k < weights.length; k++) z += weights[k] * x[k];
        return 1 / (1 + Math.exp(-z));
    }

    boolean same(double probability) {
        return probability >= threshold;
    }

    boolean same(ClaimText a, ClaimText b) {
        return same(probability(PairFeatures.of(a, b)));
    }

    /**
     * Reads a model: lines {@code name<TAB>value}, one per feature, then {@code bias} and {@code threshold};
     * lines starting with {@code #} are comments. Every feature of {@link PairFeatures#NAMES} must be given.
     */
    static SupportModel read(BufferedReader in) throws IOException {
        Map<String, Double> values = new HashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t");
            if (parts.length != 2) throw new IOException("not a name and a value: " + line);
            values.put(parts[0], Double.parseDouble(parts[1]));
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
        return new SupportModel(List.copyOf(names), weights, values.get("bias"), values.get("threshold"));
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
