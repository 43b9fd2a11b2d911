package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import crosscheck.core.WordCount;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No pattern that runs over report text (titles, paragraphs, sentences, words) takes time worse than linear in the
 * text's length: each is run on long adversarial texts of length n and 8n, and the work must grow about 8 times,
 * not the 64 times of quadratic backtracking (a run of 100,000 capitals once kept the cleaner busy for minutes).
 * The work is counted, not timed: the characters the matcher reads, through a {@link CharSequence} that counts
 * {@code charAt}, so the test is exact on a loaded machine. Every static pattern of the packages that see report
 * text (and of their subpackages) is found by reflection, so a new one is checked without being listed here.
 */
class LinearPatternsTest {
    private static final List<String> PACKAGES = List.of("crosscheck.dates", "crosscheck.clean", "crosscheck.analyse",
            "crosscheck.group", "crosscheck.digest", "crosscheck.ingest");
    /** Linear work grows 8 times from n to 8n, quadratic 64 times; this leaves room for the short inputs' edges. */
    private static final double MAX_GROWTH = 24;
    private static final int N = 256;

    /** How a pattern is run, where not by find() and matches() over any text. */
    private enum Use {
        /** Only matches(), on a single word or a whole phrase: find() over long text never happens. */
        MATCHES_ONLY,
        /** Only on a text whose white space is normalized (no line breaks): matches() of ".+$" needs no retry. */
        NORMALIZED_TEXT,
        /** Only on the first 8 KB of a file, so its time is bounded whatever the file. */
        BOUNDED
    }

    private static final Map<String, Use> USES = Map.of(
            "crosscheck.digest.figures.Measures.HOSTAGE_WORD", Use.MATCHES_ONLY,
            "crosscheck.digest.wording.SentenceQuality.ENDS_COMPLETE", Use.MATCHES_ONLY,
            "crosscheck.digest.quotes.Quotes.PAST_TENSE", Use.MATCHES_ONLY,
            "crosscheck.digest.figures.Quantities.RANGE_JOINER", Use.MATCHES_ONLY,
            "crosscheck.clean.BoilerplateClassifier.COMMENT_META", Use.NORMALIZED_TEXT,
            "crosscheck.ingest.TextDecoder.DECLARED", Use.BOUNDED);

    /**
     * Patterns run only on texts of at most so many words (a boilerplate rule's maxWords is read from the rule): a
     * long run of words is never given to them, a long word is.
     */
    private static final Map<String, Integer> MAX_WORDS = Map.of(
            "crosscheck.clean.AuthorBio.THIRD_PERSON", 80);

    /** The pieces adversarial texts repeat: runs of capitals, dots, spaces, quotes, digits, hyphens, initials, words. */
    private static final List<String> PIECES = List.of("A", "a", "A.", "A. ", "a.", ".", " ", "\t", "\n", "\"", "“", "'",
            "’", "1", "1,", "1.", "1 ", "-", "–", "A-", "Aa ", "Aa-", "A’", "Ab. ", "U.S. ", "AND", "A and ", "A, ", "A & ",
            "A.A", "A1", "(", "(A", "(a ", "[", ")", "©", "/", "A/", "A /", ":", "a:", "|", " - ", " | ", ", ", "a a ",
            "1:1 ", "1-1-", "1/1/", "1.1.", "Jan 1 ", "Photo: ", "Photo ", "(photo ", "By A ", "http://a", "www.a",
            "<meta ", "> ", "=", "@", "_", "*", "#", "&", "ed", "aed", "1 and ", "1 to ", "A is a ", "I am a ");
    /** Openings that let the anchored alternatives of a pattern start, before a long run. */
    private static final List<String> OPENINGS = List.of("By ", "(", "[", "(related: ", "Photo: ", "Photo by ",
            "I am a ", "A is a ", "Comments ", "1 ", "(A / ", "Source: ", "According to ", "a ", "\"", "© ");
    /** Pieces to repeat after an opening. */
    private static final List<String> AFTER_OPENING = List.of("A", "a", "A. ", " ", ".", "1", "Aa ", "(", ", ", "’",
            "Photo: ", "photo ", "Photo:", "(photo)");

