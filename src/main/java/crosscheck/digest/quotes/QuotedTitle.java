package crosscheck.digest.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * A name in quotation marks rather than a quotation: the title of a song, film, book, show or article ("the song
 * “Hatikvah”", "a documentary titled “The Road to Rafah Crossing Point”", "under the headline “Israel Strikes
 * Back at Hezbollah Positions”"), or any short quoted phrase in title case, each word capitalised ("“Operation
 * Swords of Iron Continues Tonight”").
 */
final class QuotedTitle {
    /** Most words of a title. */
    static final int MAX_WORDS = 12;
    /** Words right before a quoted title: a work's kind, or a verb of naming. */
    private static final Set<String> CUES = Set.of("titled", "entitled", "called", "named", "dubbed", "headlined",
            "song", "anthem", "hymn", "single", "album", "track", "film", "movie", "documentary", "book", "novel",
            "memoir", "poem", "musical", "opera", "series", "sitcom", "episode", "programme", "podcast", "headline",
            "op-ed", "editorial", "essay", "painting", "exhibition", "slogan", "hashtag", "banner", "motto",
            "nickname");
    /** Words a title leaves in lower case. */
    private static final Set<String> SMALL = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "into", "over", "is", "vs", "vs.", "via", "per", "&");

    private QuotedTitle() {
    }

    /**
     * Whether the words {@code inner} of a quotation are a title, given the text of its sentence before it.
     * Only a short text that starts with a capital or a digit can be one.
     */
    static boolean is(String head, String inner) {
        String[] words = inner.strip().split("\\s+");
        if (words.length > MAX_WORDS || inner.isBlank()) return false;
        int first = inner.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) return false;
        String[] before = head.strip().split("\\s+");
        for (int k = before.length - 1; k >= 0 && k >= before.length - 2; k--) { // "the song", "slogans like"
            String cue = before[k].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
            if (CUES.contains(cue) || CUES.contains(cue.endsWith("s") ? cue.substring(0, cue.length() - 1) : cue)) {
                return true;
            }
        }
        if (words.length < 3) return false;
        for (String word : words) {
            String w = word.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (w.isEmpty() || SMALL.contains(w.toLowerCase(Locale.ROOT))) continue;
            int c = w.codePointAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) return false;
        }
        return true;
    }
}
