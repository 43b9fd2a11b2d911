package crosscheck.digest.figures;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence attributes its figures to, as the sentence writes it: "according to the Gaza health ministry",
 * "the Israeli Health Ministry reports", "..., officials said.", "Police say ...". The words are the report's own,
 * never rewritten; a sentence that attributes nothing gives none.
 */
final class Authorities {
    /** "According to Johns Hopkins University", up to a break or six words. */
    private static final Pattern ACCORDING = Pattern.compile(
            "(?i)\\baccording to\\s+((?:[\\p{L}’'.-]+\\s+){0,5}[\\p{L}’'.-]*\\p{L})");
    /** A body that counts, before a verb of saying: "the Israeli Health Ministry reports", "police said". */
    private static final Pattern BODY_SAYS = Pattern.compile("(?i)(?<![\\p{L}’'-])((?:the\\s+)?(?:\\p{L}+\\s+){0,4}?"
            + "(?:ministry|officials?|authorities|police|army|military|government|agency|spokes(?:man|woman|person)"
            + "|governor|coroner|hospital|media|television|ministers?|UN|United Nations|IDF))\\s+"
            + "(?:says?|said|reports?|reported|estimates?|estimated|told|confirmed)\\b");
    /** "..., the Navy spokesman said." at the end of a sentence: what comes between the last comma and "said". */
    private static final Pattern TRAILING = Pattern.compile(
            ",\\s+((?:[\\p{L}’'.-]+\\s+){0,5}?[\\p{L}’'.-]*\\p{L})\\s+(?:said|says|reported|reports|told \\p{L}+)\\.?[”\"]?$");

    private Authorities() {
    }

    /** Pronouns and the like: they name no one to a reader who sees the sentence alone ("according to what he"). */
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "it", "we", "i",
            "you", "this", "that", "what", "him", "her", "them", "his", "their", "its");

    /**
     * The words one of the patterns must find, in lower case: "according to", or a verb of saying. Most sentences
     * have none, and looking for them is much cheaper than trying the patterns at every character.
     */
    private static final List<String> CUES = List.of("according to", "say", "said", "report", "estimat", "told",
            "confirmed");

    /** Who the sentence attributes its figures to, in its words, or null (a pronoun is no one). */
    static String of(String sentence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        if (CUES.stream().noneMatch(lower::contains)) return null;
        for (Matcher m : List.of(ACCORDING.matcher(sentence), BODY_SAYS.matcher(sentence),
                TRAILING.matcher(sentence.strip()))) {
            if (m.find()) {
                String who = m.group(1);
                String first = who.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
                return PRONOUNS.contains(first) ? null : who;
            }
        }
        return null;
    }
}
