package crosscheck.digest.wording;

import crosscheck.SampleContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Texts to hold the digest's hand-written scans to the regular expressions they stand for: every line of the sample
 * reports, and random texts made of the pieces that matter (letters of every case, marks, surrogates, quotes, white
 * space of every kind, digits, number words, names, abbreviations).
 */
public final class ScanTexts {
    private static final String[] PIECES = {"a", "b", "z", "A", "Z", "é", "É", "ß", "ǅ", "ʼ", "\uD835\uDC00",
            "\uD835\uDC1A", "\uD835", "\uDC1A", "\u0301", "\u20DD", "\u0903", "'", "’", "”", "\"", "“", " ", " ",
            " ", "  ", "\t", "\n", "\r\n", "\u000B", "\u00A0", "\u2028", "\u0085", ",", ".", ";", "!", "?", "-",
            "_", "$", "€", "£", "%", "/", ":", "(", ")", "0", "7", "٣", "Ⅰ", "Ⓐ", "He", "She", "The", "These", "Its",
            "A", "An", "an", "It", "Their", "him", "Gallant", "Gallant's", "Rafah", "Defense Minister", "said",
            "Monday", "Sunday", "Mondays", "one", "ONE", "twenty", "Twenty-five", "dozen", "hundred", "million",
            "thousands of", "tens of thousands of", "over", "just over", "more than", "no fewer than", "in excess of",
            "up to", "US$", "us", "percent", "per cent", "2,000", "1.5", "1,200.5", "2024", "7th", "3:30", "someone",
            "often", "x\u0301", "(res.)", "(ret)", "(res", "(rex)", "U.S.", "U.S.'s", "U.N", "A.B’s", "Maj.",
            "Hamas-controlled", "al-Sinwar", "AK-47"};

    private static final List<String> TEXTS = make();

    private ScanTexts() {
    }

    /** The sample reports' lines, then 30,000 random texts (always the same ones). */
    public static List<String> all() {
        return TEXTS;
    }

    private static List<String> make() {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(SampleContent.ARTICLES)) {
            for (Path file : files.sorted().toList()) texts.addAll(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random random = new Random(7);
        for (int k = 0; k < 30_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(14); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) == 0) text.append(' ');
            }
            texts.add(text.toString());
        }
        return List.copyOf(texts);
    }

    /** Every match of a pattern in a text by {@code find()}: the given group of each. */
    public static List<String> found(Pattern pattern, String text, int group) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(m.group(group));
        return out;
    }

    /** A match's place and groups, to compare matches found two ways. */
    public static String describe(MatchResult m) {
        StringBuilder out = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) out.append('|').append(m.group(g));
        return out.toString();
    }
}
