package crosscheck.digest.summary;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.analyse.TermVector;
import crosscheck.analyse.TfIdf;
import crosscheck.digest.wording.SentenceQuality;
import crosscheck.group.Event;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much each sentence deserves a place in the summary: its centrality (cosine with the centroid of all the
 * event's sentences, as in MEAD), raised for every further
 * report that states the same thing, for an early place in its report (news puts the essentials first) and
 * for sharing the words of the reports' headlines. Sentences that cannot stand alone score zero; when no sentence of
 * the event stands alone, those that are whole though they lean on the sentence before ("He said ...") are scored
 * instead, so that an event of such reports still gets a summary.
 */
final class Salience {
    /** How much each further supporting report adds. */
    static final double SUPPORT = 0.5;
    /** How much the first sentence of a report gains over its last, in proportion. */
    static final double LEAD = 2;
    /** How much a sentence gains in proportion to its cosine with the headlines. */
    static final double HEADLINE = 2;

    private Salience() {
    }

    /**
     * @param terms          the numbering of the candidates' stems
     * @param lowerCaseWords the words the candidates write in lower case ({@link SentenceQuality#lowerCaseWords})
     */
    static double[] of(Event event, List<Candidate> candidates, Support support, TfIdf terms,
                       Set<String> lowerCaseWords) {
        double[] centroid = new double[terms.size()];
        TermVector.centroid(candidates.stream().map(Candidate::vector).toList()).spreadInto(centroid);
        double[] headlines = new double[terms.size()];
        headlines(event, terms).spreadInto(headlines);
        double[] score = scores(event, candidates, support, centroid, headlines, lowerCaseWords, true);
        for (double s : score) {
            if (s > 0) return score;
        }
        return scores(event, candidates, support, centroid, headlines, lowerCaseWords, false);
    }

    /**
     * @param alone whether a sentence must stand alone ({@link SentenceQuality#standsAlone}); else it need only be
     *              whole ({@link SentenceQuality#whole}), what an event of no sentence that stands alone falls back on
     */
    private static double[] scores(Event event, List<Candidate> candidates, Support support, double[] centroid,
                                   double[] headlines, Set<String> lowerCaseWords, boolean alone) {
        double[] score = new double[candidates.size()];
        for (int i = 0; i < score.length; i++) {
            Candidate candidate = candidates.get(i);
            if (alone ? !SentenceQuality.standsAlone(candidate.sentence(), candidate.words(), lowerCaseWords)
                    : !SentenceQuality.whole(candidate.sentence(), candidate.words(), lowerCaseWords)) continue;
            List<Sentence> own = event.reports().get(candidate.article()).sentences();
            int next = candidate.sentence().index() + 1;
            if (SentenceQuality.cutOff(candidate.sentence(), next < own.size() ? own.get(next) : null,
                    lowerCaseWords)) continue;
            score[i] = candidate.vector().dot(centroid)
                    * (1 + SUPPORT * (support.sources(i).size() - 1))
                    * (1 + LEAD * (1 - candidate.position()))
                    * (1 + HEADLINE * candidate.vector().dot(headlines));
        }
        return score;
    }

    /** The stems of all the reports' titles, each weighted by how many titles use it. */
    private static TermVector headlines(Event event, TfIdf terms) {
        Map<String, Double> weights = new HashMap<>();
        for (AnalysedReport article : event.reports()) {
            for (String stem : Set.copyOf(article.titleStems())) weights.merge(stem, 1.0, Double::sum);
        }
        return terms.vector(weights);
    }
}
