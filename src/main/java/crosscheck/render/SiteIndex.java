package crosscheck.render;

import crosscheck.address.Redirect;
import crosscheck.analyse.AnalysedReport;
import crosscheck.clean.Report;
import crosscheck.core.Slug;
import crosscheck.digest.Digest;
import crosscheck.digest.names.Entity;
import crosscheck.group.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where everything goes and in what order: the reports by id, the events in home-page order, the outlets by
 * name, the page of each, and which event holds each report. All orders are fixed by the data alone.
 */
final class SiteIndex {
    static final String EVENTS = "events";
    static final String ARTICLES = "articles";
    static final String OUTLETS = "outlets";
    /** Page sections of the kinds of entity that get pages. */
    static final Map<Entity.Kind, String> ENTITY_SECTIONS = Map.of(
            Entity.Kind.PERSON, "people", Entity.Kind.PLACE, "places", Entity.Kind.ORGANISATION, "organisations");

    /**
     * An event with its page, and what its pages call each of its reports ({@link SourceNames}): worked out once, for
     * the event page, every link to the event and the feeds.
     */
    record EventEntry(Digest digest, PagePath path, SourceNames names) {
        EventEntry(Digest digest, PagePath path) {
            this(digest, path, SourceNames.of(digest.event().reports().stream().map(AnalysedReport::report).toList(),
                    digest.event().origins()));
        }

        Event event() {
            return digest.event();
        }

        List<Report> articles() {
            return digest.event().reports().stream().map(AnalysedReport::report).toList();
        }
    }

    /** An address that leads to another event's page ({@code events/<from>/}), and that event. */
    record RedirectEntry(String from, PagePath path, EventEntry to) {
    }

    /**
     * A person, place or organisation with its page, its spellings across events, and its events in home-page order
     * (newest first); {@code asNamed} is the entity as each of those events' digests has it (its spellings and roles
     * there), in the order of {@code events}.
     */
    record EntityEntry(String name, Entity.Kind kind, PagePath path, List<String> spellings,
                       List<EventEntry> events, List<Entity> asNamed) {
        EntityEntry {
            events = List.copyOf(events);
            asNamed = List.copyOf(asNamed);
            if (events.size() != asNamed.size()) throw new IllegalArgumentException("one entity for each event");
        }
    }

    /** A named outlet with its page and its reports, newest first. */
    record OutletEntry(String name, PagePath path, List<Report> articles) {
    }

    /** Newest first, undated last, then by id. */
    static final Comparator<Report> NEWEST_FIRST = Comparator
            .comparing(Report::published, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Report::id);

