package crosscheck.digest.figures;

import crosscheck.dates.DateFinder;
import crosscheck.digest.wording.Scan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a sentence states, as written ("over 32,000", "almost 1,200", "four", "a million", "thousands
 * of"), each as the interval of whole numbers its qualifier allows:
 * <ul>
 *   <li>"at least", "no fewer than": from the number up, open; "over", "more than", "above": from one more, open;</li>
 *   <li>"almost", "nearly", "just under": a tenth below the number up to one less ("almost 1,200" cannot be
 *       1,200, so it cannot be true with "at least 1,200"); "fewer than", "less than", "under", "below": from 0 to
 *       one less; "up to", "at most", "as many as": from 0 to the number;</li>
 *   <li>"about", "around", "some", "roughly", "approximately", "close to", "an estimated": the number give or take
 *       a tenth of it, and at least 1 ("about 1,200" is 1,080 to 1,320; it holds with 1,150 and with "at least
 *       1,200", not with 1,000). A tenth is what reports round to: "about 30,000" is said of 27,000 to 33,000;</li>
 *   <li>"between 200 and 300": the range; "thousands of": from twice the unit up, open; a plain number: itself.</li>
 * </ul>
 * Dates, years standing alone, times of day, ages ("27-year-old", "aged 27", "Smith, 27, of"), magnitudes and
 * other decimal numbers without a scale word ("7.6", but "1.5 million" is a count), numbered names ("Resolution
 * 2728", "F-35", "AK 47"), scores and records ("20-13", "#1") and a lone "one" or "a" are not counts and are left
 * out.
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
    private static final String VAGUE_WORDS = "tens|hundreds|thousands|millions|dozens|scores";
    private static final String VAGUE = "(?:" + VAGUE_WORDS + ")(?: of (?:thousands|millions))?(?= of\\b)";
    private static final String QUALIFIER = "just over|well over|well above|over|more than|at least|almost|nearly|"
            + "about|around|roughly|approximately|some|up to|fewer than|less than|under|at most|close to|"
            + "as many as|upwards of|an estimated|estimated|no fewer than|no less than|no more than|below|above|"
            + "in excess of|exactly|just under";
    static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\p{L}\\d\\-.,:$€£/])(?:(" + QUALIFIER
            + ")\\s+)?(US\\$|\\$|€|£)?(" + DIGITS + "(?:\\s+(?:" + SCALES + ")\\b)?|" + VAGUE + "|" + WORD_NUMBER
            + ")(\\s*(?:%|percent\\b|per cent\\b))?");
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)^(?:\\s?:\\s?\\d|\\s*(?:a\\.\\s?m\\.|p\\.\\s?m\\.|am\\b|pm\\b|"
            + "gmt\\b|utc\\b|o'clock|o’clock|hours? (?:gmt|local)))");
    private static final Pattern UNIT_COMPOUND = Pattern.compile("(?i)^-(minute|hour|day|week|month|year)s?\\b(?!-old)");
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:aged?|ages)\\s+(?:of\\s+)?$");
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)\\b(?:resolution|route|article|chapter|no\\.|number|highway|flight|unit|section|paragraph|page|"
                    + "room|gate|building|block|road|line|bus|vol\\.|p\\.)\\s+$");
    /** "AK 47", "F 16": a model's name that tokenised text split from its letters. */
    private static final Pattern MODEL_BEFORE = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{1,3} $");
    private static final Pattern YEARS_OLD = Pattern.compile("(?i)^\\s*(?:-\\s*)?years?\\s*(?:-\\s*)?old\\b");
    /** What ends an age set off after a name: a comma, the end of the clause or sentence. */
    private static final Pattern COMMA_AFTER = Pattern.compile("^\\s*(?:[,.;)]|$)");
    /** "20-13", "a 58 - 3 record", "#1": a score, a record or a rank, never a count. */
    private static final Pattern SCORE_AFTER = Pattern.compile("^\\s?[-–]\\s?\\d");
    private static final Pattern SCORE_BEFORE = Pattern.compile("(?:\\d\\s?[-–]\\s?|#)$");
    /** "$2. 6 million": the rest of a number that tokenised text split after its point. */
    private static final Pattern SPLIT_NUMBER_BEFORE = Pattern.compile("\\d\\. $");
    /** "11: 30", "12 : 30": a time that tokenised text split around its colon. */
    private static final Pattern TIME_BEFORE = Pattern.compile("\\d\\s?:\\s?$");
    /** "(27)" after a name, "a 7.6 magnitude", "magnitude 7.6", "measuring 7.6": ages and magnitudes. */
    private static final Pattern MAGNITUDE_AFTER = Pattern.compile("(?i)^\\s*(?:-\\s*)?(?:magnitude|on the richter)\\b");
    private static final Pattern MAGNITUDE_BEFORE = Pattern.compile("(?i)\\b(?:magnitude|measuring|measured)\\s*(?:-\\s*)?$");
    /**
     * What before a number makes it no count: an age, a label, a model, a magnitude, a score, the rest of a split
     * number or time. Each ends at the end of the text before the number and spans at most its last two words, so each
     * is looked for in {@link #lastWords} only.
     */
    static final List<Pattern> NO_COUNT_BEFORE = List.of(AGE_BEFORE, LABEL_BEFORE, MODEL_BEFORE, MAGNITUDE_BEFORE,
            SCORE_BEFORE, SPLIT_NUMBER_BEFORE, TIME_BEFORE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A hyphen with spaces around it, as tokenised text writes "two - year". */
    private static final Pattern SPACED_HYPHEN = Pattern.compile("^ - (?=\\p{L})");
    private static final Pattern SCALED = Pattern.compile("\\s(?:" + SCALES + ")$");
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[ -]+");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern VAGUE_START = Pattern.compile("(?:" + VAGUE_WORDS + ").*");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\p{L}+)");
    private static final Map<String, Long> WORD_VALUES = wordValues();
    private static final Set<String> SCALE_WORDS = Set.of("hundred", "thousand", "million", "billion", "trillion",
            "dozen");
    /** The words numbers in words are made of, vague ones ("thousands of") included. */
    private static final AsciiWords NUMBER_WORDS = words(UNITS, TENS, SCALES, VAGUE_WORDS, "dozen");
    /** The words a match of {@link #NUMBER} may start with: a qualifier's first word, "US" of "US$", a number. */
    private static final AsciiWords FIRST_WORDS = words(UNITS, TENS, VAGUE_WORDS, "dozen|a|an|us",
            firstWords(QUALIFIER));

    private Quantities() {
    }

    /**
     * The numbers of a sentence that may be counts, in order.
     *
     * @param days      the days the sentence names ({@link DateFinder#days}): their numbers are no counts
     * @param countNoun whether a word names something counted: a year-like number before one ("2000 troops")
     *                  is a count, not a year
     */
    static List<Quantity> in(String sentence, List<DateFinder.Day> days, Predicate<String> countNoun) {
        if (!mayHoldNumber(sentence)) return List.of();
        boolean[] masked = new boolean[sentence.length()];
        for (DateFinder.Day date : days) mask(masked, date.start(), date.end());
        Matcher d = NUMERIC_DATE.matcher(sentence);
        while (d.find()) mask(masked, d.start(), d.end());
        List<Quantity> out = new ArrayList<>();
        for (MatchResult m : numbers(sentence)) {
            if (masked[m.start(3)]) continue;
            Quantity q = quantity(sentence, m, countNoun);
            if (q != null) out.add(q);
        }
        return ranges(sentence, out);
    }

    /** The matches of {@link #NUMBER} in a sentence, as {@code find()} gives them. */
    static List<MatchResult> numbers(String sentence) {
        return Scan.matches(NUMBER, sentence, at -> mayStart(sentence, at));
    }

    /**
     * Whether a match of {@link #NUMBER} may start at a position: at a digit or currency sign, or at a run of
     * ASCII letters (the pattern ignores the case of ASCII letters only) that is one of {@link #FIRST_WORDS},
     * whole, as the pattern wants a space, a hyphen, "$" or the end of a word after it.
     */
    private static boolean mayStart(String sentence, int at) {
        char c = sentence.charAt(at);
        if (c >= '0' && c <= '9' || c == '$' || c == '€' || c == '£') return true;
        if (!asciiLetter(c) || at > 0 && asciiLetter(sentence.charAt(at - 1))) return false;
        int end = at + 1;
        while (end < sentence.length() && asciiLetter(sentence.charAt(end))) end++;
        return FIRST_WORDS.contains(sentence, at, end);
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Whether a sentence has a digit or a number word: without one, {@link #NUMBER} finds only a lone "a" or
     * "an", which is no count. Number words stand apart from letters around them, so it is enough to look at
     * each run of ASCII letters (the pattern ignores the case of ASCII letters only).
     */
    private static boolean mayHoldNumber(String sentence) {
        int run = -1;
        for (int i = 0; i <= sentence.length(); i++) {
            char c = i < sentence.length() ? sentence.charAt(i) : ' ';
            if (c >= '0' && c <= '9') return true;
            boolean letter = asciiLetter(c);
            if (letter && run < 0) run = i;
            if (!letter && run >= 0) {
                if (NUMBER_WORDS.contains(sentence, run, i)) return true;
                run = -1;
            }
        }
        return false;
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

    private static Quantity quantity(String sentence, MatchResult m, Predicate<String> countNoun) {
        String qualifier = m.group(1) == null ? null
                : SPACES.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
        String currency = m.group(2);
        String number = m.group(3);
        boolean percent = m.group(4) != null;
        String lower = number.toLowerCase(Locale.ROOT);
        boolean digits = Character.isDigit(lower.charAt(0));
        boolean vague = !digits && VAGUE_START.matcher(lower).matches();
        Double words = digits || vague ? null : wordValue(lower);
        if (!digits && !vague && words == null) return null; // "a", "an", a lone "one": the commonest, so first
        String after = sentence.substring(m.end());
        String before = lastWords(sentence, m.start());
        if (!after.isEmpty() && Character.isLetterOrDigit(after.charAt(0))) return null; // "7th", "10am"
        if (digits && lower.length() > 1 && lower.charAt(0) == '0' && Character.isDigit(lower.charAt(1))) {
            return null; // "051" of "4, 051", a code: a leading zero is never a count's
        }
        if (SPACED_HYPHEN.matcher(after).find()) after = after.substring(after.indexOf('-')); // "two - year"
        if (TIME_AFTER.matcher(after).find() || YEARS_OLD.matcher(after).find()) return null;
        if (MAGNITUDE_AFTER.matcher(after).find() || SCORE_AFTER.matcher(after).find()) return null;
        for (Pattern noCount : NO_COUNT_BEFORE) {
            if (noCount.matcher(before).find()) return null;
        }
        if (qualifier == null && currency == null && !percent && nameAndComma(sentence, m.start())
                && COMMA_AFTER.matcher(after).find()) {
            return null; // an age: "John Smith, 27, of Dallas", "the dead include Jane Doe, 27."
        }
        String unit = percent ? "%" : currency;
        if (after.startsWith("-")) {
            Matcher compound = UNIT_COMPOUND.matcher(after);
            if (!compound.find() || percent || currency != null) return null; // "two-state", "25-year-old"
            unit = compound.group(1).toLowerCase(Locale.ROOT);
        }
        double value;
        if (digits) {
            value = digitValue(lower);
            if (value != Math.floor(value) && unit == null && !SCALED.matcher(lower).find()) {
                return null; // "7.6": a magnitude, a score, a measure, never a count
            }
            boolean plain = FOUR_DIGITS.matcher(lower).matches();
            if (plain && value >= 1900 && value <= 2100 && unit == null && qualifier == null
                    && !countNoun.test(firstWord(after))) {
                return null; // a year
            }
        } else if (vague) {
            value = vagueValue(lower);
        } else {
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
        return switch (bound) {
            case EXACT -> new Quantity(written, start, end, base, base, exactHigh, bound, unit);
            case VAGUE -> new Quantity(written, start, end, base, base, -1, bound, unit);
            case AT_LEAST -> new Quantity(written, start, end, base, STRICT.contains(qualifier) ? base + 1 : base, -1,
                    bound, unit);
            case ABOUT -> {
                long tolerance = Math.max(1, Math.round(value / 10));
                yield new Quantity(written, start, end, base, Math.max(0, base - tolerance), exactHigh + tolerance,
                        bound, unit);
            }
            case AT_MOST -> {
                long high = BELOW.contains(qualifier) ? Math.max(0, exactHigh - 1) : exactHigh;
                long low = NEAR.contains(qualifier) ? Math.min(high, Math.round(Math.floor(value * 9) / 10)) : 0;
                yield new Quantity(written, start, end, base, low, high, bound, unit);
            }
        };
    }

    /** Qualifiers of a number that is itself left out: "over 32,000" is 32,001 or more. */
    private static final Set<String> STRICT = Set.of("just over", "well over", "well above", "over", "more than",
            "above", "in excess of", "upwards of");
    /** Qualifiers of a number a little less than the one written. */
    private static final Set<String> NEAR = Set.of("almost", "nearly", "just under");
    /** Qualifiers of a number less than the one written: "almost 1,200" is 1,199 at most. */
    private static final Set<String> BELOW = Set.of("almost", "nearly", "just under", "fewer than", "less than",
            "under", "below");

    private static Bound bound(String qualifier) {
        if (qualifier == null || qualifier.equals("exactly")) return Bound.EXACT;
        return switch (qualifier) {
            case "just over", "well over", "well above", "over", "more than", "at least", "upwards of",
                 "no fewer than", "no less than", "above", "in excess of" -> Bound.AT_LEAST;
            case "almost", "nearly", "just under", "up to", "fewer than", "less than", "under",
                 "at most", "below", "as many as", "no more than" -> Bound.AT_MOST;
            default -> Bound.ABOUT;
        };
    }

    private static double digitValue(String number) {
        String[] parts = SPACES.split(number);
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
        String[] words = SPACES_AND_HYPHENS.split(number);
        if (words.length == 1 && (words[0].equals("one") || words[0].equals("a") || words[0].equals("an"))) {
            return null;
        }
        if ((words[0].equals("a") || words[0].equals("an")) && !SCALE_WORDS.contains(words[1])) {
            return null; // "a five-year": an article, then a number that is not a count
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

    /** The words of lists of alternatives ("one|two|three"). */
    private static AsciiWords words(String... alternatives) {
        Set<String> words = new java.util.HashSet<>();
        for (String list : alternatives) words.addAll(List.of(list.split("\\|")));
        return new AsciiWords(words);
    }

    /** The first word of each of a list of alternatives: "just|over" of "just over|over". */
    private static String firstWords(String alternatives) {
        List<String> firsts = new ArrayList<>();
        for (String phrase : alternatives.split("\\|")) firsts.add(phrase.split(" ")[0]);
        return String.join("|", firsts);
    }

    private static String firstWord(String text) {
        Matcher m = FIRST_WORD.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * The last two words of {@code text[0, end)} with what follows them, a word being a run of characters that are
     * neither white space ({@code \s}) nor a line end. A pattern that ends at the end of the text and spans at most two
     * such words ({@link #NO_COUNT_BEFORE}) finds a match here exactly when it finds one in the whole text: the
     * character before, a space or line end, is no letter, digit, mark or "_" to a lookbehind or a {@code \b}. So the
     * work per number does not grow with the sentence.
     */
    static String lastWords(String text, int end) {
        int start = end;
        for (int word = 0; word < 2; word++) {
            while (start > 0 && separates(text.charAt(start - 1))) start--;
            while (start > 0 && !separates(text.charAt(start - 1))) start--;
        }
        return text.substring(start, end);
    }

    /** {@code \s}, or a line end that {@code $} may match before. */
    private static boolean separates(char c) {
        return " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(c) >= 0;
    }

    /**
     * Whether {@code text[0, end)} ends with a capitalised word and a comma: "Jane Doe, " before the age of "Jane Doe,
     * 27, of".
     */
    private static boolean nameAndComma(String text, int end) {
        int i = end - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        if (i < 0 || text.charAt(i) != ',') return false;
        i--;
        int wordEnd = i;
        while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
        return i < wordEnd && Character.isUpperCase(text.charAt(i + 1));
    }

    private static void mask(boolean[] masked, int from, int to) {
        for (int i = from; i < to && i < masked.length; i++) masked[i] = true;
    }
}
