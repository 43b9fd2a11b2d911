package crosscheck.digest;

import crosscheck.digest.Digester.Candidate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Greedy selection of summary sentences by concept coverage (after Gillick and Favre's concept model for
 * multi-document summaries): concepts are the stems and stem bigrams of a sentence, each worth the number of
 * reports that use it when more than one does. Each step takes the sentence that adds the most uncovered
 * concept weight per square root of its length, plus its salience, among those that fit the word budget
 * and repeat no chosen sentence.
 */
final class Coverage {
    /** Weight of salience against the concept gain. */
    static final double SALIENCE = 10;

    private Coverage() {
    }

    /** Indices of the chosen candidates, in the order chosen. */
    static List<Integer> select(List<Candidate> candidates, double[] salience, Support support, int reports,
                                int wordBudget) {
        List<Set<String>> concepts = new ArrayList<>();
        Map<String, Set<Integer>> usedBy = new HashMap<>();
        for (Candidate candidate : candidates) {
            Set<String> set = concepts(candidate.sentence().stems());
            concepts.add(set);
            for (String concept : set) usedBy.computeIfAbsent(concept, c -> new HashSet<>()).add(candidate.article());
        }
        Set<String> covered = new HashSet<>();
        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        while (true) {
            int best = -1;
            double bestGain = 0;
            for (int i = 0; i < candidates.size(); i++) {
                if (salience[i] <= 0 || chosen.contains(i)) continue;
                int length = candidates.get(i).sentence().words();
                if (words + length > wordBudget || repeatsChosen(candidates, chosen, i, support)) continue;
                double weight = 0;
                for (String concept : concepts.get(i)) {
                    int users = usedBy.get(concept).size();
                    if (!covered.contains(concept) && (users > 1 || reports == 1)) weight += users;
                }
                double gain = weight / Math.sqrt(length) + SALIENCE * salience[i];
                if (gain > bestGain) {
                    best = i;
                    bestGain = gain;
                }
            }
            if (best < 0) return chosen;
            chosen.add(best);
            words += candidates.get(best).sentence().words();
            covered.addAll(concepts.get(best));
        }
    }

    private static Set<String> concepts(List<String> stems) {
        Set<String> set = new LinkedHashSet<>(stems);
        for (int k = 0; k + 1 < stems.size(); k++) set.add(stems.get(k) + " " + stems.get(k + 1));
        return set;
    }

    private static boolean repeatsChosen(List<Candidate> candidates, List<Integer> chosen, int i, Support support) {
        for (int j : chosen) {
            if (candidates.get(i).vector().cosine(candidates.get(j).vector()) >= Digester.REDUNDANT) return true;
            if (support.sameClaim(i, j)) return true;
        }
        return false;
    }
}
