package crosscheck.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.SampleContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans of {@link WordCase}, and the patterns tried only where a match may start ({@link Scan}),
 * find exactly what the regular expressions find with {@code Matcher.find()}, on the sample reports and on random
 * text made of the pieces that matter.
 */
class ScansTest {
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}+(?![\\p{L}'’])");
    private static final Pattern CAPITALISED_INSIDE =
            Pattern.compile("(?<=[\\p{Ll}\\d,] )(\\p{Lu}\\p{Ll}+) (?=\\p{Ll})");
    private static final Pattern STARTER_INSIDE = Pattern.compile("[\\p{L}\\d’'”\"]\\s+(?:He|She|It|They|We|The|A"
            + "|An|This|That|These|Those|There|His|Her|Their|Its)\\s+\\p{Ll}");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\((?:res|ret)\\.?\\)|(?:\\p{Lu}\\.){2,}(?:['’]s)?"
            + "|\\p{Nd}[\\p{L}\\p{Nd},.:]*|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}'’-]*|\\S");
    private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[,;:!?]+[”\"’)]*$");
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

    @Test
    void scansFindWhatTheirExpressionsFind() throws IOException {
        for (String text : texts()) {
            Set<String> lower = new HashSet<>();
            WordCase.addLowerCaseWords(text, lower);
            assertEquals(Set.copyOf(all(LOWER_WORD, text, 0)), lower, text);
            assertEquals(all(CAPITALISED_INSIDE, text, 1), WordCase.capitalisedInside(text), text);
            assertEquals(STARTER_INSIDE.matcher(text).find(), WordCase.starterInside(text), text);
            List<String> numbers = new ArrayList<>();
            Matcher m = Quantities.NUMBER.matcher(text);
            while (m.find()) numbers.add(describe(m));
            assertEquals(numbers, Quantities.numbers(text).stream().map(ScansTest::describe).toList(), text);
            assertEquals(anchorsByFind(text), Claims.anchors(text), text);
            assertNameTokensAsFound(text);
            for (String word : text.split("\\s+")) {
                assertEquals(ENDS_CLAUSE.matcher(word).matches(), Attribution.endsClause(word), word);
            }
        }
    }

    /** {@link NameTokens} skips only white space and ends each token where {@code find()} ends it. */
    private static void assertNameTokensAsFound(String text) {
        Matcher m = NAME_TOKEN.matcher(text);
        int end = 0;
        while (m.find()) {
            assertTrue(text.substring(end, m.start()).chars().allMatch(c -> " \t\n\u000B\f\r".indexOf(c) >= 0), text);
            assertEquals(m.end(), NameTokens.tokenEnd(text, m.start()), text);
            end = m.end();
        }
        assertTrue(text.substring(end).isBlank(), text);
    }

    /** The anchors of a sentence, found with {@code find()}. */
    private static Claims.Anchors anchorsByFind(String sentence) {
        Set<String> numbers = new HashSet<>();
        for (String number : all(Claims.NUMBER, sentence, 0)) numbers.add(number.replace(",", ""));
        Set<String> names = new HashSet<>();
        for (String name : all(Claims.NAME, sentence, 0)) {
            for (String word : name.split("\\s+")) {
                names.add(word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word);
            }
        }
        return new Claims.Anchors(numbers, names);
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(SampleContent.ARTICLES)) {
            for (Path file : files.sorted().toList()) texts.addAll(Files.readAllLines(file));
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
        return texts;
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(m.group(group));
        return out;
    }

    private static String describe(MatchResult m) {
        StringBuilder out = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) out.append('|').append(m.group(g));
        return out.toString();
    }
}
