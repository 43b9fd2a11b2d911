package crosscheck.digest.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which reports state each candidate sentence: for every other report, its sentence closest to the
 * candidate, if the two state the same claim ({@link Claims#same}).
 */
final class Support {
    private final List<Candidate> candidates;
    /** For candidate i and report a: the index of a's sentence stating the same thing, or -1. */
    private final int[][] match;

    private Support(List<Candidate> candidates, int[][] match) {
        this.candidates = candidates;
        this.match = match;
    }

    /** Names found in this share of an event's sentences are its main actors, no evidence of a shared claim. */
    static final double COMMON_NAME_SHARE = 0.15;

    static Support of(List<Candidate> candidates, Cosines cosines, int reports) {
        Set<String> common = Claims.commonNames(candidates.stream().map(Candidate::anchors).toList(),
                COMMON_NAME_SHARE);
        int[][] match = new int[candidates.size()][];
        for (int i = 0; i < match.length; i++) match[i] = matches(i, candidates, cosines, common, reports);
        return new Support(candidates, match);
    }

    /** For each report, the index of its sentence closest to candidate i that states the same, or -1; i for its own. */
    private static int[] matches(int i, List<Candidate> candidates, Cosines cosines, Set<String> common, int reports) {
        Candidate a = candidates.get(i);
        int[] match = new int[reports];
        Arrays.fill(match, -1);
        match[a.article()] = i;
        double[] best = new double[reports];
        for (int j = 0; j < candidates.size(); j++) {
            Candidate b = candidates.get(j);
            if (a.article() == b.article()) continue;
            double cosine = cosines.of(i, j);
            if (cosine > best[b.article()] && Claims.same(cosine, a.anchors(), b.anchors(), common)) {
                best[b.article()] = cosine;
                match[b.article()] = j;
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

    /** Candidate i as a summary sentence with every report that states it and their wordings. */
    SummarySentence sentence(int i) {
        Candidate own = candidates.get(i);
        List<String> sources = new ArrayList<>();
        List<SummarySentence.Wording> wordings = new ArrayList<>();
        for (int a : sources(i)) {
            Candidate wording = candidates.get(match[i][a]);
            sources.add(wording.articleId());
            wordings.add(new SummarySentence.Wording(wording.articleId(), wording.sentence().text()));
        }
        return new SummarySentence(own.sentence().text(), own.articleId(), sources, wordings);
    }
}
