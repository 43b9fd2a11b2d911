package crosscheck.clean.metadata;

import crosscheck.core.Texts;
import crosscheck.dates.DateFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What a web page states about its article in its markup: title (og:title, h1, &lt;title&gt; without the
 * site name), outlet ({@link OutletName}: JSON-LD publisher, og:site_name, title suffix, domain), author (meta author, JSON-LD author), publication
 * date (JSON-LD datePublished, article:published_time, &lt;time datetime&gt;), canonical address (only
 * http and https) and language (&lt;html lang&gt;).
 */
public final class PageMetadata {
    /** Tried only where a run of spaces starts (or the last match ended): see BoilerplateClassifier.INLINE_LINK. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("(?:\\G|(?<!\\s))\\s+(?:[|–—»·:]|-|::)\\s+");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
    private static final Pattern HOME = Pattern.compile("(?i)/|\\./?|(?:https?:)?//[^/]+/?(?:index\\.\\w+)?");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s\"'<>]+");
    private static final List<String> DATE_KEYS = List.of("article:published_time", "og:article:published_time",
            "og:published_time", "published_time", "datepublished", "pubdate", "publishdate", "publish-date",
            "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
            "sailthru.date", "parsely-pub-date", "article.published", "publication_date", "originalpublicationdate",
            "date.release", "displaydate", "datecreated");
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "byl", "dc.creator",
            "sailthru.author", "parsely-author", "twitter:creator");

    private PageMetadata() {
    }

    /** What {@code document} states about its article. */
    public static Metadata read(Document document) {
        return read(Tags.collect(document));
    }

    /**
     * Reads what the walk over the page's body collected (the clean stage's PageText hands each element it walks to
     * {@link Tags#see}) together with the page's head.
     */
    public static Metadata read(Document document, Tags fromBody) {
        fromBody.collectHead(document);
        return read(fromBody);
    }

    private static Metadata read(Tags tags) {
        Map<String, String> meta = metaTags(tags.metas);
        JsonLd.Found ld = JsonLd.read(tags.jsonLd);
        String site = first(meta.get("og:site_name"), ld.publisher(), meta.get("application-name"));
        String title = title(tags, meta, ld, site);
        String author = author(first(ld.author(), firstOf(meta, AUTHOR_KEYS)));
        LocalDate published = DateFinder.parse(ld.datePublished());
        if (published == null) published = DateFinder.parse(firstOf(meta, DATE_KEYS));
        if (published == null) published = timeElement(tags);
        String url = webAddress(first(tags.canonical, meta.get("og:url"), ld.url()));
        String language = language(first(tags.language, meta.get("content-language"),
                meta.get("og:locale"), ld.language()));
        return new Metadata(title, outlet(tags, meta, ld, url), url, published, author, language);
    }

    /**
     * The elements metadata is read from, gathered in one walk over the page: over the whole document
     * ({@link #collect}), or over the head while the clean stage's PageText hands over the elements of the body it
     * walks ({@link #see}).
     */
    public static final class Tags implements NodeVisitor {
        final List<Element> metas = new ArrayList<>();
        final List<Element> titles = new ArrayList<>();
        final List<Element> headings = new ArrayList<>();
        final List<String> jsonLd = new ArrayList<>();
        String canonical;
        String language;
        Element time;
        Element timePubdate;
        Element itemDate;
        /** Depth of svg drawings around the walk: their titles name icons, not the page. */
        private int svg;

        static Tags collect(Document document) {
            Tags tags = new Tags();
            NodeTraversor.traverse(tags, document);
            return tags;
        }

