package crosscheck.dates;

import crosscheck.core.WordCount;
import crosscheck.dates.ReportedDay.How;
import crosscheck.dates.ReportedDay.Tense;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a report's sentences refer to, read as news is written: dates ("26 March 2024", "March 26"), weekdays
 * ("on Tuesday", "Tuesday's meeting", "last Tuesday") and days counted from publication ("yesterday"). Entry point:
 * {@link #of}; {@link #dateline} finds the date a text scrape shows in a line of its own at its top, to read the
 * rest against when the report's publication date is unknown.
 *
 * <p>Against the publication date P: a day of a month without a year is the nearest such day to P (on or before P
 * when told in the past tense, on or after when in the future); a weekday is the latest such day on or before P,
 * as news writes "on Tuesday" for the Tuesday just gone, or the first on or after P when the words around it tell
 * of the future ("will meet on Tuesday", "is expected to ... Tuesday"); "last Tuesday" is the one before P, "next
 * Tuesday" the one after. Without P, dates with a year are still known, the rest are kept unresolved
 * ({@link ReportedDay#date} null) with the weekday or day of the month they name.
 *
 * <p>Each sentence is read by a fixed set of patterns without nested repetition, and the tense of every day found in
 * it is looked up among the sentence's verbs read once: time grows linearly with the text.
 */
public final class ReportedDays {
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(yesterday|today|tonight|tomorrow|last night|this morning|this afternoon|this evening)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that make a weekday part of a name when they come before it: "Good Friday", "Super Tuesday". */
    private static final Set<String> NAME_BEFORE = Set.of("Good", "Black", "Bloody", "Super", "Patch", "Ash", "Palm",
            "Easter", "Cyber", "Holy", "Maundy", "Shrove", "Whit", "Giving", "Great", "Fat", "Trinity", "Mothering", "Low");
    /** Words that make a weekday part of a name when they come after it: "Sunday Times", "Monday Night Football". */
    private static final Set<String> NAME_AFTER = Set.of("Times", "Telegraph", "Mirror", "Express", "Herald", "Post",
            "Tribune", "Independent", "Sport", "Star", "Mail", "Club", "Show", "Night", "Morning", "Edition");
    /** Words before a weekday that belong to it: "on Tuesday", "last Tuesday". */
    private static final Set<String> LEAD_WORDS = Set.of("on", "last", "next", "coming", "this");
    /** Most words of a dateline: a short line such as "May 03, 2013" or "JNS - Jewish News Syndicate 24.03.2024". */
    private static final int DATELINE_WORDS = 10;
    /** The verbs a dateline may have: "Posted", "Last updated". */
    private static final Set<String> STAMP_VERBS = Set.of("posted", "published", "updated", "modified", "created",
            "edited", "filed", "released");
    /** How many sentences at the top of a text may be its dateline. */
    private static final int DATELINE_SENTENCES = 6;

    private ReportedDays() {
    }

    /**
     * Every day the sentences refer to, in order of sentence and place.
     *
     * @param sentences a report's sentences, in order (none null)
     * @param published its publication date, or the date of its dateline; null when unknown
     */
    public static List<ReportedDay> of(List<String> sentences, LocalDate published) {
        Objects.requireNonNull(sentences, "sentences");
        List<ReportedDay> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = Objects.requireNonNull(sentences.get(i), "sentence " + i);
            read(sentence, i, published, out);
        }
        return out;
    }

    /**
     * The date of the report's dateline: the first date with a year (1900 to 2100) in one of its first sentences
     * that has at most {@value #DATELINE_WORDS} words and no verb but "posted", "updated" and the like ("May 03,
     * 2013", "Updated 24.03.2024 14:20"; not "Page was born on April 22, 1923"); null if none.
     */
    public static LocalDate dateline(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        for (int i = 0; i < Math.min(DATELINE_SENTENCES, sentences.size()); i++) {
            String sentence = Objects.requireNonNull(sentences.get(i), "sentence " + i);
            if (WordCount.of(sentence) > DATELINE_WORDS || Tenses.of(sentence).hasVerbBesides(STAMP_VERBS)) continue;
            LocalDate date = DateFinder.first(sentence, DateFinder.Form.ALL, DateFinder::isPageYear)
                    .map(DateFinder.Found::date).orElse(null);
            if (date != null) return date;
        }
        return null;
    }

    private static void read(String sentence, int index, LocalDate published, List<ReportedDay> out) {
        Tenses tenses = null;
        List<ReportedDay> found = new ArrayList<>();
        BitSet covered = new BitSet(); // the characters of the dates already found: a reading may not overlap them
        List<DateFinder.Found> full = new ArrayList<>();
        for (DateFinder.Found f : DateFinder.all(sentence, DateFinder.Form.ALL)) {
            if (take(covered, f.start(), f.end())) full.add(f);
        }
        List<DateFinder.Day> days = new ArrayList<>();
        for (DateFinder.Day d : DateFinder.days(sentence)) {
            if (take(covered, d.start(), d.end())) days.add(d);
        }
        Map<Integer, DayOfWeek> weekdayEnds = new HashMap<>();
        List<int[]> weekdaySpans = new ArrayList<>();
        Matcher weekdays = WEEKDAY.matcher(sentence);
        boolean mayNameWeekday = sentence.contains("day"); // every weekday's name ends in "day"
        while (mayNameWeekday && weekdays.find()) {
            if (isName(sentence, weekdays.start(), weekdays.end())) continue;
            weekdaySpans.add(new int[] {weekdays.start(), weekdays.end()});
            weekdayEnds.put(weekdays.end(), DayOfWeek.valueOf(weekdays.group(1).toUpperCase(Locale.ROOT)));
        }
        BitSet dateStarts = new BitSet();
        for (DateFinder.Found f : full) {
            if (tenses == null) tenses = Tenses.of(sentence);
            dateStarts.set(f.start());
            DayOfWeek weekday = weekdayBefore(sentence, f.start(), weekdayEnds);
            found.add(new ReportedDay(f.date(), How.EXPLICIT, tenses.around(f.start(), f.end()), weekday,
                    MonthDay.from(f.date()), index, f.start(), f.end()));
        }
        for (DateFinder.Day d : days) {
            if (d.day() > d.month().maxLength()) continue; // "April 31"
            if (tenses == null) tenses = Tenses.of(sentence);
            dateStarts.set(d.start());
            Tense tense = tenses.around(d.start(), d.end());
            MonthDay monthDay = MonthDay.of(d.month(), d.day());
            DayOfWeek weekday = weekdayBefore(sentence, d.start(), weekdayEnds);
            LocalDate date = published == null ? null : nearest(monthDay, published, tense);
            found.add(new ReportedDay(date, How.EXPLICIT, tense, weekday, monthDay, index, d.start(), d.end()));
        }
        for (int[] span : weekdaySpans) {
            if (partOfDate(sentence, span[1], dateStarts)) continue;
            if (tenses == null) tenses = Tenses.of(sentence);
            DayOfWeek weekday = weekdayEnds.get(span[1]);
            String before = wordBefore(sentence, span[0]).toLowerCase(Locale.ROOT);
            Tense tense = before.equals("next") || before.equals("coming") ? Tense.FUTURE
                    : before.equals("last") ? Tense.PAST : tenses.around(span[0], span[1]);
            int start = LEAD_WORDS.contains(before) ? span[0] - before.length() - 1 : span[0];
            LocalDate date = published == null ? null : weekday(weekday, published, before, tense);
            found.add(new ReportedDay(date, How.WEEKDAY, tense, weekday, null, index, start, span[1]));
        }
        Matcher relative = RELATIVE.matcher(sentence);
        boolean mayTellRelativeDay = mayTellRelativeDay(sentence);
        while (mayTellRelativeDay && relative.find()) {
            if (Character.isUpperCase(sentence.charAt(relative.start())) && !firstWord(sentence, relative.start())) {
                continue; // "USA Today", "Russia Today"
            }
            if (published == null) continue; // a relative day is known only from the day of publication
            if (tenses == null) tenses = Tenses.of(sentence);
            String word = relative.group(1).toLowerCase(Locale.ROOT);
            LocalDate date = switch (word) {
                case "yesterday", "last night" -> published.minusDays(1);
                case "tomorrow" -> published.plusDays(1);
                default -> published;
            };
            Tense tense = word.equals("tomorrow") ? Tense.FUTURE : tenses.around(relative.start(), relative.end());
            found.add(new ReportedDay(date, How.RELATIVE, tense, null, null, index, relative.start(),
                    relative.end()));
        }
        found.sort(Comparator.comparingInt(ReportedDay::start));
        out.addAll(found);
    }

    /**
     * Whether a sentence may have one of the {@link #RELATIVE} words: each has "day", "night", "morrow" or "this" in
     * it. Most sentences have none, and this is much cheaper than trying the pattern at every character.
     */
    private static boolean mayTellRelativeDay(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return lower.contains("day") || lower.contains("night") || lower.contains("morrow") || lower.contains("this");
    }

    /** The weekday of "on Tuesday" against the day of publication (see the class comment). */
    private static LocalDate weekday(DayOfWeek day, LocalDate published, String before, Tense tense) {
        return switch (before) {
            case "last" -> published.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
            case "next", "coming" -> published.plusDays(1).with(TemporalAdjusters.nextOrSame(day));
            default -> tense == Tense.FUTURE ? published.with(TemporalAdjusters.nextOrSame(day))
                    : published.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    /** The day of a month nearest to the day of publication, in the direction the tense tells. */
    private static LocalDate nearest(MonthDay monthDay, LocalDate published, Tense tense) {
        LocalDate best = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            if (!monthDay.isValidYear(year)) continue;
            LocalDate candidate = monthDay.atYear(year);
            if (tense == Tense.PAST && candidate.isAfter(published)) continue;
            if (tense == Tense.FUTURE && candidate.isBefore(published)) continue;
            if (best == null || distance(candidate, published) < distance(best, published)) best = candidate;
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    /** Marks the span as taken, unless it overlaps one taken before: then false. */
    private static boolean take(BitSet covered, int start, int end) {
        int taken = covered.nextSetBit(start);
        if (taken >= 0 && taken < end) return false;
        covered.set(start, end);
        return true;
    }

    /** The weekday written just before a date ("Tuesday, March 26"), part of it; null if none. */
    private static DayOfWeek weekdayBefore(String sentence, int dateStart, Map<Integer, DayOfWeek> weekdayEnds) {
        for (int end = dateStart; end >= Math.max(0, dateStart - 2); end--) {
            DayOfWeek weekday = weekdayEnds.get(end);
            if (weekday != null && isGap(sentence, end, dateStart)) return weekday;
        }
        return null;
    }

    /** Whether a date follows the weekday that ends at {@code weekdayEnd}: then the weekday is part of it. */
    private static boolean partOfDate(String sentence, int weekdayEnd, BitSet dateStarts) {
        for (int start = weekdayEnd; start <= Math.min(sentence.length(), weekdayEnd + 2); start++) {
            if (dateStarts.get(start) && isGap(sentence, weekdayEnd, start)) return true;
        }
        return false;
    }

    /** Only a comma and spaces between. */
    private static boolean isGap(String sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = sentence.charAt(i);
            if (c != ',' && c != ' ') return false;
        }
        return true;
    }

    /** Whether a weekday is part of a name: "Good Friday", "the Sunday Times". */
    private static boolean isName(String sentence, int start, int end) {
        return NAME_BEFORE.contains(wordBefore(sentence, start)) || NAME_AFTER.contains(wordAfter(sentence, end));
    }

    /** The word just before {@code position}, separated from it by one space; "" if none. */
    private static String wordBefore(String sentence, int position) {
        int end = position - 1;
        if (end < 0 || sentence.charAt(end) != ' ') return "";
        int start = end;
        while (start > 0 && Character.isLetter(sentence.charAt(start - 1))) start--;
        return sentence.substring(start, end);
    }

    /** The word just after {@code position}, separated from it by one space; "" if none. */
    private static String wordAfter(String sentence, int position) {
        if (position >= sentence.length() || sentence.charAt(position) != ' ') return "";
        int end = position + 1;
        while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) end++;
        return sentence.substring(position + 1, end);
    }

    /** Whether only quotes, brackets and spaces come before {@code position}. */
    private static boolean firstWord(String sentence, int position) {
        for (int i = 0; i < position; i++) {
            if (Character.isLetterOrDigit(sentence.charAt(i))) return false;
        }
        return true;
    }
}
