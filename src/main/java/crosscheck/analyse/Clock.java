package crosscheck.analyse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day written with "a.m." or "p.m." at a sentence break, and what follows it: whether the sentence goes
 * on ("a planned 12 p.m. meeting", "at 5 p.m. EST", "at 4 a.m. Sunday", "at 7 p.m. Kyiv time") or ends there, as
 * it does when a sentence starts ("at 5 p.m. The next day, ..."). Also closes a full stop set off by a space, as
 * machine translation and tokenised text write it ("U.S .", "p.m .").
 */
final class Clock {
    /** A time of day at the end of a text: its number, and the determiner a time used as a modifier follows. */
    private static final Pattern TIME_AT_END = Pattern.compile(
            "(?i)(?:\\b(a|an|the|its|his|her|their|this|that|each|every|our)\\s+(?:[\\p{L}-]+\\s+)?)?"
                    + "\\b\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.\\s?m\\.\\s*$");
    /** How much of a text before a spaced full stop {@link #closeStop} keeps. */
    static final int KEPT = 256;
    /** How much of the end of a text a time of day with its determiner takes at most. */
    private static final int TAIL = 48;
    /** The first word of a piece, and the one after it. */
    private static final Pattern FIRST_WORDS = Pattern.compile("^\\s*([\\p{L}]+)[,.]?(?:\\s+([\\p{L}]+))?");
    /** Words after a time that belong to it: days and months. */
    private static final Set<String> GOES_WITH_TIME = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
            "Sept", "Oct", "Nov", "Dec");
    /** Second words of a place's time or a zone's name: "Kyiv time", "Eastern Standard Time". */
    private static final Set<String> TIME_WORDS = Set.of("time", "Time", "Standard", "Daylight", "Mean");

    private Clock() {
    }

    /**
     * Whether {@code piece} goes on the sentence that {@code before} ends with a time of day: always when that time
     * is a modifier ("a planned 12 p.m. | meeting"), else when the piece starts with a time zone ("ET", "GMT"), a day,
     * a month or a place's time ("Kyiv time").
     */
    static boolean goesOn(CharSequence before, String piece) {
        CharSequence text = closeStop(before);
        Matcher time = TIME_AT_END.matcher(text.subSequence(Math.max(0, text.length() - TAIL), text.length()));
        if (!time.find()) return false;
        if (time.group(1) != null) return true;
        Matcher first = FIRST_WORDS.matcher(piece);
        if (!first.lookingAt()) return false;
        String word = first.group(1);
        if (GOES_WITH_TIME.contains(word) || (first.group(2) != null && TIME_WORDS.contains(first.group(2)))) return true;
        return word.length() >= 2 && word.length() <= 4 && word.chars().allMatch(Character::isUpperCase)
                && (word.endsWith("T") || word.equals("UTC") || word.equals("MSK")); // ET, EST, GMT, BST, UTC
    }

    /**
     * The text with a full stop at its end moved up to the word before it ("U.S ." as "U.S."), of the text only its
     * last {@value #KEPT} characters before that word (all a sentence's end is read for, so that mending a long
     * sentence piece by piece stays linear); else the text itself.
     */
    static CharSequence closeStop(CharSequence text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end < 3 || text.charAt(end - 1) != '.' || !Character.isWhitespace(text.charAt(end - 2))) return text;
        int word = end - 2;
        while (word > 0 && Character.isWhitespace(text.charAt(word - 1))) word--;
        if (word == 0) return text;
        return text.subSequence(Math.max(0, word - KEPT), word) + "." + text.subSequence(end, text.length());
    }
}
