package crosscheck.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Inverse document frequencies over a collection of documents (each a list of stems), and TF-IDF vectors
 * of documents in it: sublinear term frequency (1 + log tf) times smoothed idf (log((1 + N) / (1 + df)) + 1).
 */
public final class TfIdf {
    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private TfIdf(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    public static TfIdf of(Collection<? extends Collection<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<String> document : documents) {
            for (String term : new HashSet<>(document)) df.merge(term, 1, Integer::sum);
        }
        return new TfIdf(df, documents.size());
    }

    /** The TF-IDF of documents whose document frequencies were counted elsewhere (for instance on all cores). */
    public static TfIdf of(Map<String, Integer> documentFrequency, int documents) {
        return new TfIdf(new HashMap<>(documentFrequency), documents);
    }

    public int documentFrequency(String term) {
        return documentFrequency.getOrDefault(term, 0);
    }

    public double idf(String term) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency(term))) + 1.0;
    }

    /** The TF-IDF vector of a document given as stems. */
    public TermVector vector(List<String> stems) {
        Map<String, Integer> tf = new HashMap<>();
        for (String stem : stems) tf.merge(stem, 1, Integer::sum);
        return vector(tf);
    }

    /** The TF-IDF vector of a document given as term counts. */
    public TermVector vector(Map<String, Integer> counts) {
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((term, n) -> weights.put(term, (1 + Math.log(n)) * idf(term)));
        return TermVector.of(weights);
    }
}
