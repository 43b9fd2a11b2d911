package crosscheck.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
     */
    record Run(String text, Block.Kind kind, int chars, int linkChars, Element owner, Element furniture,
               boolean caption) {
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
        boolean positiveBelow;
        /** Characters of the largest element below this one with a content hint. */
        int positiveChars;
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
    final Map<Element, Stats> stats = new IdentityHashMap<>();
    final Element root;

    private PageText(Element root) {
        this.root = root;
    }

    /**
     * Walks the subtree under {@code root}.
     *
     * @param hints whether to read class/id/tag hints (off for Markdown, which has no page furniture markup)
     */
    static PageText walk(Element root, boolean hints) {
        PageText page = new PageText(root);
        NodeTraversor.filter(page.new Walker(hints), root);
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
        for (Run run : runs) pieces.add(new Piece(run.kind(), run.text(), false));
        return pieces;
    }

    private final class Walker implements NodeFilter {
        private final ClassHints hints;
        private final StringBuilder buffer = new StringBuilder();
        private final List<Element> owners = new ArrayList<>();
        private int bufferLinkChars;
        private int links;
        private int quotes;
        private int captions;
        private int depth;
        private Element furniture;

        Walker(boolean hints) {
            this.hints = hints ? new ClassHints() : null;
        }

        @Override
        public FilterResult head(Node node, int ignored) {
            if (node instanceof TextNode text) {
                String value = text.getWholeText();
                buffer.append(value);
                if (links > 0) bufferLinkChars += Texts.visible(value);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) return FilterResult.SKIP_ENTIRELY;
            String tag = element.normalName();
            if (SKIPPED.contains(tag) || isHidden(element)) return FilterResult.SKIP_ENTIRELY;
            if (tag.equals("br")) {
                flush();
                return FilterResult.SKIP_ENTIRELY;
            }
            Stats s = new Stats();
            s.first = runs.size();
            s.depth = depth++;
            stats.put(element, s);
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
                s.hint = hints.of(element);
                if (s.hint == ClassHints.NEGATIVE) {
                    s.furnitureReason = hints.reason(element);
                    s.outerFurniture = furniture;
                    furniture = element;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int ignored) {
            if (!(node instanceof Element element)) return FilterResult.CONTINUE;
            Stats s = stats.get(element);
            if (s == null) return FilterResult.CONTINUE;
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
            Element parent = element.parent();
            Stats up = parent == null ? null : stats.get(parent);
            if (up != null) {
                up.chars += s.chars;
                up.linkChars += s.linkChars;
                up.proseChars += s.proseChars;
                if (s.hint == ClassHints.POSITIVE || s.positiveBelow) up.positiveBelow = true;
                int positive = Math.max(s.positiveChars, s.hint == ClassHints.POSITIVE ? s.chars : 0);
                up.positiveChars = Math.max(up.positiveChars, positive);
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
            int chars = Texts.visible(text);
            Run run = new Run(text, kindOf(owner), chars, Math.min(linkChars, chars), owner, furniture,
                    captions > 0);
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

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden")) return true;
        String style = element.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
