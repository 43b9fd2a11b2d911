package crosscheck.clean.metadata;

import crosscheck.core.Texts;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of the outlet that published a web page, from what the page states, most trusted first: the JSON-LD
 * article's {@code publisher.name}, {@code og:site_name}, the suffix of the title ("Headline - The Outlet"), and
 * last the site's domain (canonical address or og:url). A stated name is used only when it reads as a name: a
 * tagline ("Expert how-to for English Riders"), a sentence or a keyword list ("Autoracing | F1 | Indy | MotoGP")
 * is not one, and neither is a site's bare internal id ("cleveland", "detroitnews"). The domain gives the name
 * the page writes for it somewhere ("The Detroit News" for detroitnews.com, when its JSON-LD, site name or title
 * says so), else the domain as written ("detroitnews.com").
 */
final class OutletName {
    /** A name longer than this is a phrase, not a name. */
    private static final int MAX_WORDS = 6;
    /** The outlet's part of a title is short; the headline's is longer. */
    private static final int MAX_TITLE_WORDS = 5;
    // Separators are tried only where a run of spaces starts (or the last match ended): see PageMetadata.
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "(?:\\G|(?<!\\s))(?:\\s*[|•·,;]|\\s+[/–—-](?=\\s))\\s*");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("(?:\\G|(?<!\\s))\\s+(?:[|–—»·:]|-|::)\\s+");
    /** A host name: tried only where a run of its characters starts, each run read once. */
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?<![a-z0-9.-])[a-z0-9][a-z0-9.-]*\\.[a-z]{2,}");
    private static final Pattern BY = Pattern.compile("(?i)by\\b");
    private static final Pattern RAW_ID = Pattern.compile("[\\p{Ll}\\d_-]+");
    private static final Pattern HOST_PREFIX = Pattern.compile("^(?:www\\d*|m|amp|mobile)\\.");
    private static final Pattern SECOND_LEVEL = Pattern.compile("\\.(?:co|com|org|net|ac|gov|gv|or|ne|news)\\.[a-z]{2}$");
    /** Words a name may write in lower case: "The Times of Israel", "El País de la Tarde". */
    private static final Set<String> NAME_LINKS = Set.of("of", "the", "and", "for", "on", "in", "at", "de", "del",
            "la", "le", "el", "les", "los", "las", "di", "da", "do", "dos", "das", "der", "die", "und", "y", "et",
            "du", "des", "van", "von", "al", "en", "&", "+");
    /** Section names a title may end with instead of the outlet's name. */
    private static final Set<String> SECTIONS = Set.of("news", "world", "world news", "us", "u.s.", "politics",
            "opinion", "business", "sport", "sports", "live", "video", "videos", "home", "latest", "latest news",
            "breaking news", "local", "local news", "health", "science", "technology", "tech", "entertainment",
            "culture", "middle east", "europe", "asia", "africa", "americas", "analysis", "blog", "blogs", "nation",
            "national", "international", "region", "economy", "markets", "photos", "gallery", "article");

    private OutletName() {
    }

    /**
     * The outlet's name, or null when the page states none and has no address.
     *
     * @param publisher the JSON-LD article's publisher name
     * @param siteName  og:site_name
     * @param titles    the page's title texts (title tag first, then og:title)
     * @param address   the page's canonical address (or og:url)
     * @param others    other names the page gives itself (application-name, JSON-LD organisations and web
     *                  sites): only to name its domain
     */
    static String of(String publisher, String siteName, List<String> titles, String address, List<String> others) {
        if (isName(publisher)) return publisher;
        if (isName(siteName)) return siteName;
        for (String title : titles) {
            String suffix = titleSuffix(title);
            if (suffix != null) return suffix;
        }
        String host = host(address);
        if (host == null) return null;
        for (String name : others) if (namesHost(name, host)) return name;
        for (String name : new String[] {publisher, siteName}) if (namesHost(name, host)) return name;
        for (String title : titles) {
            if (title == null) continue;
            for (String part : TITLE_SEPARATOR.split(title)) if (namesHost(part, host)) return part.strip();
        }
        return host;
    }

    /** Whether a stated value reads as an outlet's name: not empty, not a tagline, not a site's bare id. */
    static boolean isName(String value) {
        if (value == null || value.isBlank()) return false;
        String text = value.strip();
        if (DOMAIN.matcher(text).matches()) return true;
        if (RAW_ID.matcher(text).matches()) return false;
        return !isTagline(text);
    }

    /**
     * A site's slogan or description rather than its name: more than {@value #MAX_WORDS} words, a sentence, three
     * or more items joined by separators ("A | B | C"), a byline ("Site.com | By: Jane Doe"), or a phrase of lower-case
     * words ("how-to", "news from").
     */
    static boolean isTagline(String text) {
        String[] words = text.strip().split("\\s+");
        int count = 0;
        for (String word : words) if (Texts.hasLetterOrDigit(word)) count++;
        if (count > MAX_WORDS) return true;
        if (count >= 3 && Texts.endsSentence(text)) return true;
        String[] parts = LIST_SEPARATOR.split(text.strip());
        if (parts.length >= 3) return true;
        for (String part : parts) if (BY.matcher(part).lookingAt()) return true;
        for (String word : words) {
            if (word.isEmpty() || NAME_LINKS.contains(word) || DOMAIN.matcher(word).matches()) continue;
            if (isLowerCase(word)) return true;
        }
        return false;
    }

    /** "Headline - The Outlet" gives "The Outlet": a short last part that reads as a name and is no section. */
    static String titleSuffix(String title) {
        if (title == null) return null;
        String[] parts = TITLE_SEPARATOR.split(title.strip());
        if (parts.length < 2) return null;
        String last = parts[parts.length - 1].strip();
        int words = Texts.words(last);
        int rest = Texts.words(title) - words;
        if (words > MAX_TITLE_WORDS || rest < words + 2 || Texts.endsWithPunctuation(last)) return null;
        if (SECTIONS.contains(last.toLowerCase(Locale.ROOT)) || !isName(last)) return null;
        return last;
    }

    /** The host of a web address, lower case, without "www." and the like; null for none or no domain. */
    static String host(String address) {
        if (address == null) return null;
        try {
            String host = URI.create(address.strip()).getHost();
            if (host == null) return null;
            host = HOST_PREFIX.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
            return DOMAIN.matcher(host).matches() && !host.matches("[\\d.]+") ? host : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether a name the page gives is the name of its domain: "The Detroit News" for detroitnews.com,
     * "Cleveland.com" for cleveland.com. A site's bare id ("detroitnews") does not count.
     */
    private static boolean namesHost(String name, String host) {
        if (name == null || name.isBlank() || !isName(name)) return false;
        String key = squash(name);
        String withoutThe = key.startsWith("the") ? key.substring(3) : key;
        String site = siteLabel(host);
        return key.equals(squash(host)) || key.equals(site) || withoutThe.equals(site);
    }

    /** The label before the public suffix, squashed: "detroitnews" for detroitnews.com, "bbc" for bbc.co.uk. */
    private static String siteLabel(String host) {
        String rest = SECOND_LEVEL.matcher(host).replaceFirst("");
        if (rest.equals(host)) rest = host.substring(0, host.lastIndexOf('.'));
        int dot = rest.lastIndexOf('.');
        return squash(dot < 0 ? rest : rest.substring(dot + 1));
    }

    private static String squash(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** A word in lower case ("how-to"), not "iNews", "24h" or a word of a script without case ("史蒂文"). */
    private static boolean isLowerCase(String word) {
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)) return false;
            lower |= Character.isLowerCase(c);
        }
        return lower;
    }
}
