package crosscheck.digest.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern in a text, the very ones {@link Matcher#find()} gives, but with the pattern tried only at
 * the positions where a cheap test says a match may start: a long pattern tried at every character costs more
 * than the rest of the digest. The test must hold wherever a match can start; it may hold elsewhere too. For
 * patterns that never match the empty string.
 */
public final class Scan {
    private Scan() {
    }

    /**
     * @param mayStart whether a match may start at a position of the text: true at least wherever one can
     */
    public static List<MatchResult> matches(Pattern pattern, String text, IntPredicate mayStart) {
        List<MatchResult> out = new ArrayList<>();
        // transparent bounds: look-arounds and \b see the text before the region, as find() sees it
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int at = 0;
        while (at < text.length()) {
            if (mayStart.test(at) && m.region(at, text.length()).lookingAt()) {
                out.add(m.toMatchResult());
                at = Math.max(m.end(), at + 1);
            } else {
                at++;
            }
        }
        return out;
    }
}
