package crosscheck.eval;

import crosscheck.analyse.Terms;
import crosscheck.digest.summary.ClaimText;
import crosscheck.digest.summary.PairFeatures;
import crosscheck.digest.summary.SupportModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits {@link SupportModel}: a logistic regression (Newton's method, a small L2 penalty) over {@link PairFeatures} of
 * the MSR paraphrase training pairs that no veto ({@link SupportModel#VETOES}) decides, then the decision threshold
 * of the best accuracy plus F1 on the validation pairs; writes the model file Crosscheck ships. Prints accuracy and
 * F1 of the sentence pairs themselves, for the shipped model and for each subset of the vetoes (what each costs on
 * these labels, which often call two sentences with different figures the same).
 * <p>
 * Usage: {@code SupportModelFit TRAIN.tsv VAL.tsv OUT.tsv}
 */
public final class SupportModelFit {
    /** The L2 penalty on the weights (not the bias). */
    static final double L2 = 1.0;
    /** Bigram keys need a bound on stem numbers: the pairs number their stems below it. */
    private static final int TERMS = 1 << 22;

    private SupportModelFit() {
    }

    /** The features and gold label of one sentence pair. */
    record Example(double[] x, boolean same) {
    }

    public static void main(String[] args) throws IOException {
        try (Terms terms = new Terms()) {
            Map<String, Integer> numbers = new HashMap<>();
            List<Example> train = examples(Path.of(args[0]), terms, numbers);
            List<Example> val = examples(Path.of(args[1]), terms, numbers);
            List<Integer> vetoes = SupportModel.VETOES.stream().map(PairFeatures.NAMES::indexOf).toList();
            for (int mask = 0; mask < 1 << vetoes.size(); mask++) {
                List<Integer> on = new ArrayList<>();
                for (int v = 0; v < vetoes.size(); v++) {
                    if ((mask >> v & 1) == 1) on.add(vetoes.get(v));
                }
                double[] w = fit(kept(train, on));
                double threshold = bestThreshold(val, w, on);
                System.out.printf(Locale.ROOT, "vetoes %s: val %s at %.2f%n",
                        on.stream().map(PairFeatures.NAMES::get).toList(), score(val, w, on, threshold), threshold);
            }
            double[] w = fit(kept(train, vetoes));
            double threshold = bestThreshold(val, w, vetoes);
            System.out.printf(Locale.ROOT, "shipped: train %s%n", score(train, w, vetoes, threshold));
            System.out.printf(Locale.ROOT, "shipped: val   %s (threshold %.2f)%n", score(val, w, vetoes, threshold),
                    threshold);
            write(Path.of(args[2]), w, threshold, train.size(), val.size());
        }
    }

    /** The pairs no veto decides: the model is fitted on them alone. */
    static List<Example> kept(List<Example> data, List<Integer> vetoes) {
        return data.stream().filter(e -> !vetoed(e.x(), vetoes)).toList();
    }

    private static boolean vetoed(double[] x, List<Integer> vetoes) {
        for (int k : vetoes) {
            if (x[k] == 1) return true;
        }
        return false;
    }

    static List<Example> examples(Path tsv, Terms terms, Map<String, Integer> numbers) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 5) continue;
            ClaimText a = claim(f[3], terms, numbers);
            ClaimText b = claim(f[4], terms, numbers);
            out.add(new Example(PairFeatures.of(a, b), f[0].trim().equals("1")));
        }
        return out;
    }

    private static ClaimText claim(String text, Terms terms, Map<String, Integer> numbers) {
        int[] stems = terms.stems(text).stream().mapToInt(s -> numbers.computeIfAbsent(s, k -> numbers.size()))
                .toArray();
        return ClaimText.of(text, stems, TERMS);
    }

    /** The weights, bias last, by Newton's method on the penalised log-likelihood. */
    static double[] fit(List<Example> data) {
        int d = PairFeatures.NAMES.size() + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Example e : data) {
                double[] x = withBias(e.x());
                double p = sigmoid(dot(w, x));
                double r = (e.same() ? 1 : 0) - p;
                for (int i = 0; i < d; i++) {
                    gradient[i] += r * x[i];
                    for (int j = 0; j < d; j++) hessian[i][j] += p * (1 - p) * x[i] * x[j];
                }
            }
            for (int i = 0; i < d - 1; i++) {
                gradient[i] -= L2 * w[i];
                hessian[i][i] += L2;
            }
            hessian[d - 1][d - 1] += 1e-9;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                w[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-8) break;
        }
        return w;
    }

    /** The threshold on the probability of the best sum of accuracy and F1 on the data. */
    static double bestThreshold(List<Example> data, double[] w, List<Integer> vetoes) {
        double best = 0.5;
        double bestSum = -1;
        for (int t = 5; t <= 95; t++) {
            double threshold = t / 100.0;
            double[] s = counts(data, w, vetoes, threshold);
            if (s[0] + s[1] > bestSum) {
                best = threshold;
                bestSum = s[0] + s[1];
            }
        }
        return best;
    }

    static String score(List<Example> data, double[] w, List<Integer> vetoes, double threshold) {
        double[] s = counts(data, w, vetoes, threshold);
        return String.format(Locale.ROOT, "%d pairs, accuracy %.3f, F1 %.3f", data.size(), s[0], s[1]);
    }

    /** Accuracy and F1 of "same" at a threshold. */
    private static double[] counts(List<Example> data, double[] w, List<Integer> vetoes, double threshold) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Example e : data) {
            boolean same = !vetoed(e.x(), vetoes) && sigmoid(dot(w, withBias(e.x()))) >= threshold;
            if (same && e.same()) tp++;
            else if (same) fp++;
            else if (e.same()) fn++;
            else tn++;
        }
        double f1 = 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
        return new double[]{(double) (tp + tn) / data.size(), f1};
    }

    private static void write(Path out, double[] w, double threshold, int train, int val) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("# Whether two sentences state the same claim: logistic regression over PairFeatures, fitted by\n")
                .append("# SupportModelFit (Newton's method, L2 ").append(L2).append(") on the ").append(train)
                .append(" MSR paraphrase training pairs (msr-para-train.tsv) that no veto decides;\n")
                .append("# threshold: best accuracy + F1 on the ")
                .append(val).append("\n# validation pairs (msr-para-val.tsv). Made with:\n")
                .append("#   mvn -q -B -Peval -Dmaven.test.skip=true package && java -cp target/crosscheck.jar:")
                .append("target/eval-classes crosscheck.eval.SupportModelFit\n")
                .append("#     ../shared/data/attribution-dev/msr-para-train.tsv ")
                .append("../shared/data/attribution-dev/msr-para-val.tsv ")
                .append("src/main/resources/crosscheck/digest/summary/support-model.tsv\n");
        for (int k = 0; k < PairFeatures.NAMES.size(); k++) {
            s.append(PairFeatures.NAMES.get(k)).append('\t').append(String.format(Locale.ROOT, "%.4f", w[k]))
                    .append('\n');
        }
        for (String veto : SupportModel.VETOES) s.append("veto\t").append(veto).append('\n');
        s.append("bias\t").append(String.format(Locale.ROOT, "%.4f", w[w.length - 1])).append('\n');
        s.append("threshold\t").append(String.format(Locale.ROOT, "%.2f", threshold)).append('\n');
        Files.writeString(out, s.toString(), StandardCharsets.UTF_8);
    }

    private static double[] withBias(double[] x) {
        double[] out = new double[x.length + 1];
        System.arraycopy(x, 0, out, 0, x.length);
        out[x.length] = 1;
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) s -= m[r][k] * x[k];
            x[r] = s / m[r][r];
        }
        return x;
    }
}
