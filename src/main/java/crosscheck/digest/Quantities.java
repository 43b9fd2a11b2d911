package crosscheck.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a sentence states, as written ("over 32,000", "almost 1,200", "four", "a million", "thousands
 * of"), each with the range its qualifier implies. Dates, years standing alone, times of day, ages, numbered
 * names ("Resolution 2728", "F-35") and a lone "one" or "a" are not counts and are left out.
 */
final class Quantities {
    /** How a qualifier bounds the number it qualifies. */
    enum Bound { EXACT, AT_LEAST, AT_MOST, ABOUT, VAGUE }

    /**
     * One number of a sentence.
     *
     * @param written  the number with its qualifier as written
     * @param start    where it starts in the sentence
     * @param end      where it ends
     * @param base     the number itself, without its qualifier (the least a vague "thousands" means)
     * @param low      the least the qualified number allows
     * @param high     the most it allows, -1 when open
     * @param bound    the kind of qualifier
     * @param unit     "%" for percentages, a currency sign for money, a time unit for "six-week", else null
     */
    record Quantity(String written, int start, int end, long base, long low, long high, Bound bound, String unit) {
    }

    private static final String UNITS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String SCALES = "hundred|thousand|million|billion|trillion";
    private static final String WORD = "(?:(?:" + TENS + ")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
            + UNITS + "|dozen)\\b";
    private static final String WORD_NUMBER = "(?:(?:a|an|" + WORD.replace("\\b", "") + ")\\b(?:[ -](?:" + WORD
            + "|(?:" + SCALES + ")\\b))*)";
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String VAGUE = "(?:tens|hundreds|thousands|millions|dozens|scores)(?: of (?:thousands|millions))?"
            + "(?= of\\b)";
    private static final String QUALIFIER = "just over|well over|well above|over|more than|at least|almost|nearly|"
            + "about|around|roughly|approximately|some|up to|fewer than|less than|under|at most|close to|"
            + "as many as|upwards of|an estimated|estimated|no fewer than|no less than|below|above|in excess of|"
            + "exactly|just under";
    private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\p{L}\\d\\-.,:$€£/])(?:(" + QUALIFIER
            + ")\\s+)?(US\\$|\\$|€|£)?(" + DIGITS + "(?:\\s+(?:" + SCALES + ")\\b)?|" + VAGUE + "|" + WORD_NUMBER
            + ")(\\s*(?:%|percent\\b|per cent\\b))?");
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)^(?::\\d|\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|"
            + "gmt\\b|utc\\b|o'clock|o’clock|hours? (?:gmt|local)))");
    private static final Pattern UNIT_COMPOUND = Pattern.compile("(?i)^-(minute|hour|day|week|month|year)s?\\b(?!-old)");
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:aged?|ages)\\s+(?:of\\s+)?$");
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)\\b(?:resolution|route|article|chapter|no\\.|number|highway|flight|unit|section|paragraph|page|"
                    + "room|gate|building|block|road|line|bus|vol\\.|p\\.)\\s+$");
    private static final Pattern YEARS_OLD = Pattern.compile("(?i)^\\s+years?[ -]old\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final Map<String, Long> WORD_VALUES = wordValues();

    private Quantities() {
    }

    /**
     * The numbers of a sentence that may be counts, in order.
     *
     * @param countNoun whether a word names something counted: a year-like number before one ("2000 troops")
     *                  is a count, not a year
     */
    static List<Quantity> in(String sentence, Predicate<String> countNoun) {
        boolean[] masked = new boolean[sentence.length()];
        for (Occasions.Date date : Occasions.in(sentence)) mask(masked, date.start(), date.end());
        Matcher d = NUMERIC_DATE.matcher(sentence);
        while (d.find()) mask(masked, d.start(), d.end());
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            if (masked[m.start(3)]) continue;
            Quantity q = quantity(sentence, m, countNoun);
            if (q != null) out.add(q);
        }
        return ranges(sentence, out);
    }

    private static final Pattern RANGE_OPENER = Pattern.compile("(?i)\\b(?:between|from)\\s+$");
    private static final Pattern RANGE_JOINER = Pattern.compile("\\s+(?:and|to)\\s+");

    /** "Between 200 and 300", "from 200 to 300": one quantity, the range the two numbers span. */
    private static List<Quantity> ranges(String sentence, List<Quantity> quantities) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity a = quantities.get(i);
            if (i + 1 < quantities.size()) {
                Quantity b = quantities.get(i + 1);
                String between = sentence.substring(a.end(), b.start());
                Matcher opener = RANGE_OPENER.matcher(sentence.substring(0, a.start()));
                if (RANGE_JOINER.matcher(between).matches() && opener.find() && a.bound() == Bound.EXACT
                        && b.bound() == Bound.EXACT && a.base() < b.base() && java.util.Objects.equals(a.unit(), b.unit())) {
                    out.add(new Quantity(sentence.substring(opener.start(), b.end()), opener.start(), b.end(), a.base(),
                            a.low(), b.high(), Bound.ABOUT, a.unit()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static Quantity quantity(String sentence, Matcher m, Predicate<String> countNoun) {
        String qualifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String currency = m.group(2);
        String number = m.group(3);
        boolean percent = m.group(4) != null;
        String after = sentence.substring(m.end());
        String before = sentence.substring(0, m.start());
        if (!after.isEmpty() && Character.isLetterOrDigit(after.charAt(0))) return null; // "7th", "10am"
        if (TIME_AFTER.matcher(after).find() || YEARS_OLD.matcher(after).find()) return null;
        if (AGE_BEFORE.matcher(before).find() || LABEL_BEFORE.matcher(before).find()) return null;
        String unit = percent ? "%" : currency;
        if (after.startsWith("-")) {
            Matcher compound = UNIT_COMPOUND.matcher(after);
            if (!compound.find() || percent || currency != null) return null; // "two-state", "25-year-old"
            unit = compound.group(1).toLowerCase(Locale.ROOT);
        }
        String lower = number.toLowerCase(Locale.ROOT);
        double value;
        boolean vague = false;
        if (Character.isDigit(lower.charAt(0))) {
            value = digitValue(lower);
            boolean plain = lower.matches("\\d{4}");
            if (plain && value >= 1900 && value <= 2100 && unit == null && qualifier == null
                    && !countNoun.test(firstWord(after))) {
                return null; // a year
            }
        } else if (lower.matches("(?:tens|hundreds|thousands|millions|dozens|scores).*")) {
            value = vagueValue(lower);
            vague = true;
        } else {
            Double words = wordValue(lower);
            if (words == null) return null;
            value = words;
        }
        int start = m.start(1) >= 0 ? m.start(1) : m.start(2) >= 0 ? m.start(2) : m.start(3);
        int end = percent ? m.end(4) : m.end(3);
        String written = sentence.substring(start, end).strip();
        return bounded(written, start, end, value, vague ? Bound.VAGUE : bound(qualifier), qualifier, unit);
    }

    private static Quantity bounded(String written, int start, int end, double value, Bound bound, String qualifier,
                                    String unit) {
        long base = (long) Math.floor(value);
        long exactHigh = (long) Math.ceil(value);
        long tenth = Math.round(Math.floor(value * 9) / 10);
        return switch (bound) {
            case EXACT -> new Quantity(written, start, end, base, base, exactHigh, bound, unit);
            case AT_LEAST, VAGUE -> new Quantity(written, start, end, base, base, -1, bound, unit);
            case ABOUT -> new Quantity(written, start, end, base, tenth, Math.round(Math.ceil(value * 11) / 10), bound,
                    unit);
            case AT_MOST -> new Quantity(written, start, end, base,
                    NEAR.contains(qualifier) ? tenth : 0, exactHigh, bound, unit);
        };
    }

    private static final List<String> NEAR = List.of("almost", "nearly", "close to", "just under");

    private static Bound bound(String qualifier) {
        if (qualifier == null || qualifier.equals("exactly")) return Bound.EXACT;
        return switch (qualifier) {
            case "just over", "well over", "well above", "over", "more than", "at least", "upwards of",
                 "no fewer than", "no less than", "above", "in excess of" -> Bound.AT_LEAST;
            case "almost", "nearly", "close to", "just under", "up to", "fewer than", "less than", "under",
                 "at most", "below", "as many as" -> Bound.AT_MOST;
            default -> Bound.ABOUT;
        };
    }

    private static double digitValue(String number) {
        String[] parts = number.split("\\s+");
        double value = Double.parseDouble(parts[0].replace(",", ""));
        for (int i = 1; i < parts.length; i++) value *= WORD_VALUES.get(parts[i]);
        return value;
    }

    private static double vagueValue(String number) {
        if (number.startsWith("dozens")) return 24;
        if (number.startsWith("scores")) return 40;
        long unit = number.startsWith("tens") ? 10 : number.startsWith("hundreds") ? 100
                : number.startsWith("thousands") ? 1000 : 1_000_000;
        if (number.endsWith("of thousands")) unit *= 1000;
        if (number.endsWith("of millions")) unit *= 1_000_000;
        return 2.0 * unit;
    }

    /** The value of a number in words ("four", "twenty-five", "a million", "two hundred"); null for a lone "one". */
    private static Double wordValue(String number) {
        String[] words = number.split("[ -]+");
        if (words.length == 1 && (words[0].equals("one") || words[0].equals("a") || words[0].equals("an"))) {
            return null;
        }
        double total = 0;
        double current = 0;
        boolean any = false;
        for (String word : words) {
            Long v = WORD_VALUES.get(word);
            if (word.equals("a") || word.equals("an")) {
                v = 1L;
            } else if (v == null) {
                return null;
            }
            if (word.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (v >= 1000) {
                total += Math.max(current, 1) * v;
                current = 0;
            } else if (word.equals("dozen")) {
                current = Math.max(current, 1) * 12;
            } else {
                current += v;
            }
            any = true;
        }
        if (!any || (words[words.length - 1].equals("a") || words[words.length - 1].equals("an"))) return null;
        return total + current;
    }

    private static Map<String, Long> wordValues() {
        Map<String, Long> values = new java.util.TreeMap<>();
        String[] units = UNITS.split("\\|");
        for (int i = 0; i < units.length; i++) values.put(units[i], (long) i);
        String[] tens = TENS.split("\\|");
        for (int i = 0; i < tens.length; i++) {
            values.put(tens[i], 20L + 10L * i);
            for (int u = 1; u <= 9; u++) values.put(tens[i] + "-" + units[u], 20L + 10L * i + u);
        }
        values.put("dozen", 12L);
        values.put("hundred", 100L);
        values.put("thousand", 1_000L);
        values.put("million", 1_000_000L);
        values.put("billion", 1_000_000_000L);
        values.put("trillion", 1_000_000_000_000L);
        return Map.copyOf(values);
    }

    private static String firstWord(String text) {
        Matcher m = Pattern.compile("^\\s*(\\p{L}+)").matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static void mask(boolean[] masked, int from, int to) {
        for (int i = from; i < to && i < masked.length; i++) masked[i] = true;
    }
}
