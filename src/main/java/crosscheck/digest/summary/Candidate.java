package crosscheck.digest.summary;

import crosscheck.analyse.Sentence;
import crosscheck.analyse.TermVector;

/**
 * A sentence of the event that may go into the summary.
 *
 * @param article   index of its report in the event
 * @param articleId its report's id
 * @param words     its length in words
 * @param stems     its stems, as numbered by the TF-IDF of the event's sentences
 * @param vector    its TF-IDF vector over the event's sentences
 * @param claim     what it states, in the forms the support decision compares
 * @param position  where it stands in its report, from 0 (first) to 1 (last)
 */
record Candidate(int article, String articleId, Sentence sentence, int words, int[] stems, TermVector vector,
                 ClaimText claim, double position) {
}