    /** By latest report, newest first, undated last, then by title and id. */
    static final Comparator<Digest> EVENT_ORDER = Comparator
            .comparing((Digest d) -> d.event().last(), Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(d -> d.event().title())
            .thenComparing(d -> d.event().id());

    private final SortedMap<String, Report> articles = new TreeMap<>();
    private final Map<String, PagePath> articlePaths = new HashMap<>();
    private final List<EventEntry> events = new ArrayList<>();
    private final Map<String, EventEntry> eventOfArticle = new HashMap<>();
    private final SortedMap<String, OutletEntry> outlets = new TreeMap<>();
    private final SortedMap<String, EntityEntry> entities = new TreeMap<>();
    private final List<RedirectEntry> redirects = new ArrayList<>();

    SiteIndex(List<Report> articleList, List<Digest> digests) {
        this(articleList, digests, List.of());
    }

    /** @param redirectList addresses that lead to the page of another event, which must be one of the digests' */
    SiteIndex(List<Report> articleList, List<Digest> digests, List<Redirect> redirectList) {
        for (Report article : articleList) putArticle(article);
        List<Digest> ordered = new ArrayList<>(digests);
        ordered.sort(EVENT_ORDER);
        for (Digest digest : ordered) {
            for (AnalysedReport analyzed : digest.event().reports()) {
                articles.putIfAbsent(analyzed.id(), analyzed.report());
            }
        }

        Map<String, String> articleNames = PageNames.assign(List.copyOf(articles.keySet()));
        for (String id : articles.keySet()) articlePaths.put(id, PagePath.of(ARTICLES, articleNames.get(id)));

        // Event ids are unique slugs already; should two ever clash, the first in home-page order keeps its id.
        PageNames eventNames = new PageNames();
        for (Digest digest : ordered) {
            EventEntry entry = new EventEntry(digest, PagePath.of(EVENTS, eventNames.claim(digest.event().id())));
            events.add(entry);
            for (AnalysedReport analyzed : digest.event().reports()) eventOfArticle.putIfAbsent(analyzed.id(), entry);
        }

        indexRedirects(redirectList);
        indexEntities();

        SortedMap<String, List<Report>> byOutlet = new TreeMap<>();
        for (Report article : articles.values()) {
            String name = outletName(article);
            if (name != null) byOutlet.computeIfAbsent(name, n -> new ArrayList<>()).add(article);
        }
        PageNames outletNames = new PageNames();
        byOutlet.forEach((name, list) -> {
            list.sort(NEWEST_FIRST);
            outlets.put(name, new OutletEntry(name, PagePath.of(OUTLETS, outletNames.claim(Slug.of(name))),
                    List.copyOf(list)));
        });
    }

    /** The redirects, by retired slug; each leads to the page of its event, wherever that is. */
    private void indexRedirects(List<Redirect> redirectList) {
        Map<String, EventEntry> byId = new HashMap<>();
        for (EventEntry event : events) byId.putIfAbsent(event.event().id(), event);
        SortedMap<String, RedirectEntry> byFrom = new TreeMap<>();
        for (Redirect redirect : redirectList) {
            EventEntry to = byId.get(redirect.to());
            if (to == null) throw new IllegalArgumentException("a redirect to no event: " + redirect.to());
            if (byId.containsKey(redirect.from())) {
                throw new IllegalArgumentException("a redirect from an event's page: " + redirect.from());
            }
            PagePath path = PagePath.of(EVENTS, redirect.from());
            if (byFrom.put(redirect.from(), new RedirectEntry(redirect.from(), path, to)) != null) {
                throw new IllegalArgumentException("two redirects from " + redirect.from());
            }
        }
        redirects.addAll(byFrom.values());
    }

    /** Entities of every event, one entry per kind and name, events in home-page order. */
    private void indexEntities() {
        SortedMap<String, List<EventEntry>> eventsOf = new TreeMap<>();
        SortedMap<String, List<Entity>> namedOf = new TreeMap<>();
        SortedMap<String, java.util.SortedSet<String>> spellingsOf = new TreeMap<>();
        SortedMap<String, Entity> first = new TreeMap<>();
        for (EventEntry event : events) {
            for (Entity entity : event.digest().entities()) {
                if (!ENTITY_SECTIONS.containsKey(entity.kind())) continue;
                String key = entityKey(entity);
                first.putIfAbsent(key, entity);
                eventsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
                namedOf.computeIfAbsent(key, k -> new ArrayList<>()).add(entity);
                spellingsOf.computeIfAbsent(key, k -> new java.util.TreeSet<>()).addAll(entity.spellings());
            }
        }
        Map<Entity.Kind, PageNames> names = new java.util.EnumMap<>(Entity.Kind.class);
        first.forEach((key, entity) -> {
            String section = ENTITY_SECTIONS.get(entity.kind());
            String folder = names.computeIfAbsent(entity.kind(), k -> new PageNames()).claim(Slug.of(entity.name()));
            List<String> spellings = spellingsOf.get(key).stream().filter(n -> !n.equals(entity.name())).toList();
            entities.put(key, new EntityEntry(entity.name(), entity.kind(), PagePath.of(section, folder), spellings,
                    eventsOf.get(key), namedOf.get(key)));
        });
    }

    private static String entityKey(Entity entity) {
        return entity.kind() + "|" + entity.name();
    }

    /** Every person, place and organisation with a page, by kind and name. */
    SortedMap<String, EntityEntry> entities() {
        return entities;
    }

    /** The page of an event's entity, or null for kinds without pages. */
    EntityEntry entityEntry(Entity entity) {
        return entities.get(entityKey(entity));
    }

    private void putArticle(Report article) {
        Objects.requireNonNull(article, "article");
        articles.putIfAbsent(article.id(), article);
    }

    /** The outlet name to show and file a report under, or null when the report does not name one. */
    static String outletName(Report article) {
        String source = article.source();
        return source == null || source.isBlank() ? null : source.strip();
    }

    /** Every report, by id. */
    SortedMap<String, Report> articles() {
        return articles;
    }

    Report article(String id) {
        return articles.get(id);
    }

    PagePath articlePath(Report article) {
        return articlePaths.get(article.id());
    }

    /** The events in home-page order. */
    List<EventEntry> events() {
        return events;
    }

    /** The first event (in home-page order) that holds the report, or null. */
    EventEntry eventOf(Report article) {
        return eventOfArticle.get(article.id());
    }

    /** The addresses that lead to another event's page, by retired slug. */
    List<RedirectEntry> redirects() {
        return redirects;
    }

    /** The named outlets, by name. */
    SortedMap<String, OutletEntry> outlets() {
        return outlets;
    }

    /** The outlet page of a report, or null when the report names no outlet. */
    OutletEntry outletOf(Report article) {
        String name = outletName(article);
        return name == null ? null : outlets.get(name);
    }
}
