package crosscheck.address;

import crosscheck.analyse.AnalysedReport;
import crosscheck.core.Slug;
import crosscheck.group.Doubt;
import crosscheck.group.Event;
import crosscheck.group.GroupingEvidence;
import crosscheck.ingest.Curation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The curator's review list: the grouping's {@link Doubt}s with the events at their final addresses, each with why
 * it is in doubt, the evidence, and the {@code content/events.yml} entries that would split or pin it. An entry for
 * an event the file does not have yet is one line under {@code events:} in YAML's flow form,
 * {@code - {slug: x, reports: [a1]}}; for one it has, the {@code reports:} line of that entry with the report added.
 * A report pinned there stays whatever later reports arrive. Since free reports may still join a pinned event, a fix
 * that takes reports out of an event also pins the event's other reports to it: two pinned events never merge.
 */
public final class ReviewList {
    /** An id YAML reads as plain text unquoted: otherwise it is written in double quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private ReviewList() {
    }

    /**
     * @param doubts   the group stage's doubts, surest first
     * @param events   the events at their addresses ({@link AddressedEvents#events})
     * @param curation the curator's {@code events.yml} as read, to add to its entries rather than repeat a slug
     */
    public static List<ReviewItem> of(List<Doubt> doubts, List<Event> events, Curation curation) {
        Objects.requireNonNull(doubts, "doubts");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(curation, "curation");
        Map<String, Event> eventOf = new HashMap<>();
        Map<String, AnalysedReport> reports = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Event event : events) {
            taken.add(event.id());
            for (AnalysedReport report : event.reports()) {
                eventOf.put(report.id(), event);
                reports.put(report.id(), report);
            }
        }
        curation.events().forEach(e -> taken.add(e.slug()));
        List<ReviewItem> out = new ArrayList<>();
        for (Doubt doubt : doubts) {
            Event event = eventOf.get(doubt.report());
            if (event == null) continue; // not a report of the events given
            Event other = doubt.other() == null ? null : eventOf.get(doubt.other());
            out.add(switch (doubt.kind()) {
                case TWO_EVENTS -> other == null ? borderline(doubt, event, reports, taken, curation)
                        : twoEvents(doubt, event, other, curation);
                case BORDERLINE -> borderline(doubt, event, reports, taken, curation);
                case LONG_SPAN -> longSpan(doubt, event, reports, taken, curation);
            });
        }
        return out;
    }

    private static ReviewItem twoEvents(Doubt doubt, Event event, Event other, Curation curation) {
        String why = "report " + doubt.report() + " is in " + event.id() + " (mean similarity " + number(doubt.own())
                + ") but fits " + other.id() + " almost as well (" + number(doubt.closest()) + ")";
        List<String> evidence = new ArrayList<>();
        evidence.add(tie(doubt.report(), event));
        if (!doubt.sharedOwn().isEmpty()) {
            evidence.add("names it shares with " + event.id() + ": " + String.join(", ", doubt.sharedOwn()));
        }
        if (!doubt.sharedOther().isEmpty()) {
            evidence.add("names it shares with " + other.id() + ": " + String.join(", ", doubt.sharedOther()));
        }
        return new ReviewItem("fits two events", event.id(), doubt.report(), why, evidence, List.of(
                split("move it to " + other.id(), other.id(), joined(doubt.split(), other), event, curation),
                new ReviewItem.Fix("keep it in " + event.id(), List.of(pin(event.id(), doubt.split(), curation)))));
    }

    private static ReviewItem borderline(Doubt doubt, Event event, Map<String, AnalysedReport> reports,
                                         Set<String> taken, Curation curation) {
        String why = "report " + doubt.report() + " joined " + event.id() + " with a mean similarity of "
                + number(doubt.own()) + " to its other reports, near the " + number(doubt.threshold())
                + " a join needs";
        List<String> evidence = new ArrayList<>();
        evidence.add(tie(doubt.report(), event));
        evidence.add(doubt.sharedOwn().isEmpty() ? "it shares no name with the other reports"
                : "names it shares with the other reports: " + String.join(", ", doubt.sharedOwn()));
        String slug = newSlug(doubt.report(), reports, taken);
        return new ReviewItem("borderline join", event.id(), doubt.report(), why, evidence, List.of(
                split("split it into an event of its own", slug, doubt.split(), event, curation),
                new ReviewItem.Fix("keep it in " + event.id(), List.of(pin(event.id(), doubt.split(), curation)))));
    }

    private static ReviewItem longSpan(Doubt doubt, Event event, Map<String, AnalysedReport> reports,
                                       Set<String> taken, Curation curation) {
        long days = doubt.last().toEpochDay() - doubt.first().toEpochDay();
        String why = "the reports of " + event.id() + " were published " + days + " days apart, from "
                + doubt.first() + " to " + doubt.last() + ": more than the " + doubt.window() + "-day window";
        List<String> evidence = new ArrayList<>();
        GroupingEvidence shared = event.evidence();
        if (!shared.names().isEmpty()) evidence.add("names they share: " + String.join(", ", shared.names()));
        if (!shared.days().isEmpty()) {
            evidence.add("days they tell of: " + String.join(", ", shared.days().stream().map(Object::toString).toList()));
        }
        evidence.add("published after the widest gap: " + String.join(", ", doubt.split()));
        String slug = newSlug(doubt.split().get(0), reports, taken);
        return new ReviewItem("long span", event.id(), null, why, evidence, List.of(
                split("split those reports into an event of their own", slug, doubt.split(), event, curation)));
    }

    /** "shares 2 rare names and 1 phrase with the other reports of x". */
    private static String tie(String report, Event event) {
        for (GroupingEvidence.Tie tie : event.evidence().ties()) {
            if (!tie.report().equals(report)) continue;
            return "shares " + count(tie.rareNames(), "rare name") + " and " + count(tie.phrases(), "rare phrase")
                    + " with the other reports of " + event.id();
        }
        return "shares no rare name or phrase with the other reports of " + event.id();
    }

    /** {@code ids} and the reports of {@code event}: all pinned there, so that they stay together. */
    private static List<String> joined(List<String> ids, Event event) {
        List<String> out = new ArrayList<>(ids);
        event.reports().stream().map(AnalysedReport::id).filter(id -> !out.contains(id)).forEach(out::add);
        return out;
    }

    /** Takes {@code ids} out of {@code event} into {@code slug}, and pins the event's other reports where they are. */
    private static ReviewItem.Fix split(String does, String slug, List<String> ids, Event event, Curation curation) {
        List<String> rest = event.reports().stream().map(AnalysedReport::id).filter(id -> !ids.contains(id)).toList();
        List<String> lines = new ArrayList<>();
        lines.add(pin(slug, ids, curation));
        if (!rest.isEmpty()) lines.add(pin(event.id(), rest, curation));
        return new ReviewItem.Fix(does, lines);
    }

    /**
     * The entry that pins {@code ids} to {@code slug}: a new line, or for a slug the file has, the {@code reports:}
     * line of its entry ("slug: x ... reports: [...]").
     */
    static String pin(String slug, List<String> ids, Curation curation) {
        var entry = curation.event(slug);
        if (entry.isPresent()) {
            List<String> all = new ArrayList<>(entry.get().reports());
            ids.stream().filter(id -> !all.contains(id)).forEach(all::add);
            return "reports: " + list(all) + "   # in the entry of '" + slug + "'";
        }
        return "- {slug: " + slug + ", reports: " + list(ids) + "}";
    }

    /**
     * The address a new event whose earliest report is {@code id} gets ({@link NewSlug}), not one an event or entry
     * has; its base is "event" when the report's title gives no valid slug. Taken then, so two fixes never share one.
     */
    private static String newSlug(String id, Map<String, AnalysedReport> reports, Set<String> taken) {
        AnalysedReport report = reports.get(id);
        String base = report == null ? "" : Slug.of(report.report().displayTitle());
        if (!Slug.isValid(base)) base = "event";
        String slug = NewSlug.of(base, id, taken);
        taken.add(slug);
        return slug;
    }

    private static String list(List<String> ids) {
        return "[" + String.join(", ", ids.stream().map(ReviewList::quoted).toList()) + "]";
    }

    private static String quoted(String id) {
        if (PLAIN.matcher(id).matches()) return id;
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
