package crosscheck.digest.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which reports state each candidate sentence: for every other report, its sentence most likely to state the same
 * claim as the candidate, if the {@link SupportModel} says it does. Sentences that share too few weighted stems
 * (TF-IDF cosine below {@link #MIN_COSINE}) are not weighed at all.
 */
final class Support {
    /** Cosine below which two sentences are taken to state different things without weighing them. */
    static final double MIN_COSINE = 0.1;
    private final List<Candidate> candidates;
    /** For candidate i and report a: the index of a's sentence stating the same thing, or -1. */
    private final int[][] match;

    private Support(List<Candidate> candidates, int[][] match) {
        this.candidates = candidates;
        this.match = match;
    }

    static Support of(List<Candidate> candidates, Cosines cosines, int reports) {
        SupportModel model = SupportModel.shipped();
        double[][] probability = probabilities(candidates, cosines, model);
        int[][] match = new int[candidates.size()][];
        for (int i = 0; i < match.length; i++) match[i] = matches(i, candidates, probability, model, reports);
        return new Support(candidates, match);
    }

    /**
     * For every two candidates of different reports close enough to weigh, the model's probability if it says they
     * state the same claim; else 0.
     */
    private static double[][] probabilities(List<Candidate> candidates, Cosines cosines, SupportModel model) {
        int n = candidates.size();
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            Candidate a = candidates.get(i);
            for (int j = i + 1; j < n; j++) {
                Candidate b = candidates.get(j);
                if (a.article() == b.article() || cosines.of(i, j) < MIN_COSINE) continue;
                p[i][j] = model.sameProbability(a.claim(), b.claim());
                p[j][i] = p[i][j];
            }
        }
        return p;
    }

    /** For each report, the index of its sentence most likely to state candidate i if it does, or -1; i for its own. */
    private static int[] matches(int i, List<Candidate> candidates, double[][] probability, SupportModel model,
                                 int reports) {
        int own = candidates.get(i).article();
        int[] match = new int[reports];
        Arrays.fill(match, -1);
        match[own] = i;
        double[] best = new double[reports];
        for (int j = 0; j < candidates.size(); j++) {
            int report = candidates.get(j).article();
            if (report == own) continue;
            double p = probability[i][j];
            if (p > best[report] && model.same(p)) {
                best[report] = p;
                match[report] = j;
            }
        }
        return match;
    }

    /** Indices of the reports stating candidate i, its own report first. */
    List<Integer> sources(int i) {
        List<Integer> out = new ArrayList<>();
        int own = candidates.get(i).article();
        out.add(own);
        for (int a = 0; a < match[i].length; a++) {
            if (a != own && match[i][a] >= 0) out.add(a);
        }
        return out;
    }

    /** Whether candidates i and j state the same claim. */
    boolean sameClaim(int i, int j) {
        return match[i][candidates.get(j).article()] == j || match[j][candidates.get(i).article()] == i;
    }

    /**
     * Candidate i as a summary sentence with every report that states it, their wordings, and how many independent
     * origins they are.
     *
     * @param originOf the origin of each report of the event, by report id ({@link crosscheck.group.Event#origins})
     */
    SummarySentence sentence(int i, Map<String, Integer> originOf) {
        Candidate own = candidates.get(i);
        List<String> sources = new ArrayList<>();
        List<SummarySentence.Wording> wordings = new ArrayList<>();
        for (int a : sources(i)) {
            Candidate wording = candidates.get(match[i][a]);
            sources.add(wording.articleId());
            wordings.add(new SummarySentence.Wording(wording.articleId(), wording.sentence().text()));
        }
        int origins = (int) sources.stream().map(id -> originOf.getOrDefault(id, -1 - sources.indexOf(id)))
                .distinct().count();
        return new SummarySentence(own.sentence().text(), own.articleId(), sources, wordings, origins);
    }
}
