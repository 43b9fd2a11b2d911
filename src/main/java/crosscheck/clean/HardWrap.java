package crosscheck.clean;

import crosscheck.core.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs hard-wrapped text: joins lines that were broken in the middle of a sentence back into paragraphs.
 * Two kinds of wrapping are recognised. Fixed-width wrapping (every line broken near one column) is found from
 * the shape of the whole text: a line is joined to the next when the next word would not have fitted on it.
 * Ragged breaks (a scrape that breaks a line here and there) are found from the text itself: a line that ends
 * inside a parenthesis, on a comma or a word such as "the" or "from", or that is followed by a line starting
 * in lower case, goes on in the next line.
 */
final class HardWrap {
    /** Words a sentence does not end on. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "into", "onto", "about",
            "between", "over", "under", "after", "before", "during", "against", "among", "through", "toward",
            "towards", "within", "without", "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom",
            "whose", "whether", "if", "because", "while", "although", "though", "is", "are", "was", "were", "be",
            "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "do", "does", "did", "its", "their", "his", "her", "our", "your", "my", "this",
            "these", "those", "such", "very", "more", "most", "said", "says", "told", "also", "not", "no", "both",
            "either", "neither", "per", "via", "de", "la", "le", "der", "die", "das", "und", "y", "el", "et");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*•·▪●■–]\\s+|\\d{1,3}[.)]\\s+|[a-z][.)]\\s+)");
    private static final Pattern BARE_LINK = Pattern.compile(
            "^(?:https?://\\S+|(?:www\\.)?(?:[\\w-]+\\.)++[a-z]{2,}(?:/\\S*)?)$", Pattern.CASE_INSENSITIVE);

    private HardWrap() {
    }

    /** The column a fixed-width text is wrapped at, or 0 when the text is not wrapped at a fixed width. */
    static int fixedWidth(List<String> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).toArray();
        if (lengths.length < 5) return 0;
        int longer = 0;
        int width = 0;
        for (int length : lengths) {
            if (length > 100) longer++;
            else width = Math.max(width, length);
        }
        if (longer * 20 > lengths.length || width < 30) return 0;
        int finalWidth = width;
        long near = Arrays.stream(lengths).filter(l -> l >= finalWidth * 3 / 4 && l <= finalWidth).count();
        return near * 10 >= lengths.length * 4L ? width : 0;
    }

    /** The paragraphs of one run of non-blank lines. */
    static List<String> join(List<String> lines, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        String last = null;
        for (String line : lines) {
            if (current == null) {
                current = new StringBuilder(line);
            } else if (continues(current, last, line, width)) {
                if (endsWithLetterHyphen(current) && Texts.startsLower(line)) current.append(line);
                else current.append(' ').append(line);
            } else {
                out.add(current.toString());
                current = new StringBuilder(line);
            }
            last = line;
        }
        if (current != null) out.add(current.toString());
        return out;
    }

    /** Whether the text starts with a list marker ("- ", "* ", "1. "). */
    static boolean isListItem(String line) {
        return LIST_MARKER.matcher(line).find();
    }

    static String stripListMarker(String line) {
        return LIST_MARKER.matcher(line).replaceFirst("");
    }

    static boolean isBareLink(String line) {
        return BARE_LINK.matcher(line).matches();
    }

    private static boolean continues(CharSequence paragraph, String line, String next, int width) {
        if (isListItem(next) || isBareLink(next) || isBareLink(line)) return false;
        String text = paragraph.toString();
        if (Texts.count(text, '(') > Texts.count(text, ')')) return true;
        if (width > 0 && line.length() >= width / 2 && line.length() + 1 + firstWord(next).length() > width - 1) {
            return true;
        }
        char end = line.charAt(line.length() - 1);
        if (end == ',' || end == '(' || end == '-' || end == '–' || end == '—' || end == '/' || end == '&'
                || end == '“') {
            return true;
        }
        char mark = Texts.lastMark(line);
        if (mark == '.' || mark == '!' || mark == '?' || mark == '…' || mark == ':' || mark == ';') return false;
        if (Texts.startsLower(next)) return true;
        String lastWord = lastWord(line);
        return FUNCTION_WORDS.contains(lastWord.toLowerCase(Locale.ROOT)) && Texts.words(line) > 2;
    }

    private static boolean endsWithLetterHyphen(CharSequence text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    private static String lastWord(String line) {
        return line.substring(line.lastIndexOf(' ') + 1);
    }
}
