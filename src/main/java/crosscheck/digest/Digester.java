package crosscheck.digest;

import crosscheck.group.Event;
import crosscheck.text.AnalyzedArticle;
import crosscheck.text.Sentence;
import crosscheck.text.TermVector;
import crosscheck.text.TfIdf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The digest stage: merges an event's reports into a {@link Digest}. The summary is extractive: sentences
 * of the reports, word for word, chosen for centrality (LexRank over TF-IDF cosine) weighted by how many
 * reports state the same thing, skipping any that repeats a chosen one, within a word budget, and put
 * in the order the reports tell the story. Each summary sentence lists every report that states it.
 */
public final class Digester {
    /** Cosine above which a candidate repeats a sentence already in the summary. */
    static final double REDUNDANT = 0.4;
    /** How much each further supporting report adds to a sentence's score. */
    private static final double SUPPORT_WEIGHT = 0.5;

    private final int wordBudget;

    public Digester(int wordBudget) {
        if (wordBudget <= 0) throw new IllegalArgumentException("word budget must be positive");
        this.wordBudget = wordBudget;
    }

    public Digest digest(Event event) {
        List<Candidate> candidates = candidates(event);
        if (candidates.isEmpty()) return new Digest(event, List.of());
        double[] centrality = LexRank.scores(candidates.stream().map(Candidate::vector).toList());
        Support support = Support.of(candidates, event.articles().size());
        Set<String> lowerCaseWords = SentenceQuality.lowerCaseWords(
                candidates.stream().map(c -> c.sentence().text()).toList());
        List<Integer> ranked = new ArrayList<>();
        double[] score = new double[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            ranked.add(i);
            if (!SentenceQuality.standsAlone(candidates.get(i).sentence(), lowerCaseWords)) continue;
            score[i] = centrality[i] * (1 + SUPPORT_WEIGHT * (support.sources(i).size() - 1));
        }
        ranked.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        for (int i : ranked) {
            if (score[i] <= 0) break;
            Candidate candidate = candidates.get(i);
            int length = candidate.sentence().words();
            if (words + length > wordBudget) continue;
            if (repeatsChosen(candidates, chosen, i, support)) continue;
            chosen.add(i);
            words += length;
        }
        chosen.sort(Comparator.comparingDouble((Integer i) -> candidates.get(i).position())
                .thenComparingInt(i -> candidates.get(i).article()).thenComparingInt(i -> i));
        return new Digest(event, chosen.stream().map(i -> support.sentence(i)).toList());
    }

    private static boolean repeatsChosen(List<Candidate> candidates, List<Integer> chosen, int i, Support support) {
        for (int j : chosen) {
            if (candidates.get(i).vector().cosine(candidates.get(j).vector()) >= REDUNDANT) return true;
            if (support.sameClaim(i, j)) return true;
        }
        return false;
    }

    /** Every sentence of the event's reports, with its TF-IDF vector over the event's sentences. */
    private static List<Candidate> candidates(Event event) {
        List<AnalyzedArticle> articles = event.articles();
        List<Sentence> all = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (Sentence sentence : articles.get(a).sentences()) {
                if (sentence.heading() || sentence.stems().isEmpty()) continue;
                all.add(sentence);
                owner.add(a);
            }
        }
        TfIdf tfidf = TfIdf.of(all.stream().map(Sentence::stems).toList());
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Sentence sentence = all.get(i);
            AnalyzedArticle article = articles.get(owner.get(i));
            double position = article.sentences().size() <= 1 ? 0
                    : (double) sentence.index() / (article.sentences().size() - 1);
            TermVector vector = tfidf.vector(sentence.stems());
            out.add(new Candidate(owner.get(i), article.id(), sentence, vector, Claims.anchors(sentence.text()),
                    position));
        }
        return out;
    }

    /** A sentence of the event that may go into the summary. */
    record Candidate(int article, String articleId, Sentence sentence, TermVector vector, Claims.Anchors anchors,
                     double position) {
    }
}
