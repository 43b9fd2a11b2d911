package crosscheck.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The only inline HTML that reaches the site: a block's text with its text-level markup, re-serialised through a
 * jsoup {@link Safelist} of text markup. Allowed: {@link #TAGS} without attributes, except {@code a href} (only
 * {@code http} and {@code https}; relative addresses are resolved against the page's address when it is known,
 * else dropped; every link gets {@code rel="nofollow noopener"}) and {@code abbr title}. Everything else (scripts,
 * styles, event handlers, forms, frames, {@code javascript:} and {@code data:} addresses, unknown elements) is
 * dropped, keeping only the text. A link left without an address becomes its plain text.
 */
public final class SafeMarkup {
    /** The text-level elements a block's markup may hold. */
    static final Set<String> TAGS = Set.of("a", "abbr", "b", "bdi", "cite", "code", "del", "dfn", "em", "i", "ins",
            "kbd", "mark", "q", "s", "samp", "small", "strong", "sub", "sup", "u", "var");
    /** A wrapper for each block while a page's blocks are cleaned together; never in the output. */
    private static final String WRAPPER = "p";
    private static final Safelist TEXT_MARKUP = safelist();
    private static final Safelist WITH_WRAPPER = safelist().addTags(WRAPPER);

    private SafeMarkup() {
    }

    private static Safelist safelist() {
        return new Safelist()
                .addTags(TAGS.toArray(String[]::new))
                .addTags("br")
                .addAttributes("a", "href")
                .addAttributes("abbr", "title")
                .addProtocols("a", "href", "http", "https")
                .addEnforcedAttribute("a", "rel", "nofollow noopener")
                .preserveRelativeLinks(false);
    }

    /**
     * Re-serialises any markup through the safelist: safe to show as HTML whatever went in. Idempotent on its own
     * output. Relative links are dropped (there is no address to resolve them against).
     */
    public static String sanitize(String markup) {
        if (markup == null) return null;
        Document clean = new Cleaner(TEXT_MARKUP).clean(Jsoup.parseBodyFragment(markup, ""));
        return serialise(clean, clean.body());
    }

    /**
     * The safe form of each block's markup, in one pass over all of them.
     *
     * @param markups each block's inline markup, as the page has it; null entries stay null
     * @param baseUri the address relative links resolve against ({@code http(s)}), or null or empty
     * @return a list of the same size; an entry is null where its input was
     */
    static List<String> clean(List<String> markups, String baseUri) {
        String base = baseUri == null ? "" : baseUri;
        StringBuilder dirty = new StringBuilder();
        String[] out = new String[markups.size()];
        int count = 0;
        for (int i = 0; i < out.length; i++) {
            String markup = markups.get(i);
            if (markup == null) continue;
            if (markup.indexOf('<') < 0) {
                // no element at all: escaped text (as PageText writes it) is already what the safelist gives
                out[i] = markup.strip();
                continue;
            }
            // the wrappers cannot be closed early from inside: markup that closes a <p> is dropped by the parser
            dirty.append('<').append(WRAPPER).append('>').append(markup).append("</").append(WRAPPER).append('>');
            count++;
        }
        if (count == 0) return Arrays.asList(out);
        Document page = Jsoup.parseBodyFragment(dirty.toString(), base);
        Document clean = new Cleaner(WITH_WRAPPER).clean(page);
        List<Element> wrappers = new ArrayList<>(count);
        for (Element child : clean.body().children()) {
            if (child.normalName().equals(WRAPPER)) wrappers.add(child);
        }
        if (wrappers.size() != count) {
            // the page's markup split a wrapper (it cannot, but if it ever did): no markup rather than misplaced markup
            return Arrays.asList(new String[markups.size()]);
        }
        int w = 0;
        for (int i = 0; i < out.length; i++) {
            if (markups.get(i) == null || out[i] != null) continue;
            Element wrapper = wrappers.get(w++);
            out[i] = serialise(clean, wrapper);
        }
        return Arrays.asList(out);
    }

    /** The inner HTML of an element of a cleaned document, links without an address unwrapped to their text. */
    private static String serialise(Document clean, Element element) {
        clean.outputSettings().prettyPrint(false);
        for (Element link : element.getElementsByTag("a")) {
            if (!link.hasAttr("href")) link.unwrap();
        }
        return element.html().strip();
    }
}
