package crosscheck.digest.when;

import crosscheck.analyse.Sentence;
import crosscheck.core.WordCount;
import crosscheck.dates.ReportedDay;
import crosscheck.dates.ReportedDay.How;
import crosscheck.dates.ReportedDay.Tense;
import java.util.regex.Pattern;

/**
 * A day a report refers to and the text that does: one of its sentences, or a photo caption the cleaner dropped from
 * it.
 *
 * @param day      the day, as {@link crosscheck.dates.ReportedDays} found and resolved it
 * @param text     the sentence or caption, as the report wrote it
 * @param lead     whether the sentence is in the report's lead (its first {@value ReadReport#LEAD} sentences)
 * @param sentence the report's sentence, analysed; null for a caption, which the site does not show
 */
record Said(ReportedDay day, String text, boolean lead, Sentence sentence) {
    /** A sentence of at most this many words that gives only a date is a dateline or a time stamp. */
    private static final int STAMP_WORDS = 10;
    private static final Pattern BORN = Pattern.compile("\\b[Bb]orn\\b");

    /** Whether it is a photo caption rather than a sentence of the report's text. */
    boolean caption() {
        return sentence == null;
    }

    /** A date in a short line with no verb: a dateline or a time stamp, telling when it was written. */
    boolean isStamp() {
        return day.how() == How.EXPLICIT && day.tense() == Tense.UNMARKED && WordCount.of(text) <= STAMP_WORDS;
    }

    /** A date in a sentence that says "born": someone's birthday ("Page was born on April 22, 1923"), background. */
    boolean isBirthday() {
        return day.how() == How.EXPLICIT && BORN.matcher(text).find();
    }
}
