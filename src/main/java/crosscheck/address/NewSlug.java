package crosscheck.address;

import crosscheck.analyse.AnalysedReport;
import crosscheck.core.Slug;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * The address of an event no page held before: its earliest report's headline as a slug
 * ({@code austin-meets-gallant}); when that is taken, the slug with a short hash of the report's id
 * ({@code austin-meets-gallant-3f9a1c}). Both depend on that one report alone, not on the other events or on the
 * order they come in (a "-2" would depend on which event asked first), so an event gets the same new address from
 * the same reports even if the addresses file is lost; the hash is only added when needed, so most addresses read
 * as a headline.
 */
final class NewSlug {
    /** Hex digits of the hash tried first; more are added should a slug with them be taken too. */
    static final int HASH_DIGITS = 6;
    /** At most this many, so that a slug stays within 100 characters (the headline's slug has at most 60). */
    private static final int MOST_DIGITS = 32;

    private NewSlug() {
    }

    /** A slug for the event whose earliest report is {@code earliest}, not one of {@code taken}. */
    static String of(AnalysedReport earliest, Set<String> taken) {
        return of(Slug.of(earliest.report().displayTitle()), earliest.id(), taken);
    }

    /** {@code base}, else {@code base} with a short hash of the report id {@code id}: not one of {@code taken}. */
    static String of(String base, String id, Set<String> taken) {
        if (!taken.contains(base)) return base;
        String hash = sha256(id);
        for (int digits = HASH_DIGITS; digits <= MOST_DIGITS; digits += 2) {
            String candidate = base + "-" + hash.substring(0, digits);
            if (!taken.contains(candidate)) return candidate;
        }
        for (int n = 2; ; n++) { // only if 32 hex digits of SHA-256 collide
            String candidate = base + "-" + hash.substring(0, HASH_DIGITS) + "-" + n;
            if (!taken.contains(candidate)) return candidate;
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
