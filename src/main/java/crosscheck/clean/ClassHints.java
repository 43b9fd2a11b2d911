package crosscheck.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about it: part of the article ("content", "post-body",
 * {@code <article>}) or page furniture ("comments", "sidebar", "share", {@code <nav>}). These are the
 * conventions of web page markup in general, not of any one site. One instance serves one page walk and
 * remembers the class names it has read (pages repeat them).
 */
final class ClassHints {
    static final int POSITIVE = 1;
    static final int NEGATIVE = -1;
    /** The reason for a form's text: a form holds the article only on pages that wrap everything in one. */
    static final String FORM = "form";
    /** The reason for a caption's or a photo credit's text. */
    static final String CAPTION = "photo caption";

    /** One kind of furniture: the reason it gives, words found anywhere in a name, and whole name parts. */
    private record Kind(String reason, List<String> inside, Set<String> parts) {
    }

    private static final List<Kind> FURNITURE = List.of(
            new Kind("reader comments", List.of("comment", "disqus", "respond", "reply", "replies", "discuss",
                    "reaction"), Set.of()),
            new Kind("sharing links", List.of("share", "sharing", "social", "addthis", "sharethis"), Set.of()),
            new Kind("related links", List.of("related", "recommend", "morestories", "more-stories",
                    "morearticles", "more-articles", "readmore", "read-more", "popular", "trending", "mostread",
                    "most-read", "outbrain", "taboola", "also-like", "suggest", "morenews", "more-news"), Set.of()),
            new Kind("sidebar", List.of("sidebar", "side-bar", "sidecol", "side-col", "right-rail", "left-rail",
                    "rightrail", "leftrail", "aside", "widget", "skyscraper"), Set.of("rail")),
            new Kind("footer", List.of("footer", "copyright", "colophon"), Set.of()),
            new Kind("navigation", List.of("nav", "menu", "breadcrumb", "crumbs", "pagination", "pager", "paging",
                    "toolbar", "topbar", "masthead", "skiplink", "skip-link", "jumpto", "jump-to"), Set.of()),
            new Kind("advertising", List.of("promo", "sponsor", "advert", "banner", "adsense", "doubleclick"),
                    Set.of("ad", "ads", "adv", "dfp")),
            new Kind("sign-up prompt", List.of("cookie", "consent", "gdpr", "newsletter", "subscri", "signup",
                    "sign-up", "login", "log-in", "register", "paywall", "popup", "modal", "overlay"), Set.of()),
            new Kind(CAPTION, List.of("caption", "credit"), Set.of()),
            new Kind("byline and tags", List.of("byline", "authorbio", "author-bio", "authorinfo", "author-info",
                    "about-the-author", "abouttheauthor", "dateline", "timestamp", "postmeta", "post-meta",
                    "entrymeta", "entry-meta", "metadata", "article-meta", "taglist", "tag-list", "categories",
                    "keywords"), Set.of("meta", "tag", "tags", "bio")),
            new Kind("page tools", List.of("print", "email", "e-mail", "tools", "utility", "follow"),
                    Set.of("rss")));
    private static final List<String> TAXONOMY = List.of("tag", "tags", "category", "cat", "topic");
    private static final List<String> CONTENT = List.of("article", "content", "entry", "main", "post", "story",
            "text", "blog", "hentry", "body", "newsitem", "news-item", "prose", "column", "permalink");

    /** The furniture kind by class attribute, and by class and id, for this walk. */
    private final Map<String, Integer> byClass = new HashMap<>();
    private final Map<String, Integer> byNames = new HashMap<>();

    /** {@link #POSITIVE}, {@link #NEGATIVE} or 0. */
    int of(Element element) {
        return of(element, element.normalName(), element.attributesSize() > 0);
    }

    /** {@link #of(Element)} for an element whose tag name and whether it has attributes are known. */
    int of(Element element, String tag, boolean attributed) {
        switch (tag) {
            case "nav", "aside", "footer", "menu", "form" -> {
                return NEGATIVE;
            }
            case "article", "main" -> {
                return POSITIVE;
            }
            case "body", "html" -> {
                return 0;
            }
            default -> { }
        }
        if (!attributed) return tag.equals("header") ? NEGATIVE : 0;
        Attributes attributes = element.attributes();
        if ("articleBody".equals(attributes.get("itemprop"))) return POSITIVE;
        String role = attributes.get("role");
        switch (role) {
            case "navigation", "complementary", "contentinfo", "banner", "menu" -> {
                return NEGATIVE;
            }
            case "main", "article" -> {
                return POSITIVE;
            }
            default -> { }
        }
        int kind = kind(element);
        if (kind >= 0) return NEGATIVE;
        if (kind == -2) return POSITIVE;
        return tag.equals("header") ? NEGATIVE : 0;
    }

    /** The reason for dropping what a furniture element holds. */
    String reason(Element element) {
        switch (element.normalName()) {
            case "nav", "menu" -> {
                return "navigation";
            }
            case "aside" -> {
                return "sidebar";
            }
            case "footer" -> {
                return "footer";
            }
            case "form" -> {
                return FORM;
            }
            case "header" -> {
                return "page header";
            }
            default -> { }
        }
        int kind = kind(element);
        return kind >= 0 ? FURNITURE.get(kind % MIXED).reason() : "page furniture";
    }

