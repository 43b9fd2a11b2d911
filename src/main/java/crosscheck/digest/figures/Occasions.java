package crosscheck.digest.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days a sentence names ("October 7", "Oct. 7", "October 7th", "7 October", "March 24, 2024"): the occasion a
 * figure belongs to, written the same way whatever way the report wrote it ("October 7").
 */
final class Occasions {
    /** A day named in a sentence, where it is, and its common form "Month D". */
    record Date(String day, int start, int end) {
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
            + "(?![\\p{L}])(?:,?\\s+\\d{4}\\b)?");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:[Ii]n|[Dd]uring|[Oo]f)\\s+((?:19|20)\\d\\d)\\b(?!,?\\d)");
    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "January"), Map.entry("feb", "February"), Map.entry("mar", "March"),
            Map.entry("apr", "April"), Map.entry("may", "May"), Map.entry("jun", "June"), Map.entry("jul", "July"),
            Map.entry("aug", "August"), Map.entry("sep", "September"), Map.entry("oct", "October"),
            Map.entry("nov", "November"), Map.entry("dec", "December"));

    /** How every month's name begins. */
    private static final List<String> MONTH_STARTS = MONTHS.values().stream().map(m -> m.substring(0, 3)).toList();

    private Occasions() {
    }

    /** The days a sentence names, in order. */
    static List<Date> in(String sentence) {
        if (!mayNameDay(sentence)) return List.of();
        List<Date> out = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(sentence);
        while (m.find()) add(out, m.group(1), m.group(2), m.start(), m.end());
        Matcher d = DAY_MONTH.matcher(sentence);
        while (d.find()) add(out, d.group(2), d.group(1), d.start(), d.end());
        out.sort(java.util.Comparator.comparingInt(Date::start));
        return out;
    }

    /**
     * The day named closest to a position of the sentence; else the year a sentence sets its count in ("In
     * 2014, a 50-day war killed ..."); else null. A year after "since" starts a running count: no occasion.
     *
     * @param days the days the sentence names ({@link #in})
     */
    static String nearest(String sentence, List<Date> days, int position) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (Date date : days) {
            int d = position < date.start() ? date.start() - position : Math.max(0, position - date.end());
            if (d < distance) {
                distance = d;
                best = date.day();
            }
        }
        if (best != null) return best;
        Matcher year = IN_YEAR.matcher(sentence);
        return year.find() ? year.group(1) : null;
    }

    /** Whether a sentence may name a day: both patterns want a digit and a month, whose names begin "Jan" to "Dec". */
    private static boolean mayNameDay(String sentence) {
        if (!Quantities.hasDigit(sentence)) return false;
        for (String month : MONTH_STARTS) {
            if (sentence.contains(month)) return true;
        }
        return false;
    }

    private static void add(List<Date> out, String month, String day, int start, int end) {
        int n = Integer.parseInt(day);
        if (n < 1 || n > 31) return;
        String name = MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
        for (Date date : out) {
            if (start < date.end() && date.start() < end) return;
        }
        out.add(new Date(name + " " + n, start, end));
    }
}
