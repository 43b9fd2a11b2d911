package crosscheck.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL-safe names: lower-case ASCII letters, digits and single hyphens, at most 60 characters, cut at a
 * word boundary.
 */
public final class Slug {
    private static final int MAX = 60;

    private Slug() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ascii.length() && out.length() <= MAX; i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        if (out.length() > MAX) {
            int cut = out.lastIndexOf("-", MAX);
            out.setLength(cut > 0 ? cut : MAX);
        }
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '-') out.setLength(out.length() - 1);
        return out.isEmpty() ? "untitled" : out.toString();
    }

    /** Whether a curator-given slug is already safe to use as a folder name. */
    public static boolean isValid(String slug) {
        return slug != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= 100;
    }
}
