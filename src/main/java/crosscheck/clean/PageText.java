package crosscheck.clean;

import crosscheck.clean.metadata.PageMetadata;
import crosscheck.core.Texts;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of a page as runs: the stretches of text between block boundaries (paragraphs, headings, list
 * items, table cells, line breaks), in reading order, each with the element it belongs to, how much of it
 * is link text, and the class hints above it. Also holds, for every element, the totals of the runs inside
 * it. One iterative walk (jsoup's {@link NodeTraversor}), so any nesting depth is fine. Scripts, styles,
 * forms' controls, embedded objects and hidden elements give no text.
 */
final class PageText {
    /**
     * A stretch of text between two block boundaries.
     *
     * @param chars     characters that are not white space
     * @param linkChars of those, the characters inside links
     * @param owner     the innermost block element holding the text
     * @param furniture the innermost ancestor whose class, id or tag marks it as page furniture; null when none
     * @param caption   whether the text is inside a figure or table caption
     * @param first     the first text node of the run, for its markup
     * @param last      the last text node of the run
     */
    record Run(String text, Block.Kind kind, int chars, int linkChars, Element owner, Element furniture,
               boolean caption, TextNode first, TextNode last) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /** Totals for one element: its runs (a range of indices), their characters, and its class hints. */
    static final class Stats {
        int first;
        int end;
        int chars;
        int linkChars;
        /** Characters in runs of prose: 80 characters or more, few of them links. */
        int proseChars;
        int depth;
        /** What the class hints say: {@link ClassHints#POSITIVE}, {@link ClassHints#NEGATIVE} or 0. */
        int hint;
        String furnitureReason;
        /** Whether a furniture element's names also say "content" (a page wrapper, maybe). */
        boolean mixedNames;
        boolean positiveBelow;
        /** Characters of the largest element below this one with a content hint. */
        int positiveChars;
        /** Characters outside links of the element below this one with a content hint that has most. */
        int positiveText;
        /** The furniture element around this one, for furniture elements. */
        Element outerFurniture;
        /** Content score, used by {@link HtmlExtractor}. */
        double score;
        boolean scored;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "iframe", "frame", "object", "embed", "applet", "svg", "math", "canvas", "select", "option", "optgroup",
            "datalist", "textarea", "button", "input", "audio", "video", "source", "track", "map", "area", "link",
            "meta", "base", "param", "picture");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
            "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
            "th", "caption", "ul", "noframes");

    final List<Run> runs = new ArrayList<>();
    final Map<Element, Stats> stats;
    final Element root;
    /** How deep the deepest element lies below the root. */
    int maxDepth;

    private PageText(Element root, int expectedElements) {
        this.root = root;
        this.stats = new IdentityHashMap<>(Math.max(32, expectedElements));
    }

    /**
     * Walks the subtree under {@code root}.
     *
     * @param hints whether to read class/id/tag hints (off for Markdown, which has no page furniture markup)
     */
    static PageText walk(Element root, boolean hints) {
        return walk(root, hints, 32);
    }

    /** Walks the subtree under {@code root}, expecting about so many elements. */
    static PageText walk(Element root, boolean hints, int expectedElements) {
        return walk(root, hints, expectedElements, null);
    }

    /**
     * Walks the subtree under {@code root}, expecting about so many elements, and hands every element it comes
     * to (skipped ones too, but not what is inside them) to {@code tags}, when not null, for the page's metadata.
     */
    static PageText walk(Element root, boolean hints, int expectedElements, PageMetadata.Tags tags) {
        PageText page = new PageText(root, expectedElements);
        NodeTraversor.filter(page.new Walker(hints, tags), root);
        return page;
    }

    Stats stats(Element element) {
        return stats.get(element);
    }

    /** Forgets the content scores, for another reading of the same page. */
    void clearScores() {
        for (Stats s : stats.values()) {
            s.score = 0;
            s.scored = false;
        }
    }

    /** Every run as a kept piece. */
    List<Piece> pieces() {
        List<Piece> pieces = new ArrayList<>(runs.size());
        for (Run run : runs) pieces.add(Piece.of(this, run));
        return pieces;
    }

    /**
     * The run's text with the text-level markup around it ({@link SafeMarkup#TAGS}: links, emphasis, code, ...)
     * and no other: every other element gives only its text, as in the walk. Text is escaped; the markup is
     * not yet checked against the safelist (link addresses are as the page wrote them).
     */
    String markup(Run run) {
        StringBuilder out = new StringBuilder(run.text().length() + 16);
        List<Element> open = new ArrayList<>();
        Element owner = run.owner();
        for (Element e = run.first().parent(); e != null && e != owner; e = e.parent()) {
            if (SafeMarkup.TAGS.contains(e.normalName())) open.add(0, e);
        }
        for (Element e : open) openTag(out, e);
        Node node = run.first();
        Node last = run.last();
        int steps = 0;
        while (node != null && steps++ < 1_000_000) {
            boolean descend = false;
            if (node instanceof TextNode text) {
                appendText(out, text.getWholeText());
                if (node == last) break;
            } else if (node instanceof Element element && !SKIPPED.contains(element.normalName())
                    && !(element.attributesSize() > 0 && isHidden(element))) {
                if (SafeMarkup.TAGS.contains(element.normalName()) && openTag(out, element)) open.add(element);
                descend = element.childNodeSize() > 0;
            }
            if (descend) {
                node = node.childNode(0);
                continue;
            }
            // close what ends here, then go on with the next node in document order
            while (node != null && node != owner && node.nextSibling() == null) {
                closeIfOpen(out, open, node);
                node = node.parent();
            }
            if (node == null || node == owner) break;
            closeIfOpen(out, open, node);
            node = node.nextSibling();
        }
        for (int i = open.size() - 1; i >= 0; i--) out.append("</").append(open.get(i).normalName()).append('>');
        return out.toString();
    }

    private static boolean openTag(StringBuilder out, Element element) {
        String tag = element.normalName();
        String attribute = tag.equals("a") ? "href" : tag.equals("abbr") ? "title" : null;
        String value = attribute == null ? null : element.attributes().get(attribute);
        if (tag.equals("a") && value.isEmpty()) return false;
        out.append('<').append(tag);
        if (value != null && !value.isEmpty()) {
            out.append(' ').append(attribute).append("=\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    default -> out.append(c);
                }
            }
            out.append('"');
        }
        out.append('>');
        return true;
    }

    private static void closeIfOpen(StringBuilder out, List<Element> open, Node node) {
        if (!open.isEmpty() && open.get(open.size() - 1) == node) {
            out.append("</").append(((Element) node).normalName()).append('>');
            open.remove(open.size() - 1);
        }
    }

    /** Escaped text, white space collapsed and invisible characters left out, as in the run's text. */
    private static void appendText(StringBuilder out, String text) {
        int from = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F && c != '&' && c != '<' && c != '>') continue;
            if (c >= 0x7F && !Character.isSpaceChar(c) && !Texts.isInvisible(c)) continue;
            out.append(text, from, i);
            from = i + 1;
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                int length = out.length();
                if (length > 0 && out.charAt(length - 1) != ' ') out.append(' ');
            }
            // other control and invisible characters are left out
        }
        out.append(text, from, n);
    }

    private final class Walker implements NodeFilter {
        private final ClassHints hints;
        private final StringBuilder buffer = new StringBuilder();
        private final List<Element> owners = new ArrayList<>();
        /** The stats of the elements the walk is inside, outermost first. */
        private final List<Stats> open = new ArrayList<>();
        private TextNode first;
        private TextNode last;
        private int bufferLinkChars;
        private int links;
        private int quotes;
        private int captions;
        private int depth;
        private Element furniture;

        private final PageMetadata.Tags tags;

        Walker(boolean hints, PageMetadata.Tags tags) {
            this.hints = hints ? new ClassHints() : null;
            this.tags = tags;
        }

        @Override
        public FilterResult head(Node node, int ignored) {
            if (node instanceof TextNode text) {
                String value = text.getWholeText();
                if (buffer.length() == 0) first = text;
                last = text;
                buffer.append(value);
                if (links > 0) bufferLinkChars += Texts.visible(value);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) return FilterResult.SKIP_ENTIRELY;
            String tag = element.normalName();
            if (tags != null && !tag.equals("svg")) tags.see(element, tag);
            if (SKIPPED.contains(tag)) return FilterResult.SKIP_ENTIRELY;
            // jsoup counts attributes one by one: once per element is enough
            boolean attributed = element.attributesSize() > 0;
            if (attributed && isHidden(element)) return FilterResult.SKIP_ENTIRELY;
            if (tag.equals("br")) {
                flush();
                return FilterResult.SKIP_ENTIRELY;
            }
            Stats s = new Stats();
            s.first = runs.size();
            s.depth = depth++;
            if (depth > maxDepth) maxDepth = depth;
            stats.put(element, s);
            open.add(s);
            if (BLOCKS.contains(tag)) {
                flush();
                owners.add(element);
            }
            switch (tag) {
                case "a" -> links++;
                case "blockquote" -> quotes++;
                case "figcaption", "caption" -> captions++;
                default -> { }
            }
            if (hints != null && element != root) {
                s.hint = hints.of(element, tag, attributed);
                if (s.hint == ClassHints.NEGATIVE) {
                    s.furnitureReason = hints.reason(element);
                    s.mixedNames = hints.alsoContent(element);
                    s.outerFurniture = furniture;
                    furniture = element;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int ignored) {
            // only elements the head walked into come here: skipped ones get no tail
            if (!(node instanceof Element element)) return FilterResult.CONTINUE;
            Stats s = open.remove(open.size() - 1);
            String tag = element.normalName();
            if (BLOCKS.contains(tag)) {
                flush();
                owners.remove(owners.size() - 1);
            }
            switch (tag) {
                case "a" -> links--;
                case "blockquote" -> quotes--;
                case "figcaption", "caption" -> captions--;
                default -> { }
            }
            if (furniture == element) furniture = s.outerFurniture;
            depth--;
            s.end = runs.size();
            Stats up = open.isEmpty() ? null : open.get(open.size() - 1);
            if (up != null) {
                up.chars += s.chars;
                up.linkChars += s.linkChars;
                up.proseChars += s.proseChars;
                if (s.hint == ClassHints.POSITIVE || s.positiveBelow) up.positiveBelow = true;
                int positive = Math.max(s.positiveChars, s.hint == ClassHints.POSITIVE ? s.chars : 0);
                up.positiveChars = Math.max(up.positiveChars, positive);
                int text = Math.max(s.positiveText, s.hint == ClassHints.POSITIVE ? s.chars - s.linkChars : 0);
                up.positiveText = Math.max(up.positiveText, text);
            }
            return FilterResult.CONTINUE;
        }

        private void flush() {
            if (buffer.length() == 0) return;
            String text = Texts.normalize(buffer);
            int linkChars = bufferLinkChars;
            buffer.setLength(0);
            bufferLinkChars = 0;
            if (text.isEmpty() || !Texts.hasLetterOrDigit(text)) return;
            Element owner = owners.isEmpty() ? root : owners.get(owners.size() - 1);
            int chars = text.length() - Texts.count(text, ' ');
            Run run = new Run(text, kindOf(owner), chars, Math.min(linkChars, chars), owner, furniture,
                    captions > 0, first, last);
            runs.add(run);
            Stats s = stats.get(owner);
            if (s != null) {
                s.chars += run.chars();
                s.linkChars += run.linkChars();
                if (run.chars() >= 80 && run.linkDensity() < 0.3) s.proseChars += run.chars();
            }
        }

        private Block.Kind kindOf(Element owner) {
            String tag = owner.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                return Block.Kind.HEADING;
            }
            if (quotes > 0) return Block.Kind.QUOTE;
            if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) return Block.Kind.ITEM;
            return Block.Kind.PARAGRAPH;
        }
    }

    /** Class names that hide an element from sight (CSS frameworks' and screen-reader-only conventions). */
    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "hide", "d-none", "display-none",
            "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "screen-reader-only", "invisible",
            "offscreen", "element-invisible");

    private static boolean hasHidingClass(String cls) {
        if (cls.indexOf("hid") < 0 && cls.indexOf("none") < 0 && cls.indexOf("only") < 0 && cls.indexOf("screen") < 0
                && cls.indexOf("visible") < 0) {
            return false;
        }
        int n = cls.length();
        for (int i = 0; i < n; ) {
            while (i < n && Character.isWhitespace(cls.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(cls.charAt(i))) i++;
            if (i > start && HIDING_CLASSES.contains(cls.substring(start, i))) return true;
        }
        return false;
    }

    private static boolean isHidden(Element element) {
        Attributes attributes = element.attributes();
        if (attributes.hasKey("hidden") || "true".equals(attributes.get("aria-hidden"))) return true;
        String cls = attributes.get("class");
        if (!cls.isEmpty() && hasHidingClass(cls)) return true;
        String style = attributes.get("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
