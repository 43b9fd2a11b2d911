package crosscheck.address;

import crosscheck.analyse.AnalysedReport;
import crosscheck.group.Event;
import crosscheck.ingest.PublishedAddresses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The address stage: gives each event the address ({@code events/<slug>/}) its page keeps from build to build, so
 * that published links do not break when unrelated reports arrive or an event's headline changes. The rules, in
 * order (each decides only what the ones before left open):
 *
 * <ol>
 * <li>An event the curator pinned (front matter {@code event:}, or {@code events.yml}) is at the curator's slug.</li>
 * <li>A published address follows most of its reports: of the events now holding the reports that were on
 * {@code events/<slug>/}, the one holding most of them (on a tie, the one holding the earliest of them) inherits the
 * slug. An event that inherits one slug keeps it. An event that inherits several (two published events merged)
 * keeps the one most of its reports had (on a tie, the one of its earliest report), and the others redirect to it;
 * so does every slug a pinned event inherits. So when an event splits, the part with most of its reports keeps
 * the address and the other part gets a new one.</li>
 * <li>An address that redirected before still does, to wherever its event's address went (chains are followed to
 * the live page); a redirect to an event whose reports are all gone is dropped, as is one whose slug is a page
 * again.</li>
 * <li>An event with no address yet gets a new one from its earliest report ({@link NewSlug}); it never takes a live
 * or redirecting slug.</li>
 * </ol>
 * A published address none of whose reports is left (all removed, excluded or turned into drafts) is forgotten: its
 * page goes, and the site's 404 page answers there, rather than a redirect to a story that is not the one linked.
 * The outcome depends on the reports and the published addresses alone: neither on the order of the events nor on
 * threads.
 */
public final class Addresses {
    /** Earliest first: by publication date, undated last, then by id. */
    static final Comparator<AnalysedReport> EARLIEST = Comparator
            .comparing((AnalysedReport r) -> r.report().published(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AnalysedReport::id);

    private Addresses() {
    }

    /** A published slug's reports in one event: how many, and the earliest of them. */
    private record Share(String slug, int event, int reports, AnalysedReport earliest) {
        /** The event that inherits a slug: most of its reports, then the earliest of them. */
        static final Comparator<Share> HOLDER = Comparator.comparingInt(Share::reports).reversed()
                .thenComparing(Share::earliest, EARLIEST);
        /** The slug an event keeps of those it inherits: most of its reports, the earliest of them, then by name. */
        static final Comparator<Share> KEPT = HOLDER.thenComparing(Share::slug);

        Share plus(AnalysedReport report) {
            return new Share(slug, event, reports + 1, EARLIEST.compare(report, earliest) < 0 ? report : earliest);
        }
    }

    /**
     * The events of the grouping at their addresses, with the redirects and the mapping to keep for the next build.
     *
     * @param grouped  the events of the group stage, in the order to keep
     * @param previous the addresses the site published ({@link PublishedAddresses#none()} for a new site)
     */
    public static AddressedEvents assign(List<Event> grouped, PublishedAddresses previous) {
        Objects.requireNonNull(grouped, "grouped");
        Objects.requireNonNull(previous, "previous");
        List<Event> events = List.copyOf(grouped);
        String[] slugs = new String[events.size()];
        Map<String, Integer> eventAt = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (!pinned(event)) continue;
            slugs[i] = event.id();
            if (eventAt.putIfAbsent(event.id(), i) != null) {
                throw new IllegalArgumentException("two events pinned to " + event.id());
            }
        }
        Map<String, Integer> redirectTo = new TreeMap<>();
        inherit(events, previous, slugs, eventAt, redirectTo);
        keepRedirects(previous, eventAt, redirectTo);
        Set<String> taken = new HashSet<>(eventAt.keySet());
        taken.addAll(redirectTo.keySet());
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) if (slugs[i] == null) fresh.add(i);
        fresh.sort(Comparator.comparing(i -> earliest(events.get(i)), EARLIEST));
        for (int i : fresh) {
            slugs[i] = NewSlug.of(earliest(events.get(i)), taken);
            taken.add(slugs[i]);
        }
        return result(events, slugs, redirectTo);
    }

    /** Rule 2: each published slug goes to the event holding most of its reports, as its address or a redirect. */
    private static void inherit(List<Event> events, PublishedAddresses previous, String[] slugs,
                                Map<String, Integer> eventAt, Map<String, Integer> redirectTo) {
        Map<String, Map<Integer, Share>> shares = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            for (AnalysedReport report : events.get(i).reports()) {
                String slug = previous.slugOfReport().get(report.id());
                if (slug == null) continue;
                int event = i;
                shares.computeIfAbsent(slug, s -> new HashMap<>()).merge(event, new Share(slug, event, 1, report),
                        (had, one) -> had.plus(report));
            }
        }
        Map<Integer, List<Share>> inherited = new TreeMap<>();
        shares.values().forEach(byEvent -> {
            Share holder = byEvent.values().stream().min(Share.HOLDER).orElseThrow();
            inherited.computeIfAbsent(holder.event(), e -> new ArrayList<>()).add(holder);
        });
        inherited.forEach((event, list) -> {
            list.sort(Share.KEPT);
            for (Share share : list) {
                if (eventAt.containsKey(share.slug())) continue; // a pinned event's address: that page is live
                if (slugs[event] == null) {
                    slugs[event] = share.slug();
                    eventAt.put(share.slug(), event);
                } else {
                    redirectTo.put(share.slug(), event);
                }
            }
        });
    }

    /** Rule 3: the redirects of the previous build, each to where its target's address went. */
    private static void keepRedirects(PublishedAddresses previous, Map<String, Integer> eventAt,
                                      Map<String, Integer> redirectTo) {
        Map<String, Integer> kept = new TreeMap<>();
        previous.movedTo().forEach((from, to) -> {
            if (eventAt.containsKey(from) || redirectTo.containsKey(from)) return;
            Set<String> seen = new HashSet<>();
            for (String at = to; at != null && seen.add(at); at = previous.movedTo().get(at)) {
                Integer event = eventAt.containsKey(at) ? eventAt.get(at) : redirectTo.get(at);
                if (event != null) {
                    kept.put(from, event);
                    return;
                }
            }
        });
        redirectTo.putAll(kept);
    }

    private static AddressedEvents result(List<Event> events, String[] slugs, Map<String, Integer> redirectTo) {
        List<Event> out = new ArrayList<>();
        Map<String, String> reports = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            out.add(slugs[i].equals(e.id()) ? e : new Event(slugs[i], e.title(), e.reports(), e.first(), e.last(),
                    e.evidence(), e.origins(), e.note()));
            for (AnalysedReport report : e.reports()) reports.putIfAbsent(report.id(), slugs[i]);
        }
        List<Redirect> redirects = new ArrayList<>();
        Map<String, String> moved = new TreeMap<>();
        redirectTo.forEach((from, event) -> {
            redirects.add(new Redirect(from, slugs[event]));
            moved.put(from, slugs[event]);
        });
        return new AddressedEvents(out, redirects, PublishedAddresses.of(reports, moved));
    }

    /** Whether the curator pinned the event to its slug: any of its reports is pinned (all are, then). */
    private static boolean pinned(Event event) {
        return event.reports().stream().anyMatch(r -> r.report().event() != null);
    }

    private static AnalysedReport earliest(Event event) {
        return event.reports().stream().min(EARLIEST).orElseThrow();
    }
}
