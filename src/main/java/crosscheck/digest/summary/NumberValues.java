package crosscheck.digest.summary;

import crosscheck.digest.wording.Scan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The values of the numbers a sentence states, whether in digits or in words, so that two wordings compare:
 * "four" and "4" are 4, "1,200" is 1200, "2.5 billion" and "$2.5bn" are 2500000000, "twenty-five" is 25. "One"
 * counts unless "one of" (a choice, not a count); "a" and "an" never count.
 */
final class NumberValues {
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("dozen", 12));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
    /** The words of a number written in words, in the order {@link #NUMBER} tries them. */
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "dozen", "hundred", "thousand", "million", "billion", "trillion", "and");
    /** A number in digits, with its scale word if any; or a run of number words. */
    static final Pattern NUMBER = Pattern.compile("(?i)(\\d[\\d,]*(?:\\.\\d+)?)(?:[\\s-]+(hundred|"
            + "thousand|million|billion|trillion)\\b|(bn|mn|m|k)\\b)?|\\b((?:(?:" + String.join("|", NUMBER_WORDS)
            + ")(?:[\\s-]+|\\b))+)");

    private NumberValues() {
    }

    /** A number of a text: its value as a plain decimal ("4", "1200", "2.5") and where it stands. */
    record Mention(String value, int start, int end) {
    }

    /** The numbers of a text, in order. */
    static List<Mention> of(String text) {
        List<Mention> out = new ArrayList<>();
        for (MatchResult m : Scan.matches(NUMBER, text, at -> mayStart(text, at))) {
            BigDecimal value = m.group(1) != null ? digits(m.group(1), scale(m.group(2), m.group(3)))
                    : words(m.group(4).trim(), text.substring(m.end()));
            if (value != null) out.add(new Mention(value.stripTrailingZeros().toPlainString(), m.start(), m.end()));
        }
        return out;
    }

    /**
     * Whether {@link #NUMBER} may match at a position: at a digit, or at a word that is a number word; any other
     * character than ASCII is left to the expression.
     */
    static boolean mayStart(String text, int at) {
        char c = text.charAt(at);
        if (c >= 0x80 || c >= '0' && c <= '9') return true;
        return ClaimWords.asciiWordIn(text, at, NUMBER_WORDS);
    }

    /** The scale word of a number in digits, abbreviations ("bn", "m", "k") written out; or null. */
    private static String scale(String word, String abbreviation) {
        if (word != null || abbreviation == null) return word;
        return switch (abbreviation.toLowerCase(Locale.ROOT)) {
            case "bn" -> "billion";
            case "k" -> "thousand";
            default -> "million";
        };
    }

    /** Whether a text starts with the word "of", after white space. */
    private static boolean startsWithOf(String text) {
        String rest = text.stripLeading().toLowerCase(Locale.ROOT);
        return rest.startsWith("of") && (rest.length() == 2 || !Character.isLetterOrDigit(rest.charAt(2)));
    }

    private static BigDecimal digits(String number, String scale) {
        String plain = number.replace(",", "");
        if (plain.endsWith(".")) plain = plain.substring(0, plain.length() - 1);
        try {
            BigDecimal value = new BigDecimal(plain);
            if (scale == null) return value;
            return value.multiply(BigDecimal.valueOf(SCALES.get(scale.toLowerCase(Locale.ROOT))));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value of a run of number words ("two hundred and fifty"), or null when it states none. */
    private static BigDecimal words(String run, String after) {
        long total = 0;
        long group = 0;
        boolean any = false;
        for (String word : run.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (word.equals("and") || word.isEmpty()) continue;
            Integer small = SMALL.get(word);
            if (small != null) {
                group += small;
                any = true;
            } else if (word.equals("zero")) {
                any = true;
            } else if (word.equals("hundred")) {
                group = Math.max(group, 1) * 100;
                any = true;
            } else if (SCALES.containsKey(word)) {
                total += Math.max(group, 1) * SCALES.get(word);
                group = 0;
                any = true;
            }
        }
        if (!any) return null;
        long value = total + group;
        if (value == 1 && run.equalsIgnoreCase("one") && startsWithOf(after)) return null;
        return BigDecimal.valueOf(value);
    }
}
