package crosscheck.digest.figures;

import crosscheck.dates.DateFinder;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The occasion a figure belongs to: the day its sentence names nearest to it ("October 7", "Oct. 7", "7 October",
 * "March 24, 2024": {@link DateFinder#days}), written the same way whatever way the report wrote it ("October 7"),
 * else the month or year the sentence sets it in ("February", "December 2003", "2014").
 */
final class Occasions {
    /** "In 2014", "during 2014", "of 2014": the year a sentence sets its count in. */
    private static final Pattern IN_YEAR = Pattern.compile(
            "\\b(?:[Ii]n|[Dd]uring|[Oo]f)\\s+((?:19|20)\\d\\d)\\b(?!,?\\d)");

    /** "In February", "during March 2003", "last September": the month a sentence sets its count in. */
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:[Ii]n|[Dd]uring|[Ll]ast|[Oo]f)\\s+((?:January|February|"
            + "March|April|May|June|July|August|September|October|November|December)(?:\\s+(?:19|20)\\d\\d)?)\\b"
            + "(?!,?\\s?\\d)");

    private Occasions() {
    }

    /**
     * The day named closest to a position of the sentence; else the month a sentence sets its count in ("In
     * February, a gunman killed five", "in December 2003"); else the year ("In 2014, a 50-day war killed ...");
     * else null. A month or year after "since" starts a running count: no occasion.
     *
     * @param days the days the sentence names ({@link DateFinder#days})
     */
    static String nearest(String sentence, List<DateFinder.Day> days, int position) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (DateFinder.Day date : days) {
            int d = position < date.start() ? date.start() - position : Math.max(0, position - date.end());
            if (d < distance) {
                distance = d;
                best = date.name();
            }
        }
        if (best != null) return best;
        Matcher month = IN_MONTH.matcher(sentence);
        if (month.find()) return month.group(1);
        Matcher year = IN_YEAR.matcher(sentence);
        return year.find() ? year.group(1) : null;
    }
}