        /** Adds what the document's root and head hold, before what the body walk saw. */
        private void collectHead(Document document) {
            Tags head = new Tags();
            for (Element html : document.children()) {
                if (html.normalName().equals("html")) head.see(html, "html");
            }
            if (document.head() != null) NodeTraversor.traverse(head, document.head());
            metas.addAll(0, head.metas);
            titles.addAll(0, head.titles);
            headings.addAll(0, head.headings);
            jsonLd.addAll(0, head.jsonLd);
            if (head.canonical != null) canonical = head.canonical;
            if (head.language != null) language = head.language;
            if (head.time != null) time = head.time;
            if (head.timePubdate != null) timePubdate = head.timePubdate;
            if (head.itemDate != null) itemDate = head.itemDate;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element element)) return;
            String tag = element.normalName();
            if (tag.equals("svg")) svg++;
            see(element, tag);
        }

        /** Notes one element, whose normal tag name is given. */
        public void see(Element element, String tag) {
            switch (tag) {
                case "meta" -> metas.add(element);
                case "title" -> {
                    if (svg == 0) titles.add(element);
                }
                case "h1", "h2", "h3" -> {
                    if (headings.size() < 60) headings.add(element);
                }
                case "script" -> {
                    if (element.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                        jsonLd.add(element.data());
                    }
                }
                case "link" -> {
                    if (canonical == null && element.attr("rel").equalsIgnoreCase("canonical")) {
                        canonical = element.attr("href");
                    }
                }
                case "html" -> {
                    if (language == null && !element.attr("lang").isBlank()) language = element.attr("lang");
                }
                case "time" -> {
                    if (element.hasAttr("datetime")) {
                        if (time == null) time = element;
                        if (timePubdate == null && element.hasAttr("pubdate")) timePubdate = element;
                    }
                }
                default -> { }
            }
            if (itemDate == null && "datePublished".equals(element.attr("itemprop"))) {
                itemDate = element;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.normalName().equals("svg")) svg--;
        }
    }

    /** The outlet's name ({@link OutletName}): publisher, site name, title suffix, then the site's domain. */
    private static String outlet(Tags tags, Map<String, String> meta, JsonLd.Found ld, String url) {
        List<String> titles = new ArrayList<>();
        for (Element tag : tags.titles) {
            String text = clean(tag.text());
            if (text != null) titles.add(text);
        }
        for (String other : new String[] {meta.get("og:title"), meta.get("twitter:title")}) {
            if (clean(other) != null) titles.add(clean(other));
        }
        List<String> others = new ArrayList<>();
        if (clean(meta.get("application-name")) != null) others.add(clean(meta.get("application-name")));
        for (String name : ld.organisations()) if (clean(name) != null) others.add(clean(name));
        return OutletName.of(clean(ld.publisher()), clean(meta.get("og:site_name")), titles, url, others);
    }

    private static Map<String, String> metaTags(List<Element> tags) {
        Map<String, String> meta = new HashMap<>();
        for (Element tag : tags) {
            String content = tag.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = tag.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) meta.putIfAbsent(key, content);
            }
        }
        return meta;
    }

    /**
     * The headline: a heading of the page that the title tag or og:title contains (the longest such), else
     * og:title or the JSON-LD headline when the title tag agrees with it, else the title tag, each without
     * the site name.
     */
    private static String title(Tags tags, Map<String, String> meta, JsonLd.Found ld, String site) {
        String stated = first(meta.get("og:title"), meta.get("twitter:title"), ld.headline());
        StringBuilder titleKeys = new StringBuilder();
        String page = null;
        for (Element tag : tags.titles) {
            String text = clean(tag.text());
            if (text == null) continue;
            if (page == null || Texts.words(text) > Texts.words(page)) page = text;
            titleKeys.append(Texts.key(text)).append(" | ");
        }
        for (String other : new String[] {meta.get("og:title"), meta.get("twitter:title"), ld.headline()}) {
            if (other != null) titleKeys.append(Texts.key(other)).append(" | ");
        }
        String heading = matchingHeading(tags.headings, titleKeys.toString(), site);
        if (heading != null) return heading;
        if (stated != null && (page == null || Texts.key(page).contains(Texts.key(stated)))) {
            return withoutSiteName(stated, site);
        }
        if (page != null) return withoutSiteName(page, site);
        return stated == null ? null : withoutSiteName(stated, site);
    }

    /**
     * The heading with the most words among those the titles contain (the later one on a tie), leaving out
     * the site's name (equal to og:site_name, or a heading that links to the home page).
     */
    private static String matchingHeading(List<Element> headings, String titleKeys, String site) {
        if (titleKeys.isEmpty()) return null;
        String siteKey = site == null ? "" : Texts.key(site);
        String best = null;
        for (Element heading : headings) {
            String text = clean(heading.text());
            if (text == null || text.length() < 8 || Texts.words(text) < 2) continue;
            String key = Texts.key(text);
            if (!titleKeys.contains(key) || key.equals(siteKey) || linksHome(heading)) continue;
            if (best == null || Texts.words(text) >= Texts.words(best)) best = text;
        }
        return best;
    }

    private static boolean linksHome(Element heading) {
        Element link = heading.selectFirst("a[href]");
        return link != null && HOME.matcher(link.attr("href").strip()).matches();
    }

    /** "RepeatedTitle - Site Name" gives "RepeatedTitle"; so does "Site Name | RepeatedTitle". */
    static String withoutSiteName(String title, String site) {
        String text = clean(title);
        if (text == null) return null;
        String[] parts = TITLE_SEPARATOR.split(text);
        if (parts.length < 2) return text;
        int from = 0;
        int to = parts.length;
        String siteKey = site == null ? "" : Texts.key(site);
        while (to - from > 1 && (Texts.key(parts[to - 1]).equals(siteKey)
                || isShortName(parts[to - 1], parts, from, to - 1))) {
            to--;
        }
        while (to - from > 1 && (Texts.key(parts[from]).equals(siteKey)
                || (Texts.words(parts[from]) <= 3 && Texts.words(joined(text, parts, from + 1, to)) > 4
                    && siteKey.length() > 0 && Texts.key(parts[from]).contains(siteKey)))) {
            from++;
        }
        if (from == 0 && to == parts.length) return text;
        return joined(text, parts, from, to);
    }

    private static boolean isShortName(String part, String[] parts, int from, int to) {
        int words = Texts.words(part);
        int rest = 0;
        for (int i = from; i < to; i++) rest += Texts.words(parts[i]);
        return words <= 4 && rest >= words + 2 && !Texts.endsWithPunctuation(part);
    }

    private static String joined(String text, String[] parts, int from, int to) {
        int start = text.indexOf(parts[from]);
        int end = text.lastIndexOf(parts[to - 1]) + parts[to - 1].length();
        return start >= 0 && end > start ? text.substring(start, end).strip() : parts[from];
    }

    private static String author(String value) {
        String text = clean(value);
        if (text == null || WEB_ADDRESS.matcher(text).lookingAt() || text.startsWith("@")) return null;
        text = text.replaceFirst("(?i)^by\\s+", "");
        return text.length() > 120 ? null : text;
    }

    private static LocalDate timeElement(Tags tags) {
        Element time = tags.timePubdate != null ? tags.timePubdate : tags.itemDate != null ? tags.itemDate : tags.time;
        if (time == null) return null;
        String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
        return DateFinder.parse(value.isEmpty() ? time.text() : value);
    }

    private static String webAddress(String value) {
        if (value == null) return null;
        String text = value.strip();
        return WEB_ADDRESS.matcher(text).matches() ? text : null;
    }

    private static String language(String value) {
        if (value == null) return null;
        String tag = value.strip().replace('_', '-');
        if (!LANGUAGE.matcher(tag).matches()) return null;
        int dash = tag.indexOf('-');
        return dash < 0 ? tag.toLowerCase(Locale.ROOT)
                : tag.substring(0, dash).toLowerCase(Locale.ROOT) + tag.substring(dash);
    }

    private static String firstOf(Map<String, String> meta, List<String> keys) {
        for (String key : keys) {
            String value = meta.get(key);
            if (value != null && !value.isBlank()) return value;
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) if (value != null && !value.isBlank()) return value;
        return null;
    }

    private static String clean(String value) {
        if (value == null) return null;
        String text = Texts.normalize(value);
        return text.isEmpty() ? null : text;
    }
}
