package crosscheck.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates written in the usual ways news pages write them. */
final class Dates {
    /** A date found in a text, and where. */
    record Found(LocalDate date, int start, int end) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** The first date in the text. */
    static Optional<Found> find(String text) {
        if (text == null || !hasDigit(text)) return Optional.empty();
        Found best = null;
        best = earliest(best, ISO, text, 1, 2, 3, false);
        best = earliest(best, DOTTED, text, 3, 2, 1, false);
        best = earliest(best, SLASHED, text, 3, 1, 2, true);
        best = earliest(best, MONTH_DAY_YEAR, text, 3, 1, 2, false);
        best = earliest(best, DAY_MONTH_YEAR, text, 3, 2, 1, false);
        return Optional.ofNullable(best);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /** A date from a machine-readable value ("2024-03-26T09:12:00Z", "20240326", or any form {@link #find} knows). */
    static LocalDate parse(String value) {
        if (value == null) return null;
        String v = value.strip();
        if (v.matches("\\d{8}(?:\\D.*)?")) {
            LocalDate d = date(v.substring(0, 4), v.substring(4, 6), v.substring(6, 8), false);
            if (d != null) return d;
        }
        return find(v).map(Found::date).orElse(null);
    }

    private static Found earliest(Found best, Pattern pattern, String text, int y, int m, int d, boolean usOrder) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (best != null && matcher.start() >= best.start()) return best;
            LocalDate date = date(matcher.group(y), matcher.group(m), matcher.group(d), usOrder);
            if (date != null) return new Found(date, matcher.start(), matcher.end());
        }
        return best;
    }

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
            if (y < 1900 || y > 2100) return null;
            return LocalDate.of(y, mo, d);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) if (m.startsWith(months[i])) return i + 1;
        return 0;
    }
}
