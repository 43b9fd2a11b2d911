package crosscheck.digest;

import crosscheck.group.Event;
import crosscheck.ingest.KnownEntities;
import crosscheck.text.AnalyzedArticle;
import crosscheck.text.Sentence;
import crosscheck.text.TermVector;
import crosscheck.text.TfIdf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The digest stage: merges an event's reports into a {@link Digest}. The summary is extractive: sentences
 * of the reports, word for word, that can stand alone, scored for {@link Salience} (centrality, support
 * across reports, place in the report, headline words) and chosen by {@link Coverage} of the concepts the
 * reports share, never repeating a chosen sentence, within a word budget; then put in the order the reports
 * tell the story. Each summary sentence lists every report that states it, with that report's wording.
 * Beside the summary: the figures the reports give ({@link Figures}), their quotations ({@link Quotes}) and
 * the people and places they name ({@link Entities}).
 */
public final class Digester {
    /** Cosine above which a candidate repeats a sentence already in the summary. */
    static final double REDUNDANT = 0.4;

    private final int wordBudget;
    private final KnownEntities known;

    /** A digester with no curated list of people and places. */
    public Digester(int wordBudget) {
        this(wordBudget, KnownEntities.none());
    }

    /**
     * @param wordBudget most words of a summary
     * @param known      the curator's list of people, places and organisations
     */
    public Digester(int wordBudget, KnownEntities known) {
        if (wordBudget <= 0) throw new IllegalArgumentException("word budget must be positive");
        this.wordBudget = wordBudget;
        this.known = Objects.requireNonNull(known, "known");
    }

    public Digest digest(Event event) {
        return new Digest(event, summary(event), Figures.of(event), Quotes.of(event), Entities.of(event, known));
    }

    private List<SummarySentence> summary(Event event) {
        List<Candidate> candidates = candidates(event);
        if (candidates.isEmpty()) return List.of();
        Support support = Support.of(candidates, event.articles().size());
        double[] salience = Salience.of(event, candidates, support);
        List<Integer> chosen = new ArrayList<>(
                Coverage.select(candidates, salience, support, event.articles().size(), wordBudget));
        chosen.sort(Comparator.comparingDouble((Integer i) -> candidates.get(i).position())
                .thenComparingInt(i -> candidates.get(i).article()).thenComparingInt(i -> i));
        return chosen.stream().map(support::sentence).toList();
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
