package crosscheck.render;

import crosscheck.clean.Report;
import crosscheck.digest.names.Entity;
import crosscheck.digest.names.Role;
import crosscheck.digest.quotes.Quote;
import crosscheck.ingest.ArticleText;
import crosscheck.render.EntityParts.EntityQuote;
import crosscheck.render.EntityParts.EventExtracts;
import crosscheck.render.EntityParts.Extract;
import crosscheck.render.EntityParts.ReportRef;
import crosscheck.render.EntityParts.RoleView;
import crosscheck.render.SiteIndex.EntityEntry;
import crosscheck.render.SiteIndex.EventEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an entity page shows of its events' reports: the roles they give it, its quotations and the sentences that
 * name it, events newest first (the order of {@link EntityEntry#events}). Everything is taken from the digests and
 * the reports' sentences, word for word; links are relative to the entity page.
 */
final class EntitySections {
    private final SiteIndex index;
    private final EntityEntry entity;
    private final ArticleText shown;

    EntitySections(SiteIndex index, EntityEntry entity, ArticleText shown) {
        this.index = index;
        this.entity = entity;
        this.shown = Objects.requireNonNull(shown, "shown");
    }

    /**
     * The roles of every event, one per wording that differs in case alone (the first met, newest event first),
     * given by most reports first.
     */
    List<RoleView> roles() {
        Map<String, String> wordings = new LinkedHashMap<>();
        Map<String, List<ReportRef>> reports = new LinkedHashMap<>();
        for (int i = 0; i < entity.events().size(); i++) {
            EventEntry event = entity.events().get(i);
            for (Role role : entity.asNamed().get(i).roles()) {
                String key = role.text().toLowerCase(Locale.ROOT);
                wordings.putIfAbsent(key, role.text());
                List<ReportRef> refs = reports.computeIfAbsent(key, k -> new ArrayList<>());
                refs.addAll(refs(event, role.sources()));
            }
        }
        List<String> keys = new ArrayList<>(wordings.keySet()); // a stable sort keeps the first met first
        keys.sort(Comparator.comparingInt(k -> -reports.get(k).size()));
        return keys.stream().map(k -> new RoleView(wordings.get(k), reports.get(k))).toList();
    }

    /** The quotations the digests give to the entity as speaker, newest event first. */
    List<EntityQuote> quotes() {
        List<EntityQuote> out = new ArrayList<>();
        for (int i = 0; i < entity.events().size(); i++) {
            EventEntry event = entity.events().get(i);
            for (Quote quote : quotesOf(event, entity.asNamed().get(i))) {
                out.add(new EntityQuote(quote.text(), refs(event, quote.sources()), event.event().title(),
                        entity.path().linkTo(event.path())));
            }
        }
        return out;
    }

    /**
     * For each event, newest first, a few of its reports' sentences that name the entity ({@link EntitySentences});
     * the sentences carrying the entity's quotations are left to {@link #quotes}. Events with none are left out.
     */
    List<EventExtracts> extracts() {
        List<EventExtracts> out = new ArrayList<>();
        for (int i = 0; i < entity.events().size(); i++) {
            EventEntry event = entity.events().get(i);
            Entity named = entity.asNamed().get(i);
            Set<String> quoted = new HashSet<>();
            quotesOf(event, named).forEach(q -> q.wordings().forEach(w -> quoted.add(w.sentence())));
            List<Extract> sentences = EntitySentences.of(event.digest(), named, shown, quoted).stream()
                    .map(p -> new Extract(p.text(), refs(event, List.of(p.report())).get(0), p.summary())).toList();
            if (!sentences.isEmpty()) {
                out.add(new EventExtracts(event.event().title(), entity.path().linkTo(event.path()), sentences));
            }
        }
        return out;
    }

    /** The event's quotations whose speaker is the entity: by its name, a spelling, or one after a title. */
    private static List<Quote> quotesOf(EventEntry event, Entity entity) {
        return event.digest().quotes().stream().filter(q -> spokenBy(q.speaker(), entity)).toList();
    }

    static boolean spokenBy(String speaker, Entity entity) {
        if (speaker == null) return false;
        if (speaker.equals(entity.name()) || entity.spellings().contains(speaker)) return true;
        // "Israeli Defense Minister Yoav Galant": a full name after a title, never a lone surname another may share
        for (String spelling : entity.spellings()) {
            if (spelling.indexOf(' ') > 0 && speaker.endsWith(" " + spelling)) return true;
        }
        return false;
    }

    /** The event's reports of these ids, as the entity page names them; unknown ids left out. */
    private List<ReportRef> refs(EventEntry event, List<String> ids) {
        List<ReportRef> out = new ArrayList<>();
        for (String id : ids) {
            Report report = index.article(id);
            if (report == null) continue;
            out.add(new ReportRef(SourceNames.knownName(report), entity.path().linkTo(index.articlePath(report)),
                    report.displayTitle(), event.event().title()));
        }
        return out;
    }
}
