package crosscheck.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
            new Kind("photo caption", List.of("caption", "credit"), Set.of()),
            new Kind("byline and tags", List.of("byline", "authorbio", "author-bio", "authorinfo", "author-info",
                    "about-the-author", "abouttheauthor", "dateline", "timestamp", "postmeta", "post-meta",
                    "entrymeta", "entry-meta", "metadata", "article-meta", "taglist", "tag-list", "categories",
                    "keywords"), Set.of("meta", "tag", "tags", "bio")),
            new Kind("page tools", List.of("print", "email", "e-mail", "tools", "utility", "follow"),
                    Set.of("rss")));
    private static final Pattern TAXONOMY = Pattern.compile("(?:tag|tags|category|cat|topic)[-_]\\w");
    private static final List<String> CONTENT = List.of("article", "content", "entry", "main", "post", "story",
            "text", "blog", "hentry", "body", "newsitem", "news-item", "prose", "column", "permalink");

    /** Hint and reason by class-and-id string, for this walk. */
    private final Map<String, Integer> byNames = new HashMap<>();

    /** {@link #POSITIVE}, {@link #NEGATIVE} or 0. */
    int of(Element element) {
        String tag = element.normalName();
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
        if (element.attributesSize() == 0) return tag.equals("header") ? NEGATIVE : 0;
        if ("articleBody".equals(element.attr("itemprop"))) return POSITIVE;
        String role = element.attr("role");
        switch (role) {
            case "navigation", "complementary", "contentinfo", "banner", "menu" -> {
                return NEGATIVE;
            }
            case "main", "article" -> {
                return POSITIVE;
            }
            default -> { }
        }
        int kind = kind(names(element));
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
        int kind = kind(names(element));
        return kind >= 0 ? FURNITURE.get(kind).reason() : "page furniture";
    }

    /** A class-and-id weight for content scoring. */
    static int weight(int hint) {
        return hint * 25;
    }

    /** The index of the furniture kind the names show, -2 for content names, -1 for neither. */
    private int kind(String names) {
        if (names.isEmpty()) return -1;
        Integer known = byNames.get(names);
        if (known != null) return known;
        int kind = scan(names);
        byNames.put(names, kind);
        return kind;
    }

    /** A word to look for in class names, and the furniture kind it shows ({@link #CONTENT_WORD} for content). */
    private record Word(String text, int kind) {
    }

    private static final int CONTENT_WORD = Integer.MAX_VALUE;
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
                String last = dash < 0 ? name : name.substring(dash + 1);
                for (int k = 0; k < best && k < FURNITURE.size(); k++) {
                    Set<String> parts = FURNITURE.get(k).parts();
                    if (parts.contains(name) || parts.contains(last)) {
                        best = k;
                        break;
                    }
                }
            }
        }
        if (best != CONTENT_WORD) return best;
        return content ? -2 : -1;
    }

    /**
     * The class names and id, lower case. Class names that file the page under a topic ("tag-economy",
     * "category-world") name the topic, not a part of the page, so they are left out.
     */
    private static String names(Element element) {
        String cls = element.className();
        String id = element.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        StringBuilder names = new StringBuilder(cls.length() + id.length() + 1);
        for (String name : cls.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (name.isEmpty() || TAXONOMY.matcher(name).lookingAt()) continue;
            names.append(name).append(' ');
        }
        return names.append(id.toLowerCase(Locale.ROOT)).toString().strip();
    }
}