    @Test
    void everyPatternOverReportTextRunsInLinearTime() throws Exception {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        Map<String, Integer> maxWords = new LinkedHashMap<>(MAX_WORDS);
        for (String pkg : PACKAGES) staticPatterns(pkg, patterns, maxWords);
        assertTrue(patterns.size() > 80, () -> "found only " + patterns.size() + " patterns");
        assertTrue(patterns.containsKey("crosscheck.clean.BoilerplateRules.RULES[photo credit]"), patterns::toString);
        assertTrue(patterns.keySet().containsAll(USES.keySet()), () -> "listed but not found: " + USES.keySet());
        assertTrue(patterns.keySet().containsAll(MAX_WORDS.keySet()), () -> "listed but not found: " + MAX_WORDS.keySet());

        List<String[]> texts = adversarialTexts();
        List<String> slow = new ArrayList<>();
        for (Map.Entry<String, Pattern> entry : patterns.entrySet()) {
            Use use = USES.get(entry.getKey());
            if (use == Use.BOUNDED) continue;
            Integer words = maxWords.get(entry.getKey());
            for (String[] text : texts) {
                String small = text[0];
                String large = text[1];
                if (words != null && WordCount.of(large) > words) continue;
                if (use == Use.NORMALIZED_TEXT && (normalized(large) != large || normalized(small) != small)) continue;
                for (boolean find : new boolean[] {true, false}) {
                    if (find && use == Use.MATCHES_ONLY) continue;
                    long a = work(entry.getValue(), small, find);
                    long b = work(entry.getValue(), large, find);
                    double growth = (double) b / Math.max(a, 1);
                    if (growth > MAX_GROWTH) {
                        slow.add(String.format("%s, %s of %s: %d characters read for %d characters, %d for %d (%.0f times)",
                                entry.getKey(), find ? "find()" : "matches()", describe(large), a, small.length(), b,
                                large.length(), growth));
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), slow, "patterns slower than linear");
    }

    /**
     * A pattern whose loop over a group recurses once per repetition overflows the stack on a long run of words (a
     * StackOverflowError, not an answer): each runs here on a thread with a small stack, 512 KB, over runs of 20,000
     * characters.
     */
    @Test
    void noPatternRecursesOncePerWordOfALongRun() throws Exception {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        Map<String, Integer> maxWords = new LinkedHashMap<>(MAX_WORDS);
        for (String pkg : PACKAGES) staticPatterns(pkg, patterns, maxWords);
        List<String> overflows = new ArrayList<>();
        Thread thread = new Thread(null, () -> {
            for (Map.Entry<String, Pattern> entry : patterns.entrySet()) {
                Use use = USES.get(entry.getKey());
                if (use == Use.BOUNDED) continue;
                Integer words = maxWords.get(entry.getKey());
                for (String piece : List.of("Aa ", "A. ", "A.", "a.", "A ", "1 ", "A, ", "A and ")) {
                    String text = repeat(piece, 20_000);
                    if (words != null && WordCount.of(text) > words) continue;
                    try {
                        Matcher m = entry.getValue().matcher(text);
                        while (use != Use.MATCHES_ONLY && m.find()) {
                            // every match
                        }
                        if (use != Use.NORMALIZED_TEXT || normalized(text) == text) m.reset().matches();
                    } catch (StackOverflowError e) {
                        overflows.add(entry.getKey() + " on \"" + piece + "\" repeated");
                    }
                }
            }
        }, "small-stack", 512 * 1024);
        thread.start();
        thread.join();
        assertEquals(List.of(), overflows, "patterns that overflow the stack");
    }

    /** Pairs of texts, n and 8n characters long, of one adversarial kind. */
    private static List<String[]> adversarialTexts() {
        List<String[]> texts = new ArrayList<>();
        for (String piece : PIECES) {
            for (String end : new String[] {"", "!", " x"}) texts.add(pair("", piece, end));
        }
        for (String opening : OPENINGS) {
            for (String piece : AFTER_OPENING) texts.add(pair(opening, piece, ""));
            texts.add(pair(opening, "A", ")"));
        }
        return texts;
    }

    private static String[] pair(String opening, String piece, String end) {
        return new String[] {opening + repeat(piece, N) + end, opening + repeat(piece, 8 * N) + end};
    }

    private static String repeat(String piece, int length) {
        return piece.repeat(Math.max(1, length / piece.length()));
    }

    private static String describe(String text) {
        String start = text.length() > 24 ? text.substring(0, 24) + "…" : text;
        return "\"" + start.replace("\n", "\\n").replace("\t", "\\t") + "\" (" + text.length() + " characters)";
    }

    /** The characters a matcher reads to find every match, or to decide matches(). */
    private static long work(Pattern pattern, String text, boolean find) {
        CountingText counting = new CountingText(text);
        Matcher m = pattern.matcher(counting);
        if (find) {
            while (m.find()) {
                // every match, as the code's loops and replaceAll() and split() go through them
            }
        } else {
            m.matches();
        }
        return counting.reads;
    }

    /** The text itself when it has no line break and no run of white space, else a copy. */
    private static String normalized(String text) {
        String n = text.strip().replaceAll("\\s+", " ");
        return n.equals(text) ? text : n;
    }

    /**
     * The static patterns of a package's classes, by class and field name; a list of records holding patterns (the
     * boilerplate rules) gives each record's pattern, named by the record's first component, with its maxWords.
     */
    private static void staticPatterns(String pkg, Map<String, Pattern> out, Map<String, Integer> maxWords)
            throws Exception {
        // the main classes' folder (the test classes' has packages of the same names)
        URL classes = BuildException.class.getProtectionDomain().getCodeSource().getLocation();
        File folder = new File(new File(classes.toURI()), pkg.replace('.', '/'));
        TreeSet<String> names = new TreeSet<>();
        for (File file : folder.listFiles()) {
            String name = file.getName();
            if (name.endsWith(".class")) names.add(name.replace(".class", ""));
            else if (file.isDirectory()) staticPatterns(pkg + "." + name, out, maxWords); // its subpackages too
        }
        for (String name : names) {
            Class<?> type = Class.forName(pkg + "." + name);
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) continue;
                String key = type.getName() + "." + field.getName();
                if (field.getType() == Pattern.class) {
                    field.setAccessible(true);
                    out.put(key, (Pattern) field.get(null));
                } else if (List.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    List<?> list = (List<?>) field.get(null);
                    if (list == null) continue;
                    int i = 0;
                    for (Object element : list) {
                        i++;
                        if (element == null || !element.getClass().isRecord()) continue;
                        RecordComponent[] components = element.getClass().getRecordComponents();
                        Pattern pattern = null;
                        Integer words = null;
                        for (RecordComponent component : components) {
                            Method accessor = component.getAccessor();
                            accessor.setAccessible(true);
                            Object value = accessor.invoke(element);
                            if (value instanceof Pattern p) pattern = p;
                            if (component.getName().equals("maxWords")) words = (Integer) value;
                        }
                        if (pattern == null) continue;
                        String id = key + "[" + accessorValue(components[0], element) + "]";
                        if (out.containsKey(id)) id = key + "[" + accessorValue(components[0], element) + " " + i + "]";
                        out.put(id, pattern);
                        if (words != null) maxWords.put(id, words);
                    }
                }
            }
        }
    }

    private static Object accessorValue(RecordComponent component, Object record) throws Exception {
        return component.getAccessor().invoke(record);
    }

    /** A text that counts the characters read from it. */
    private static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
