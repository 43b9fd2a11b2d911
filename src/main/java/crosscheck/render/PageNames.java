package crosscheck.render;

import crosscheck.core.Slug;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out folder names for the pages of one section (events, articles, outlets): each name is safe on
 * every file system and web server, and unique even where file names ignore case. A name that is already
 * safe is kept; anything else is turned into a slug. A name that is taken gets "-2", "-3", ... in the order
 * names are asked for, so callers must ask in a deterministic order; {@link #assign} first gives every
 * already-safe name to itself, so a report's page is {@code articles/<id>/} whenever its id allows.
 */
final class PageNames {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
    private static final int MAX = 100;

    private final Set<String> taken = new HashSet<>();

    /**
     * Names for many things at once, by wanted name: safe names are claimed first, in the given order,
     * then the others get slugs, in the given order.
     */
    static Map<String, String> assign(List<String> wanted) {
        PageNames names = new PageNames();
        Map<String, String> out = new HashMap<>();
        for (String name : wanted) {
            if (isSafe(name) && !out.containsKey(name)) out.put(name, names.claim(name));
        }
        for (String name : wanted) {
            if (!out.containsKey(name)) out.put(name, names.claim(name));
        }
        return out;
    }

    /** A fresh name for something wanting to be called {@code wanted}. */
    String claim(String wanted) {
        String base = isSafe(wanted) ? wanted : Slug.of(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = base + "-" + n;
        return name;
    }

    private static boolean isSafe(String name) {
        return name != null && name.length() <= MAX && SAFE.matcher(name).matches();
    }
}
