package crosscheck.digest.summary;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.analyse.TermVector;
import crosscheck.analyse.TfIdf;
import crosscheck.clean.language.SentenceLanguage;
import crosscheck.digest.wording.SentenceQuality;
import crosscheck.group.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The summary of an event, extractive: sentences of the reports, word for word, that can stand alone, scored for
 * {@link Salience} (centrality, support across reports, place in the report, headline words) and chosen by
 * {@link Coverage} of the concepts the reports share, never repeating a chosen sentence, within a word budget; then
 * put in the order the reports tell the story. Each summary sentence lists every report that states it
 * ({@link Support}), with that report's wording, and every report that contradicts it ({@link Contradictions}).
 */
public final class Summarizer {
    private Summarizer() {
    }

    /**
     * @param wordBudget most words of the summary
     */
    public static List<SummarySentence> summary(Event event, int wordBudget) {
        return summary(event, wordBudget, null);
    }

    /**
     * @param wordBudget most words of the summary
     * @param language   the site's language (a primary subtag, "en"): sentences of a report in another language, or
     *                   plainly written in another ({@link SentenceLanguage}), never enter the summary; null for any
     */
    public static List<SummarySentence> summary(Event event, int wordBudget, String language) {
        Pool pool = candidates(event, language);
        List<Candidate> candidates = pool.candidates();
        if (candidates.isEmpty()) return List.of();
        // the words the candidates write in lower case: a word capitalised elsewhere is then no name
        Set<String> lowerCase = SentenceQuality.lowerCaseWords(candidates.stream().map(c -> c.sentence().text())
                .toList());
        int reports = event.reports().size();
        int terms = pool.terms().size();
        Cosines cosines = Cosines.of(candidates.stream().map(Candidate::vector).toList(), terms);
        Support support = Support.of(candidates, cosines, reports);
        double[] salience = Salience.of(event, candidates, support, pool.terms(), lowerCase);
        List<Integer> chosen = new ArrayList<>(Coverage.select(candidates, salience, support, cosines,
                Concepts.of(candidates, terms, reports), wordBudget));
        chosen.sort(Comparator.comparingDouble((Integer i) -> candidates.get(i).position())
                .thenComparingInt(i -> candidates.get(i).article()).thenComparingInt(i -> i));
        Map<String, Integer> originOf = event.originOf();
        Contradictions contradictions = Contradictions.of(candidates, cosines);
        return chosen.stream().map(i -> contradictions.of(support.sentence(i, originOf), i)).toList();
    }

    /**
     * Every sentence of the event's reports in the site's language, with its TF-IDF vector over those sentences.
     */
    private static Pool candidates(Event event, String language) {
        List<AnalysedReport> articles = event.reports();
        List<Sentence> all = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            String own = articles.get(a).primaryLanguage();
            if (language != null && own != null && !own.equals(language)) continue;
            for (Sentence sentence : articles.get(a).sentences()) {
                if (!candidate(sentence) || SentenceLanguage.foreign(sentence.text(), language)) continue;
                all.add(sentence);
                owner.add(a);
            }
        }
        TfIdf terms = TfIdf.of(all.stream().map(Sentence::stems).toList());
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Sentence sentence = all.get(i);
            int[] stems = terms.numbers(sentence.stems());
            TermVector vector = terms.vector(stems);
            AnalysedReport article = articles.get(owner.get(i));
            double position = article.sentences().size() <= 1 ? 0
                    : (double) sentence.index() / (article.sentences().size() - 1);
            out.add(new Candidate(owner.get(i), article.id(), sentence, sentence.words(), stems, vector,
                    ClaimText.of(sentence.text(), stems, terms.size()), position));
        }
        return new Pool(out, terms);
    }

    /** Whether a sentence may go into the summary: a sentence of the text with words to index. */
    private static boolean candidate(Sentence sentence) {
        return !sentence.heading() && !sentence.stems().isEmpty();
    }

    /** The event's candidate sentences, in report order, and the numbering of their stems. */
    private record Pool(List<Candidate> candidates, TfIdf terms) {
    }
}