    /**
     * Whether a furniture element's names also hold a content word, as page wrappers' names do
     * ("content-sidebar-wrap", "main-with-sidebar"): such an element may wrap the article itself.
     */
    boolean alsoContent(Element element) {
        return element.attributesSize() > 0 && kind(element) >= MIXED;
    }

    /** A class-and-id weight for content scoring. */
    static int weight(int hint) {
        return hint * 25;
    }

    /**
     * The index of the furniture kind the element's class and id show, -2 for content names, -1 for neither.
     * Remembered by the attribute values as they stand, since pages repeat them.
     */
    private int kind(Element element) {
        Attributes attributes = element.attributes();
        String cls = attributes.get("class");
        String id = attributes.get("id");
        if (id.isEmpty()) {
            if (cls.isEmpty()) return -1;
            return byClass.computeIfAbsent(cls, c -> scanNames(c, ""));
        }
        return byNames.computeIfAbsent(cls + "\u0000" + id, key -> scanNames(cls, id));
    }

    private static int scanNames(String cls, String id) {
        String names = names(cls, id);
        return names.isEmpty() ? -1 : scan(names);
    }

    /** A word to look for in class names, and the furniture kind it shows ({@link #CONTENT_WORD} for content). */
    private record Word(String text, int kind) {
    }

    private static final int CONTENT_WORD = Integer.MAX_VALUE;
    /** Added to a furniture kind when the names also hold a content word ("content-sidebar-wrap"). */
    private static final int MIXED = 1000;
    /** The first furniture kind each whole-name part belongs to. */
    private static final Map<String, Integer> PARTS = parts();
    private static final int MAX_PART = PARTS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private static Map<String, Integer> parts() {
        Map<String, Integer> parts = new HashMap<>();
        for (int k = 0; k < FURNITURE.size(); k++) {
            for (String part : FURNITURE.get(k).parts()) parts.putIfAbsent(part, k);
        }
        return parts;
    }
    /** The words by their first two (ASCII) letters, so that one pass over a name finds all of them. */
    private static final Word[][] WORDS = wordTable();

    private static Word[][] wordTable() {
        List<List<Word>> table = new ArrayList<>(Collections.nCopies(128 * 128, null));
        for (int k = 0; k <= FURNITURE.size(); k++) {
            List<String> words = k < FURNITURE.size() ? FURNITURE.get(k).inside() : CONTENT;
            int kind = k < FURNITURE.size() ? k : CONTENT_WORD;
            for (String word : words) {
                int slot = word.charAt(0) * 128 + word.charAt(1);
                if (table.get(slot) == null) table.set(slot, new ArrayList<>());
                table.get(slot).add(new Word(word, kind));
            }
        }
        Word[][] words = new Word[table.size()][];
        for (int i = 0; i < words.length; i++) {
            if (table.get(i) != null) words[i] = table.get(i).toArray(Word[]::new);
        }
        return words;
    }

    /** The first furniture kind (in the order of {@link #FURNITURE}) any word of the names shows. */
    private static int scan(String names) {
        int best = CONTENT_WORD;
        boolean content = false;
        for (int i = 0; i + 1 < names.length(); i++) {
            char a = names.charAt(i);
            char b = names.charAt(i + 1);
            if (a >= 128 || b >= 128) continue;
            Word[] words = WORDS[a * 128 + b];
            if (words == null) continue;
            for (Word word : words) {
                boolean wanted = word.kind() == CONTENT_WORD ? !content : word.kind() < best;
                if (wanted && names.startsWith(word.text(), i)) {
                    if (word.kind() == CONTENT_WORD) content = true;
                    else best = word.kind();
                }
            }
        }
        if (best > 0) {
            // short words count only as a whole class name or its last part: "ad", "sidebar-ad", not "ad-hoc"
            for (String name : names.split(" ")) {
                int dash = Math.max(name.lastIndexOf('-'), name.lastIndexOf('_'));
                Integer whole = PARTS.get(name);
                if (whole != null && whole < best) best = whole;
                if (dash >= 0 && name.length() - dash - 1 <= MAX_PART) {
                    Integer last = PARTS.get(name.substring(dash + 1));
                    if (last != null && last < best) best = last;
                }
            }
        }
        if (best != CONTENT_WORD) return content ? best + MIXED : best;
        return content ? -2 : -1;
    }

    /**
     * The class names and id, lower case. Class names that file the page under a topic ("tag-economy",
     * "category-world") name the topic, not a part of the page, so they are left out.
     */
    private static String names(String cls, String id) {
        if (cls.isBlank() && id.isBlank()) return "";
        StringBuilder names = new StringBuilder(cls.length() + id.length() + 1);
        String lower = cls.toLowerCase(Locale.ROOT);
        int n = lower.length();
        for (int i = 0; i < n; ) {
            while (i < n && Character.isWhitespace(lower.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(lower.charAt(i))) i++;
            if (i > start && !isTaxonomy(lower, start, i)) names.append(lower, start, i).append(' ');
        }
        return names.append(id.toLowerCase(Locale.ROOT)).toString().strip();
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** "tag-economy", "category_world", "topic-x": names that file the page under a topic. */
    private static boolean isTaxonomy(String names, int start, int end) {
        for (String prefix : TAXONOMY) {
            int after = start + prefix.length();
            if (after + 1 < end && names.startsWith(prefix, start)
                    && (names.charAt(after) == '-' || names.charAt(after) == '_')
                    && isWordChar(names.charAt(after + 1))) {
                return true;
            }
        }
        return false;
    }
}
