package crosscheck.clean;

import crosscheck.clean.metadata.Metadata;
import crosscheck.clean.metadata.PageMetadata;
import crosscheck.core.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a web page from the page's own structure and reads it into pieces.
 *
 * <p>Every run of text with a sentence's worth of characters adds to the content score of the element
 * that holds it and, less and less, of the elements above (more for commas and length); so does the
 * heading that shows the page's title. A score is discounted by the share of link text, and the weights
 * of the element's tag and class hints ({@link ClassHints}) are added. The best-scoring element, widened
 * to an ancestor when the best candidates share one, plus those of its siblings that score near it and the
 * blocks of prose right before or after it in reading order that are marked up like its parts, is the article. Inside it, captions, link lists and elements marked as furniture (comments, sharing,
 * related links) are dropped, except the captions of a photo gallery, whose sentences say more than its other text; everything outside is dropped as outside the main content. Should class
 * hints leave (almost) nothing, the page is read again with only the comment hints.
 */
final class HtmlExtractor {
    /** Less text than this (not even a paragraph) means the class hints misled the first reading. */
    private static final int MIN_ARTICLE_CHARS = 80;
    /** Pages nest a few dozen elements deep; hundreds of levels are broken or hostile markup. */
    private static final int MAX_SANE_DEPTH = 1000;
    /** How far from either end of the page to look for its opening and closing tags. */
    private static final int TAIL_CHARS = 16_384;
    private static final String COMMENTS = "reader comments";
    /** Table cells longer than this are layout, not data: they stay blocks of their own. */
    private static final int MAX_CELL = 150;
    /** Hints that scripts and plugins also put on the article itself ("print-this-content", "js-social"). */
    private static final Set<String> OVERRIDABLE = Set.of("sharing links", "page tools", "navigation", "photo caption",
            "byline and tags", "related links");
    private static final int PROSE_CHARS = 400;
    private static final int MAX_FURNITURE_NESTING = 64;
    /** What the page's headline adds to the elements around it, like a paragraph would. */
    private static final double HEADLINE_SCORE = 8;
    /** How many runs below the headline the article's text may start (a byline, a date, a standfirst between). */
    private static final int NEAR_HEADLINE = 4;
    /** The text under the headline wins over a candidate at most this many times stronger. */
    private static final double HEADLINE_PRIOR = 3;
    /** How many runs (a caption, a credit, an ad's label) may stand between the article and a part of it. */
    private static final int MAX_GAP_RUNS = 3;
    private static final Set<String> PARAGRAPH_LIKE = Set.of("p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "dt", "dd", "blockquote", "tr", "caption", "figcaption", "address", "summary", "legend", "th");

    private HtmlExtractor() {
    }

    static Draft extract(String html) {
        Document document = Jsoup.parse(html);
        Element body = document.body();
        List<String> warnings = new ArrayList<>(0);
        if (body == null) return new Draft(new ArrayList<>(), PageMetadata.read(document), null, warnings);
        PageMetadata.Tags tags = new PageMetadata.Tags();
        PageText page = PageText.walk(body, true, html.length() / 64, tags);
        Metadata metadata = PageMetadata.read(document, tags);
        if (page.maxDepth > MAX_SANE_DEPTH) {
            warnings.add(String.format(Locale.ROOT, "its elements are nested %,d deep (broken or hostile markup): "
                    + "its text was read, but check what cleaning kept", page.maxDepth));
        }
        int headline = headlineRun(page, metadata.title());
        List<Piece> pieces = select(page, true, headline);
        if (keptChars(pieces) < MIN_ARTICLE_CHARS) {
            page.clearScores();
            List<Piece> again = select(page, false, headline);
            if (keptChars(again) > keptChars(pieces)) pieces = again;
        }
        return new Draft(mergeTableRows(pieces, page), metadata, webAddress(document.baseUri()), warnings);
    }

    /**
     * Whether the page stops short: it opens {@code <html>} or {@code <body>} but closes neither, or it ends
     * inside a tag. Parsing still gives what text there is.
     */
    static boolean isCutOff(String html) {
        int end = html.length();
        while (end > 0 && Character.isWhitespace(html.charAt(end - 1))) end--;
        if (end == 0) return false;
        int lastOpen = html.lastIndexOf('<', end - 1);
        if (lastOpen >= 0 && html.lastIndexOf('>', end - 1) < lastOpen) return true;
        int head = Math.min(end, TAIL_CHARS);
        if (!hasTag(html, 0, head, "<html") && !hasTag(html, 0, head, "<body")) return false;
        int tail = Math.max(0, end - TAIL_CHARS);
        return !hasTag(html, tail, end, "</html") && !hasTag(html, tail, end, "</body");
    }

    /** Whether {@code tag} (lower case, starting with "<") starts somewhere in html[from, to), in any case. */
    private static boolean hasTag(String html, int from, int to, String tag) {
        for (int i = html.indexOf('<', from); i >= 0 && i < to; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, tag, 0, tag.length())) return true;
        }
        return false;
    }

    private static String webAddress(String address) {
        if (address == null) return null;
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? address : null;
    }

    /** Scores the page, picks the article and returns every run as a piece, dropped or kept. */
    private static List<Piece> select(PageText page, boolean hints, int headline) {
        List<Element> candidates = score(page, hints, headline);
        List<Element> roots = roots(page, candidates, headline);
        List<Piece> pieces = new ArrayList<>(page.runs.size());
        List<Piece> captions = new ArrayList<>();
        int captionChars = 0;
        int keptChars = 0;
        int r = 0;
        for (int i = 0; i < page.runs.size(); i++) {
            PageText.Run run = page.runs.get(i);
            Piece piece = Piece.of(page, run);
            pieces.add(piece);
            while (r < roots.size() && page.stats(roots.get(r)).end <= i) r++;
            PageText.Stats root = r < roots.size() ? page.stats(roots.get(r)) : null;
            if (root == null || i < root.first) {
                piece.drop("outside the main content");
                continue;
            }
            Element furniture = furniture(page, run, root.depth, hints);
            boolean captionHint = furniture != null && ClassHints.CAPTION.equals(page.stats(furniture).furnitureReason);
            if (run.caption() || captionHint) {
                piece.drop("photo caption");
                if (isSentence(run)) {
                    captions.add(piece);
                    captionChars += run.chars();
                }
            } else if (furniture != null) {
                piece.drop(page.stats(furniture).furnitureReason);
            } else if (run.linkDensity() > 0.5 && !isLinkedSentence(run)
                    // a heading inside the article that is a link (to its section, to the post) still heads its text
                    && run.kind() != Block.Kind.HEADING) {
                piece.drop(run.kind() == Block.Kind.ITEM ? "link list" : "links");
            }
            if (piece.kept()) keptChars += run.chars();
        }
        // a photo gallery: its captions, written as sentences, tell more than the text around them
        if (captionChars > keptChars) for (Piece caption : captions) caption.reason = null;
        return pieces;
    }

    /**
     * A caption that tells something: a sentence or more, maybe followed by its credit in brackets ("... parade.
     * (Jane Roe/AFP)"), not a name, a place or a credit.
     */
    private static boolean isSentence(PageText.Run run) {
        String text = run.text();
        int credit = text.endsWith(")") ? text.lastIndexOf(" (") : -1;
        if (credit > 0) text = text.substring(0, credit);
        return Texts.words(text) >= 6 && ThinExtraction.sentences(text) > 0;
    }

    /** A sentence of the article that is (mostly) a link: it reads as a sentence, not as a label or a menu. */
    private static boolean isLinkedSentence(PageText.Run run) {
        String text = run.text();
        return Texts.endsSentence(text) && Texts.words(text) >= 6;
    }

    /** The index of the heading run that shows the page's title, or -1. */
    private static int headlineRun(PageText page, String title) {
        if (title == null) return -1;
        String key = Texts.key(title);
        for (int i = 0; i < page.runs.size(); i++) {
            PageText.Run run = page.runs.get(i);
            if (run.kind() == Block.Kind.HEADING && RepeatedTitle.sameTitle(key, Texts.key(run.text()))) return i;
        }
        return -1;
    }

    /** Adds each run's score to the elements above it; returns the scored elements. */
    private static List<Element> score(PageText page, boolean hints, int headline) {
        List<Element> scored = new ArrayList<>();
        for (int i = 0; i < page.runs.size(); i++) {
            PageText.Run run = page.runs.get(i);
            double score;
            if (i == headline) {
                score = HEADLINE_SCORE;
            } else {
                if (run.caption() || run.chars() < 25 || run.linkDensity() > 0.5) continue;
                if (furniture(page, run, -1, hints) != null) continue;
                score = 1 + commas(run.text()) + Math.min(run.chars() / 100, 3);
            }
            Element owner = run.owner();
            PageText.Stats ownerStats = page.stats(owner);
            Element element = PARAGRAPH_LIKE.contains(owner.normalName())
                    || (ownerStats != null && ownerStats.end - ownerStats.first <= 1) ? owner.parent() : owner;
            for (int level = 0; level < 5 && element != null; level++) {
                PageText.Stats s = page.stats(element);
                if (s == null) break;
                // the headline pulls up the elements around it, but is no article on its own
                if (!s.scored && i != headline) {
                    s.scored = true;
                    scored.add(element);
                }
                s.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                element = element.parent();
            }
        }
        return scored;
    }

    /** The article: the best candidate, widened where the page splits it, and its siblings that belong. */
    private static List<Element> roots(PageText page, List<Element> candidates, int headline) {
        Element top = null;
        double best = 0;
        Element underHeadline = null;
        double bestUnder = 0;
        for (Element candidate : candidates) {
            double s = finalScore(page, candidate);
            if (top == null || s > best) {
                top = candidate;
                best = s;
            }
            PageText.Stats stats = page.stats(candidate);
            if (headline >= 0 && stats.first > headline && stats.first - headline <= NEAR_HEADLINE && s > bestUnder) {
                underHeadline = candidate;
                bestUnder = s;
            }
        }
        if (top == null) return List.of(page.root);
        // the text that starts right under the page's headline is the article, unless something else is far stronger
        PageText.Stats topStats = page.stats(top);
        boolean topHasHeadline = topStats.first <= headline && headline < topStats.end;
        if (underHeadline != null && !topHasHeadline && bestUnder * HEADLINE_PRIOR >= best
                && !isAncestor(page, top, underHeadline)) {
            top = underHeadline;
            best = bestUnder;
        }
        top = widen(page, candidates, top, best);
        double topScore = finalScore(page, top);
        Element parent = top.parent();
        PageText.Stats parentStats = parent == null ? null : page.stats(parent);
        if (parentStats == null) return List.of(top);
        List<Element> roots = new ArrayList<>();
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        for (Element sibling : parent.children()) {
            PageText.Stats s = page.stats(sibling);
            if (s == null) continue;
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
            if (s.scored && finalScore(page, sibling) + bonus >= threshold) {
                roots.add(sibling);
            } else if (PARAGRAPH_LIKE.contains(sibling.normalName()) || s.end - s.first == 1) {
                double density = s.linkDensity();
                String text = s.end - s.first == 1 ? page.runs.get(s.first).text() : "";
                if (s.chars > 80 && density < 0.25) roots.add(sibling);
                else if (s.chars > 0 && density == 0 && Texts.endsSentence(text)) roots.add(sibling);
            }
        }
        return extendAlongText(page, candidates, roots, threshold, headline);
    }

    /**
     * Adds the blocks of prose that the page sets right before or after the article in reading order, with
     * next to nothing between (captions, labels), though they hang elsewhere in the page's tree: an article
     * split by figures, ads or wrappers into parts that are no siblings. Each must score like a sibling that
     * belongs, be text rather than links, be marked up like the article's own parts, and come after the page's
     * headline.
     */
    private static List<Element> extendAlongText(PageText page, List<Element> candidates, List<Element> roots,
                                                 double threshold, int headline) {
        List<Element> article = new ArrayList<>(roots);
        List<Element> strong = new ArrayList<>();
        for (Element candidate : candidates) {
            if (page.stats(candidate).linkDensity() < 0.25 && finalScore(page, candidate) >= threshold) {
                strong.add(candidate);
            }
        }
        // the class names of the article's elements, read only when some block qualifies otherwise (seldom)
        Set<String> classes = null;
        while (!strong.isEmpty()) {
            Element firstRoot = article.get(0);
            Element lastRoot = article.get(article.size() - 1);
            int first = page.stats(firstRoot).first;
            int end = page.stats(lastRoot).end;
            Element best = null;
            double bestScore = threshold;
            for (Element candidate : strong) {
                PageText.Stats s = page.stats(candidate);
                boolean before = s.end <= first && s.first > headline && onlyCaptionsBetween(page, s.end, first);
                boolean after = s.first >= end && onlyCaptionsBetween(page, end, s.first);
                if (!(before || after)) continue;
                double score = finalScore(page, candidate);
                if (score < bestScore) continue;
                if (classes == null) {
                    classes = new HashSet<>();
                    for (Element part : article) addClasses(part, classes);
                }
                if (marksUpLike(page, candidate, before ? firstRoot : lastRoot, classes)) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) return article;
            if (page.stats(best).end <= first) article.add(0, best);
            else article.add(best);
            if (classes != null) addClasses(best, classes);
        }
        return article;
    }

    /** Whether the runs in [from, to) are few and no text of their own: captions, credits, short labels. */
    private static boolean onlyCaptionsBetween(PageText page, int from, int to) {
        if (to - from > MAX_GAP_RUNS) return false;
        for (int i = from; i < to; i++) {
            PageText.Run run = page.runs.get(i);
            if (!run.caption() && (run.chars() >= 25 || run.kind() == Block.Kind.HEADING)) return false;
        }
        return true;
    }

    private static void addClasses(Element root, Set<String> classes) {
        for (Element e : root.getAllElements()) if (!e.className().isEmpty()) classes.add(e.className());
    }

    /**
     * Whether the candidate, or one of the few elements around it that do not also hold the article, has a
     * class of the article's elements, or the class of the element as far above the article's nearest part.
     */
    private static boolean marksUpLike(PageText page, Element candidate, Element part, Set<String> classes) {
        Element e = candidate;
        Element p = part;
        for (int level = 0; level < 3 && e != null; level++, e = e.parent(), p = p == null ? null : p.parent()) {
            if (level > 0 && isAncestor(page, e, part)) return false;
            String name = e.className();
            if (name.isEmpty()) continue;
            if (classes.contains(name)) return true;
            if (p != null && !isAncestor(page, p, candidate) && name.equals(p.className())) return true;
        }
        return false;
    }

    /**
     * Moves the top candidate up when other strong candidates sit beside it under one ancestor (an article
     * split into several blocks), or while it is the only child of its parent.
     */
    private static Element widen(PageText page, List<Element> candidates, Element top, double best) {
        List<Element> others = new ArrayList<>();
        for (Element candidate : candidates) {
            if (candidate != top && finalScore(page, candidate) >= best * 0.75) others.add(candidate);
        }
        if (others.size() >= 3) {
            Element ancestor = top.parent();
            while (ancestor != null && page.stats(ancestor) != null) {
                int containing = 0;
                for (Element other : others) if (isAncestor(page, ancestor, other)) containing++;
                if (containing >= 3) {
                    top = ancestor;
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        Element parent = top.parent();
        while (parent != null && page.stats(parent) != null && parent.childrenSize() == 1
                && parent != page.root) {
            top = parent;
            parent = top.parent();
        }
        return top;
    }

    private static boolean isAncestor(PageText page, Element ancestor, Element element) {
        PageText.Stats a = page.stats(ancestor);
        PageText.Stats e = page.stats(element);
        return a.depth < e.depth && a.first <= e.first && e.end <= a.end && e.end > e.first;
    }

    /**
     * The content score discounted by link density, plus the weights of the tag and the class hints; a
     * content hint weighs no more than the content itself, so a "content" class alone does not win.
     */
    private static double finalScore(PageText page, Element element) {
        PageText.Stats s = page.stats(element);
        double hint = ClassHints.weight(s.hint);
        if (hint > 0) hint = Math.min(hint, s.score);
        return (s.score + tagWeight(element) + hint) * (1 - s.linkDensity());
    }

    /**
     * The innermost furniture element around the run that lies below {@code rootDepth}, or null. Without
     * {@code hints}, only reader comments count as furniture: they are never the article.
     */
    private static Element furniture(PageText page, PageText.Run run, int rootDepth, boolean hints) {
        Element element = run.furniture();
        for (int steps = 0; element != null; steps++) {
            PageText.Stats s = page.stats(element);
            if (s.depth <= rootDepth) return null;
            // furniture nested in furniture this deep is furniture whatever the wrappers say
            if (isFurniture(s, hints) || steps == MAX_FURNITURE_NESTING) return element;
            element = s.outerFurniture;
        }
        return null;
    }

    /**
     * Whether an element with furniture hints really is furniture. Not when it wraps the article (a
     * "main-with-sidebar" page wrapper holds a content element), nor, unless it holds reader comments, when
     * its text is mostly prose: sidebars, share bars and captions are short and full of links.
     */
    private static boolean isFurniture(PageText.Stats s, boolean hints) {
        boolean comments = COMMENTS.equals(s.furnitureReason);
        if (!hints && !comments) return false;
        if (s.positiveChars * 2 >= s.chars) return false;
        // a page wrapper named for its sidebar ("content-sidebar-wrap") around the article: most of its text
        // outside links is in one content element
        if (!comments && s.mixedNames && s.positiveText >= PROSE_CHARS && s.positiveText * 2 >= s.chars - s.linkChars) {
            return false;
        }
        if (ClassHints.FORM.equals(s.furnitureReason)) return s.proseChars < PROSE_CHARS;
        if (!OVERRIDABLE.contains(s.furnitureReason)) return true;
        return !(s.proseChars >= PROSE_CHARS && s.proseChars * 10 >= s.chars * 6 && s.linkDensity() < 0.25);
    }

    private static int tagWeight(Element element) {
        return switch (element.normalName()) {
            case "div" -> 5;
            case "article", "main" -> 10;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') n++;
        }
        return n;
    }

    private static int keptChars(List<Piece> pieces) {
        int chars = 0;
        for (Piece piece : pieces) if (piece.kept()) chars += piece.text.length();
        return chars;
    }

    /** Short cells of one table row, kept side by side, become one block: "cell | cell". */
    private static List<Piece> mergeTableRows(List<Piece> pieces, PageText page) {
        List<Piece> out = new ArrayList<>(pieces.size());
        Piece last = null;
        Element lastCell = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            Element cell = page.runs.get(i).owner();
            if (piece.kept() && last != null && isCell(cell) && isCell(lastCell) && cell != lastCell
                    && cell.parent() == lastCell.parent() && piece.text.length() <= MAX_CELL
                    && last.text.length() <= MAX_CELL * 4) {
                last.text = last.text + " | " + piece.text;
                last.runs.addAll(piece.runs);
                last.tableRow = true;
                lastCell = cell;
                continue;
            }
            out.add(piece);
            if (piece.kept()) {
                last = piece;
                lastCell = cell;
            }
        }
        return out;
    }

    private static boolean isCell(Element element) {
        if (element == null) return false;
        String tag = element.normalName();
        Element row = element.parent();
        return (tag.equals("td") || tag.equals("th")) && row != null && row.normalName().equals("tr");
    }

    /**
     * The inclusive reading of a page, for {@link ThinExtraction}: every run under {@code container} as a piece,
     * without the candidate scoring; only captions, furniture below the container (comments, sharing, related
     * links) and link lists are dropped, as in the article the scoring picks.
     */
    static List<Piece> inclusive(PageText page, Element container) {
        PageText.Stats box = page.stats(container);
        List<Piece> pieces = new ArrayList<>(page.runs.size());
        for (int i = 0; i < page.runs.size(); i++) {
            PageText.Run run = page.runs.get(i);
            Piece piece = Piece.of(page, run);
            pieces.add(piece);
            if (i < box.first || i >= box.end) {
                piece.drop("outside the main content");
                continue;
            }
            Element furniture = furniture(page, run, box.depth, true);
            if (run.caption()) {
                piece.drop("photo caption");
            } else if (furniture != null) {
                piece.drop(page.stats(furniture).furnitureReason);
            } else if (run.linkDensity() > 0.5 && !isLinkedSentence(run)) {
                piece.drop(run.kind() == Block.Kind.ITEM ? "link list" : "links");
            }
        }
        return mergeTableRows(pieces, page);
    }

    /** Whether the run is inside reader comments, which are never the article whatever else the page says. */
    static boolean inReaderComments(PageText page, PageText.Run run) {
        return furniture(page, run, -1, false) != null;
    }
}
