package crosscheck.clean;

import crosscheck.core.Texts;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A thin extraction: cleaning a web page kept only a fragment of the prose the page shows (a call-to-action box
 * picked instead of a long article, say). Checked after cleaning from the page's own walk ({@link PageText}, which
 * already leaves out scripts, styles, templates and hidden elements), so the page is not parsed again.
 *
 * <p>The page's prose is its runs of {@value #PROSE_RUN_CHARS} characters or more with few links, outside captions
 * and reader comments (comments are visible, but never the article). The extraction is thin when what cleaning
 * kept is less than {@value #MIN_KEPT_SHARE} of that prose while the prose holds an article's worth
 * ({@value #ARTICLE_PROSE_CHARS} characters, some 250 words), or when cleaning kept fewer than
 * {@value #FEW_SENTENCES} sentences of a page whose prose has {@value #MANY_SENTENCES} or more.
 *
 * <p>A thin extraction is read again, wider: the deepest element holding {@value #CONTAINER_SHARE} of the page's
 * prose is taken whole ({@link HtmlExtractor#inclusive}), less captions, link lists and furniture, then the
 * headline and the boilerplate the rules know are dropped as usual. The wider reading replaces the first when it
 * keeps at least {@value #WIDER_GAIN} times as many characters; otherwise the first stays. Either way the
 * curator is warned. (Thresholds chosen on the extraction-dev and extraction-news-dev pages: how-it-works.md.)
 */
final class ThinExtraction {
    /** Runs this long with few links are prose, as {@link PageText.Stats#proseChars} counts them. */
    static final int PROSE_RUN_CHARS = 80;
    private static final double PROSE_LINK_DENSITY = 0.3;
    /** Kept text under this share of the page's prose is a fragment of it. */
    static final double MIN_KEPT_SHARE = 0.2;
    /** Prose characters (not white space) of a page that holds an article: some 250 words. */
    static final int ARTICLE_PROSE_CHARS = 1_250;
    /** Fewer kept sentences than this are a few ... */
    static final int FEW_SENTENCES = 4;
    /** ... of a page whose prose has this many. */
    static final int MANY_SENTENCES = 8;
    /** The wider reading starts at the deepest element holding this share of the page's prose. */
    static final double CONTAINER_SHARE = 0.8;
    /** The wider reading is used when it keeps at least this many times the characters of the first. */
    static final double WIDER_GAIN = 2;

    /** An amount of text: characters that are not white space, words, sentences. */
    record Amount(int chars, int words, int sentences) {
    }

    private ThinExtraction() {
    }

    /**
     * The pieces of a web page's report as cleaned, or those of the wider reading when cleaning kept a fragment
     * of the page's prose and the wider reading keeps far more; a thin extraction adds a warning either way.
     *
     * @param pieces the page's pieces after the boilerplate was dropped
     * @param title  the report's title, dropped from the wider reading's text as from the first; may be null
     */
    static List<Piece> check(List<Piece> pieces, String title, List<String> warnings) {
        PageText page = pageOf(pieces);
        if (page == null) return pieces;
        PageText.Stats all = page.stats(page.root);
        if (all == null) return pieces;
        int keptChars = 0;
        int keptSentences = 0;
        for (Piece piece : pieces) {
            if (!piece.kept()) continue;
            keptChars += piece.text.length() - Texts.count(piece.text, ' ');
            if (keptSentences < FEW_SENTENCES) keptSentences += sentences(piece.text);
        }
        // the page's prose with the comments is at least its prose without: most pages stop here
        boolean couldBeFragment = all.proseChars >= ARTICLE_PROSE_CHARS && keptChars < MIN_KEPT_SHARE * all.proseChars;
        if (!couldBeFragment && keptSentences >= FEW_SENTENCES) return pieces;
        Amount prose = prose(page, null);
        boolean fragment = prose.chars() >= ARTICLE_PROSE_CHARS && keptChars < MIN_KEPT_SHARE * prose.chars();
        boolean fewSentences = keptSentences < FEW_SENTENCES && prose.sentences() >= MANY_SENTENCES;
        if (!fragment && !fewSentences) return pieces;

        Map<Element, Integer> proseInside = new IdentityHashMap<>();
        prose = prose(page, proseInside);
        List<Piece> wider = HtmlExtractor.inclusive(page, container(page, proseInside));
        RepeatedTitle.dropTitle(wider, title);
        BoilerplateClassifier.classify(wider, true, false);
        Amount kept = kept(pieces);
        Amount widened = kept(wider);
        boolean useWider = widened.chars() >= WIDER_GAIN * Math.max(1, kept.chars());
        warnings.add(message(kept, prose, widened, useWider));
        return useWider ? wider : pieces;
    }

    private static String message(Amount kept, Amount prose, Amount widened, boolean usedWider) {
        String found = String.format(Locale.ROOT, "cleaning kept %,d of the %,d words of prose on the page "
                + "(%,d of its %s)", kept.words(), prose.words(), kept.sentences(), sentences(prose.sentences()));
        if (usedWider) {
            return found + String.format(Locale.ROOT, "; used a wider extraction (%,d words): check the report with "
                    + "`crosscheck extract FILE`, and if it still misses text or holds page furniture, save the "
                    + "report's own text as a .txt or .md file in its place", widened.words());
        }
        return found + String.format(Locale.ROOT, "; a wider extraction did not keep twice as much (%,d words), so "
                + "cleaning's text stayed: check the report with `crosscheck extract FILE`, and if text is missing, save the "
                + "report's own text as a .txt or .md file in its place", widened.words());
    }

    private static String sentences(int sentences) {
        return sentences == 1 ? "1 sentence" : String.format(Locale.ROOT, "%,d sentences", sentences);
    }

    private static PageText pageOf(List<Piece> pieces) {
        for (Piece piece : pieces) if (piece.page != null) return piece.page;
        return null;
    }

    /** Sentences in a text: the breaks inside it, and its end when it ends like a sentence. */
    static int sentences(String text) {
        return Texts.innerSentenceBreaks(text) + (Texts.endsSentence(text) ? 1 : 0);
    }

    private static Amount kept(List<Piece> pieces) {
        int chars = 0;
        int words = 0;
        int sentences = 0;
        for (Piece piece : pieces) {
            if (!piece.kept()) continue;
            chars += piece.text.length() - Texts.count(piece.text, ' ');
            words += piece.words();
            sentences += sentences(piece.text);
        }
        return new Amount(chars, words, sentences);
    }

    /**
     * The page's prose outside captions and reader comments. With {@code inside}, its words are counted too and
     * {@code inside} gets each element's prose characters; without, the words are left at 0 (the quick look).
     */
    private static Amount prose(PageText page, Map<Element, Integer> inside) {
        int chars = 0;
        int words = 0;
        int sentences = 0;
        for (PageText.Run run : page.runs) {
            if (run.chars() < PROSE_RUN_CHARS || run.linkDensity() >= PROSE_LINK_DENSITY || run.caption()
                    || HtmlExtractor.inReaderComments(page, run)) {
                continue;
            }
            chars += run.chars();
            sentences += sentences(run.text());
            if (inside == null) continue;
            words += Texts.words(run.text());
            for (Element e = run.owner(); e != null; e = e == page.root ? null : e.parent()) {
                inside.merge(e, run.chars(), Integer::sum);
            }
        }
        return new Amount(chars, words, sentences);
    }

    /** The deepest element holding {@link #CONTAINER_SHARE} of the page's prose; the page's body when none does. */
    private static Element container(PageText page, Map<Element, Integer> proseInside) {
        Element container = page.root;
        double needed = proseInside.getOrDefault(container, 0) * CONTAINER_SHARE;
        if (needed == 0) return container;
        while (true) {
            Element best = null;
            int bestProse = 0;
            for (Element child : container.children()) {
                int prose = proseInside.getOrDefault(child, 0);
                if (prose > bestProse) {
                    best = child;
                    bestProse = prose;
                }
            }
            if (best == null || bestProse < needed) return container;
            container = best;
        }
    }
}
