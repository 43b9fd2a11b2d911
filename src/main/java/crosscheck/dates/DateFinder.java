package crosscheck.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a free text writes, the one set of patterns for every stage: month names and their
 * abbreviations, weekdays, numeric dates ("2024-03-26", "26.03.2024", "3/26/24"), written ones ("March 26,
 * 2024", "26th of March 2024", "Oct. 7"), years, clock times and "2 days ago". Each user asks for what it needs:
 * every date with its place ({@link #all}), the first one ({@link #first}), a machine-written value ({@link #parse}),
 * the days a sentence names with or without a year ({@link #days}), the years ({@link #years}), and whether a word
 * is a month's or a weekday's name ({@link #isCalendarWord}).
 */
public final class DateFinder {
    /** A calendar date found in a text, and where. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** A day of a month a text names ("October 7", "7 Oct. 2023": a year written after it is part of it), and where. */
    public record Day(Month month, int day, int start, int end) {
        /** Its common form, "October 7", whatever way the text wrote it. */
        public String name() {
            return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day;
        }
    }

    /** The ways a full date is written. */
    public enum Form {
        /** Year first: "2024-03-26", "2024/03/26". */
        ISO,
        /** Day first, with dots: "26.03.2024". */
        DOTTED,
        /** Month first, with slashes, a year of two or four digits: "03/26/2024", "3/26/24" (and "26/03/2024"). */
        SLASHED,
        /** "March 26, 2024", "MAR 26 2024", "Mar. 26th, 2024". */
        MONTH_DAY_YEAR,
        /** "26 March 2024", "26th of March, 2024", "26. Mar 2024". */
        DAY_MONTH_YEAR;

        /** Every form. */
        public static final Set<Form> ALL = Collections.unmodifiableSet(EnumSet.allOf(Form.class));
    }

    /**
     * A month's name, or its abbreviation (its first three letters, or "Sept") with or without a dot: "Jan.", "Sept.",
     * "May." as pages write it. Group 1.
     */
    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May\\.?"
            + "|Jun(?:e|\\.)?|Jul(?:y|\\.)?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?"
            + "|Dec(?:ember|\\.)?)";
    private static final String WEEKDAY = "(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs|rsday)?|Fri(?:day)?"
            + "|Sat(?:urday)?|Sun(?:day)?)";
    /** A day of the month, perhaps ordinal ("7th"). */
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    /** The year that may follow a written day: ", 2024", " 2024". */
    private static final String YEAR_AFTER = "(?:(?:\\s*,)?\\s+(\\d{4})\\b)?";
    private static final String MONTH_DAY = "\\b" + MONTH + "\\s+" + DAY + "\\b" + YEAR_AFTER;
    private static final String DAY_MONTH = "\\b" + DAY + "\\.?\\s+(?:of\\s+)?" + MONTH + "(?!\\p{L})" + YEAR_AFTER;

    private static final Pattern MONTH_DAY_ANY_CASE = Pattern.compile(MONTH_DAY, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_ANY_CASE = Pattern.compile(DAY_MONTH, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_CAPITALISED = Pattern.compile(MONTH_DAY);
    private static final Pattern DAY_MONTH_CAPITALISED = Pattern.compile(DAY_MONTH);
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    /** A year: 1800-2099 standing alone, not part of a figure such as "2,013", "2013.5" or "$2013". */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,$€£])(1[89]\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d)");
    private static final Pattern AGO = Pattern.compile(
            "(?i)\\b\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago\\b");
    /** Hours and minutes: "23:47", "3:15". */
    private static final String TIME = "\\b\\d{1,2}:\\d{2}";
    private static final Pattern CLOCK = Pattern.compile(TIME + "\\b");
    private static final Pattern CLOCK_AM_PM = Pattern.compile("(?i)" + TIME + "\\s*[ap]\\.?m\\b");
    private static final Pattern CALENDAR_WORD = Pattern.compile("(?i)(?:" + WEEKDAY + "|" + MONTH + ")[.,:]?");

    /** How every month's name begins, capitalised. */
    private static final String[] MONTH_STARTS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private DateFinder() {
    }

    /**
     * Every date the text writes in one of the forms, month names in any case (a page's "MAR 26, 2024"), of any year:
     * form by form in the order of {@link Form}, each form's in the order they come.
     */
    public static List<Found> all(String text, Set<Form> forms) {
        List<Found> out = new ArrayList<>();
        if (text == null || !hasDigit(text)) return out;
        boolean fourDigits = hasFourDigits(text); // a year: every form but SLASHED wants one
        boolean names = fourDigits && namesMonth(text, false);
        for (Form form : Form.values()) {
            if (!forms.contains(form)) continue;
            switch (form) {
                case ISO -> {
                    if (fourDigits && (text.indexOf('-') >= 0 || text.indexOf('/') >= 0)) {
                        numeric(ISO, text, 1, 2, 3, false, out);
                    }
                }
                case DOTTED -> {
                    if (fourDigits && text.indexOf('.') >= 0) numeric(DOTTED, text, 3, 2, 1, false, out);
                }
                case SLASHED -> {
                    if (text.indexOf('/') >= 0) numeric(SLASHED, text, 3, 1, 2, true, out);
                }
                case MONTH_DAY_YEAR -> {
                    if (names) written(MONTH_DAY_ANY_CASE, text, 1, 2, out);
                }
                case DAY_MONTH_YEAR -> {
                    if (names) written(DAY_MONTH_ANY_CASE, text, 2, 1, out);
                }
            }
        }
        return out;
    }

    /** The first date the text writes in one of the forms (see {@link #all}) whose year passes the test. */
    public static Optional<Found> first(String text, Set<Form> forms, IntPredicate year) {
        return all(text, forms).stream().filter(f -> year.test(f.date().getYear()))
                .min(Comparator.comparingInt(Found::start));
    }

    /** Whether a year may be a page's own date's: 1900 to 2100. */
    public static boolean isPageYear(int year) {
        return year >= 1900 && year <= 2100;
    }

    /**
     * A date from a machine-readable value ("2024-03-26T09:12:00Z", "20240326", or any form {@link #all} knows), of a
     * year 1900 to 2100 ({@link #isPageYear}); null if none.
     */
    public static LocalDate parse(String value) {
        if (value == null) return null;
        String v = value.strip();
        if (v.matches("\\d{8}(?:\\D.*)?")) {
            LocalDate d = date(v.substring(0, 4), v.substring(4, 6), v.substring(6, 8), false);
            if (d != null && isPageYear(d.getYear())) return d;
        }
        return first(v, Form.ALL, DateFinder::isPageYear).map(Found::date).orElse(null);
    }

    /**
     * The days of months a sentence names, with a year or without ("October 7", "Oct. 7th", "7 October 2023"), in
     * order. Month names count only capitalised, as prose writes them: in a sentence "may" and "march" are verbs.
     * Where a day-month reading overlaps a month-day one ("5 March 6, 2024"), the month-day one stands. A day is 1 to
     * 31, whatever the month.
     */
    public static List<Day> days(String sentence) {
        if (!hasDigit(sentence) || !namesMonth(sentence, true)) return List.of();
        List<Day> out = new ArrayList<>();
        BitSet taken = new BitSet(); // the characters of the days found: a later reading may not overlap them
        Matcher m = MONTH_DAY_CAPITALISED.matcher(sentence);
        while (m.find()) addDay(out, taken, m.group(1), m.group(2), m.start(), m.end());
        Matcher d = DAY_MONTH_CAPITALISED.matcher(sentence);
        while (d.find()) addDay(out, taken, d.group(2), d.group(1), d.start(), d.end());
        out.sort(Comparator.comparingInt(Day::start));
        return out;
    }

    /** The years (1800 to 2099) a text mentions, in order: standing alone, not in a figure ("2,013", "$2013"). */
    public static List<Integer> years(String text) {
        List<Integer> out = new ArrayList<>();
        if (!hasFourDigits(text)) return out;
        Matcher m = YEAR.matcher(text);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    /** Whether the text says how long ago something was: "2 days ago", "5 mins ago". */
    public static boolean saysHowLongAgo(String text) {
        return AGO.matcher(text).find();
    }

    /** Whether the text has a time of day: "23:47", "9:05". */
    public static boolean hasClockTime(String text) {
        return CLOCK.matcher(text).find();
    }

    /** Whether the text has a time of day with a.m. or p.m.: "3:15 pm", "9:05a.m". */
    public static boolean hasAmPmTime(String text) {
        return CLOCK_AM_PM.matcher(text).find();
    }

    /**
     * Whether a word is a month's or a weekday's name or abbreviation, in any case, perhaps followed by ".", "," or
     * ":" ("Mon,", "MARCH", "Sept.:").
     */
    public static boolean isCalendarWord(String word) {
        return CALENDAR_WORD.matcher(word).matches();
    }

    private static void numeric(Pattern pattern, String text, int y, int m, int d, boolean usOrder, List<Found> out) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            LocalDate date = date(matcher.group(y), matcher.group(m), matcher.group(d), usOrder);
            if (date != null) out.add(new Found(date, matcher.start(), matcher.end()));
        }
    }

    /** The written dates with a year: a match without one is a day ({@link #days}), no date. */
    private static void written(Pattern pattern, String text, int m, int d, List<Found> out) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.group(3) == null) continue;
            LocalDate date = date(matcher.group(3), matcher.group(m), matcher.group(d), false);
            if (date != null) out.add(new Found(date, matcher.start(), matcher.end()));
        }
    }

    private static void addDay(List<Day> out, BitSet taken, String month, String day, int start, int end) {
        int n = Integer.parseInt(day);
        if (n < 1 || n > 31) return;
        int overlap = taken.nextSetBit(start);
        if (overlap >= 0 && overlap < end) return;
        taken.set(start, end);
        out.add(new Day(Month.of(monthNumber(month)), n, start, end));
    }

    /** The date, a two-digit year read as 1970-2069; null if there is none such ("31.02.2024"). */
    private static LocalDate date(String year, String month, String day, boolean usOrder) {
        try {
            int y = Integer.parseInt(year);
            if (year.length() == 2) y += y < 70 ? 2000 : 1900;
            int mo = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : monthNumber(month);
            int d = Integer.parseInt(day);
            if (usOrder && mo > 12 && d <= 12) {
                int swap = mo;
                mo = d;
                d = swap;
            }
            return LocalDate.of(y, mo, d);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String name) {
        for (int i = 0; i < MONTH_STARTS.length; i++) {
            if (name.regionMatches(true, 0, MONTH_STARTS[i], 0, 3)) return i + 1;
        }
        return 0;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length() && run < 4; i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
        }
        return run == 4;
    }

    /** Whether the text may name a month: it has the first three letters of one, capitalised or in any ASCII case. */
    private static boolean namesMonth(String text, boolean capitalised) {
        if (capitalised) {
            for (String month : MONTH_STARTS) {
                if (text.contains(month)) return true;
            }
            return false;
        }
        for (int i = 0; i + 3 <= text.length(); i++) {
            for (String m : MONTH_STARTS) {
                if ((text.charAt(i) | 0x20) == (m.charAt(0) | 0x20) && (text.charAt(i + 1) | 0x20) == m.charAt(1)
                        && (text.charAt(i + 2) | 0x20) == m.charAt(2)) {
                    return true;
                }
            }
        }
        return false;
    }
}
