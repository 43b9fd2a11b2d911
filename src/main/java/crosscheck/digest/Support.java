package crosscheck.digest;

import crosscheck.digest.Digester.Candidate;
import java.util.ArrayList;
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

    static Support of(List<Candidate> candidates, int reports) {
        int n = candidates.size();
        Set<String> common = Claims.commonNames(candidates.stream().map(Candidate::anchors).toList(),
                COMMON_NAME_SHARE);
        int[][] match = new int[n][reports];
        double[][] best = new double[n][reports];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(match[i], -1);
            match[i][candidates.get(i).article()] = i;
        }
        for (int i = 0; i < n; i++) {
            Candidate a = candidates.get(i);
            for (int j = 0; j < n; j++) {
                Candidate b = candidates.get(j);
                if (a.article() == b.article()) continue;
                double cosine = a.vector().cosine(b.vector());
                if (cosine > best[i][b.article()] && Claims.same(cosine, a.anchors(), b.anchors(), common)) {
                    best[i][b.article()] = cosine;
                    match[i][b.article()] = j;
                }
            }
        }
        return new Support(candidates, match);
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
