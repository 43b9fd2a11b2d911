package crosscheck.digest;

import crosscheck.group.Event;
import crosscheck.ingest.KnownEntities;
import crosscheck.text.AnalyzedArticle;
import crosscheck.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    private final Settings settings;

    /**
     * Everything a digest depends on besides its event, as one value: the report cache reuses an unchanged event's
     * digest only while the settings are equal, so whatever configures a digester belongs here.
     *
     * @param summaryWords most words of a summary
     * @param known        the curator's list of people, places and organisations
     */
    public record Settings(int summaryWords, KnownEntities known) {
        public Settings {
            if (summaryWords <= 0) throw new IllegalArgumentException("word budget must be positive");
            Objects.requireNonNull(known, "known");
        }

        /** Settings with no curated list of people and places. */
        public Settings(int summaryWords) {
            this(summaryWords, KnownEntities.none());
        }
    }

    /** A digester with no curated list of people and places. */
    public Digester(int wordBudget) {
        this(new Settings(wordBudget));
    }

    public Digester(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Settings settings() {
        return settings;
    }

    public Digest digest(Event event) {
        Pool pool = candidates(event);
        // the words the candidates write in lower case, and then those every sentence does
        Set<String> lowerCase = SentenceQuality.lowerCaseWords(pool.candidates().stream()
                .map(c -> c.sentence().text()).toList());
        Set<String> everyLowerCase = new HashSet<>(lowerCase);
        for (AnalyzedArticle article : event.articles()) {
            for (Sentence sentence : article.sentences()) {
                if (!candidate(sentence)) WordCase.addLowerCaseWords(sentence.text(), everyLowerCase);
            }
        }
        return new Digest(event, summary(event, pool, lowerCase), Figures.of(event), Quotes.of(event, everyLowerCase),
                Entities.of(event, settings.known()));
    }

    /** @param lowerCase the words the candidates write in lower case */
    private List<SummarySentence> summary(Event event, Pool pool, Set<String> lowerCase) {
        List<Candidate> candidates = pool.candidates();
        if (candidates.isEmpty()) return List.of();
        int reports = event.articles().size();
        int terms = pool.terms().size();
        Cosines cosines = Cosines.of(candidates.stream().map(Candidate::vector).toList(), terms);
        Support support = Support.of(candidates, cosines, reports);
        double[] salience = Salience.of(event, candidates, support, pool.terms(), lowerCase);
        List<Integer> chosen = new ArrayList<>(Coverage.select(candidates, salience, support, cosines,
                Concepts.of(candidates, terms, reports), settings.summaryWords()));
        chosen.sort(Comparator.comparingDouble((Integer i) -> candidates.get(i).position())
                .thenComparingInt(i -> candidates.get(i).article()).thenComparingInt(i -> i));
        return chosen.stream().map(support::sentence).toList();
    }

    /** Every sentence of the event's reports, with its TF-IDF vector over the event's sentences. */
    private static Pool candidates(Event event) {
        List<AnalyzedArticle> articles = event.articles();
        List<Sentence> all = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (Sentence sentence : articles.get(a).sentences()) {
                if (!candidate(sentence)) continue;
                all.add(sentence);
                owner.add(a);
            }
        }
        TermIndex terms = TermIndex.of(all.stream().map(Sentence::stems).toList());
        int[][] stems = new int[all.size()][];
        for (int i = 0; i < stems.length; i++) stems[i] = terms.numbers(all.get(i).stems());
        IndexedVector[] vectors = terms.tfIdf(stems);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Sentence sentence = all.get(i);
            AnalyzedArticle article = articles.get(owner.get(i));
            double position = article.sentences().size() <= 1 ? 0
                    : (double) sentence.index() / (article.sentences().size() - 1);
            out.add(new Candidate(owner.get(i), article.id(), sentence, sentence.words(), stems[i], vectors[i],
                    Claims.anchors(sentence.text()), position));
        }
        return new Pool(out, terms);
    }

    /** Whether a sentence may go into the summary: a sentence of the text with words to index. */
    private static boolean candidate(Sentence sentence) {
        return !sentence.heading() && !sentence.stems().isEmpty();
    }

    /** The event's candidate sentences, in report order, and the numbering of their stems. */
    private record Pool(List<Candidate> candidates, TermIndex terms) {
    }

    /**
     * A sentence of the event that may go into the summary.
     *
     * @param article  index of its report in the event
     * @param words    its length in words
     * @param stems    its stems, as numbered in the event's {@link TermIndex}
     * @param vector   its TF-IDF vector over the event's sentences
     * @param position where it stands in its report, from 0 (first) to 1 (last)
     */
    record Candidate(int article, String articleId, Sentence sentence, int words, int[] stems, IndexedVector vector,
                     Claims.Anchors anchors, double position) {
    }
}
