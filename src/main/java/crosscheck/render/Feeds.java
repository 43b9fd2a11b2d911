package crosscheck.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import crosscheck.digest.summary.SummarySentence;
import crosscheck.group.Event;
import crosscheck.ingest.SiteConfig;
import crosscheck.render.SiteIndex.EventEntry;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The site's feeds of events, in home-page order (newest first, undated last): {@code feed.xml} (Atom 1.0, written
 * with Rome) and {@code feed.json} (JSON Feed 1.1), each of the {@link #ENTRIES} newest events, so that a feed stays
 * small however large the site grows (a feed reader fetches it again and again). One entry per event: its title,
 * page, id, date (its latest report, else its earliest; none for an undated event), summary (the summary sentences'
 * text) and content: the summary again with the reports that state each sentence, named as the event page names them
 * ({@link SourceNames}), in brackets after it, one sentence a paragraph.

 *
 * <p>Links are absolute when the site has a baseUrl, else relative to the feed, which sits at the site root.
 * Ids are the event pages' absolute addresses with a baseUrl, else {@code urn:crosscheck:event:<page name>}.
 * Nothing depends on the clock: a feed's {@code updated} is its newest event's date, and is left out when no event
 * is dated.
 */
final class Feeds {
    static final String JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";
    /** Most events in a feed: the newest. */
    static final int ENTRIES = 50;

    private final SiteConfig site;
    private final String baseUrl;
    private final List<Item> items;

    /** One event as the feeds give it. */
    private record Item(String id, String url, String title, String summary, String attributed, LocalDate date,
                        LocalDate first) {
    }

    Feeds(SiteConfig site, String baseUrl, SiteIndex index) {
        this.site = site;
        this.baseUrl = baseUrl;
        List<Item> list = new ArrayList<>();
        for (EventEntry entry : index.events().subList(0, Math.min(ENTRIES, index.events().size()))) {
            Event event = entry.event();
            String url = link(entry.path().url());
            String id = baseUrl.isEmpty() ? "urn:crosscheck:event:" + entry.path().folders().get(1) : url;
            String summary = String.join(" ", entry.digest().summary().stream().map(SummarySentence::text).toList());
            list.add(new Item(id, url, event.title(), summary, attributed(entry), PageFactory.latest(event),
                    event.first()));
        }
        this.items = List.copyOf(list);
    }

    /** "Sentence one. [Reuters, Al Jazeera]", a blank line, "Sentence two. [Unnamed source 1]": who states what. */
    private static String attributed(EventEntry entry) {
        SourceNames names = entry.names();
        List<String> paragraphs = new ArrayList<>();
        for (SummarySentence sentence : entry.digest().summary()) {
            List<String> stating = new ArrayList<>();
            for (String id : new LinkedHashSet<>(sentence.sources())) { // its own report first (SummarySentence)
                int place = names.place(id);
                if (place >= 0) stating.add(names.get(place).name());
            }
            paragraphs.add(stating.isEmpty() ? sentence.text()
                    : sentence.text() + " [" + String.join(", ", stating) + "]");
        }
        return String.join("\n\n", paragraphs);
    }

    /** A site path ("events/x/", "" for the home page) as the feeds link to it. */
    private String link(String sitePath) {
        return baseUrl.isEmpty() ? (sitePath.isEmpty() ? "./" : sitePath) : baseUrl + sitePath;
    }

    /** The newest date of any event, or null. */
    private LocalDate newest() {
        return items.stream().map(Item::date).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    /** {@code feed.xml}: Atom 1.0, "\n" line endings. */
    String atom() {
        Feed feed = new Feed("atom_1.0");
        feed.setTitle(site.title());
        if (!site.description().isBlank()) feed.setSubtitle(text(site.description()));
        feed.setId(baseUrl.isEmpty() ? "urn:crosscheck:site" : baseUrl);
        feed.setLanguage(site.language());
        feed.setUpdated(date(newest()));
        feed.setAlternateLinks(List.of(link("alternate", link(""), "text/html")));
        feed.setOtherLinks(List.of(link("self", link(PageFactory.ATOM), "application/atom+xml")));
        Person author = new Person();
        author.setName(site.title());
        feed.setAuthors(List.of(author));
        List<Entry> entries = new ArrayList<>();
        for (Item item : items) {
            Entry entry = new Entry();
            entry.setId(item.id());
            entry.setTitle(item.title());
            entry.setAlternateLinks(List.of(link("alternate", item.url(), "text/html")));
            entry.setUpdated(date(item.date()));
            entry.setPublished(date(item.first()));
            if (!item.summary().isEmpty()) {
                entry.setSummary(text(item.summary()));
                entry.setContents(List.of(text(item.attributed())));
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            String xml = new WireFeedOutput().outputString(feed, true);
            return xml.replace("\r\n", "\n").replace('\r', '\n').stripTrailing() + "\n";
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write " + PageFactory.ATOM, e);
        }
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    /** Midnight UTC of the day, or null. */
    private static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** "2024-03-26T00:00:00Z", or null. */
    private static String rfc3339(LocalDate day) {
        return day == null ? null : day + "T00:00:00Z";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"version", "title", "home_page_url", "feed_url", "description", "language", "authors",
            "items"})
    record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
                    @JsonProperty("feed_url") String feedUrl, String description, String language,
                    List<JsonAuthor> authors, List<JsonItem> items) {
    }

    record JsonAuthor(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "url", "title", "summary", "content_text", "date_published"})
    record JsonItem(String id, String url, String title, String summary,
                    @JsonProperty("content_text") String contentText,
                    @JsonProperty("date_published") String datePublished) {
    }

    /** {@code feed.json}: JSON Feed 1.1, pretty-printed, "\n" line endings and a final newline. */
    String json() {
        List<JsonItem> list = items.stream().map(i -> new JsonItem(i.id(), i.url(), i.title(),
                i.summary().isEmpty() ? null : i.summary(), i.attributed(), rfc3339(i.date()))).toList();
        // the feed's own addresses only when they can be absolute; items link relative to the feed otherwise
        JsonFeed feed = new JsonFeed(JSON_FEED_VERSION, site.title(), baseUrl.isEmpty() ? null : link(""),
                baseUrl.isEmpty() ? null : link(PageFactory.JSON_FEED),
                site.description().isBlank() ? null : site.description(), site.language(),
                List.of(new JsonAuthor(site.title())), list);
        try {
            return PrettyJson.WRITER.writeValueAsString(feed) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + PageFactory.JSON_FEED, e);
        }
    }
}
