package crosscheck.group;

import crosscheck.analyse.AnalysedReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reports that cover the same event.
 *
 * @param id          slug, unique in the site; the event page lives at {@code events/<id>/}
 * @param title       headline for the event
 * @param reports     its reports, oldest first (undated last), then by id
 * @param first       earliest publication date of its reports, or null when none is dated
 * @param last        latest publication date of its reports, or null when none is dated
 * @param evidence    why its reports were grouped: the names, figures and days they share, and how each report is
 *                    tied to the others ({@link GroupingEvidence#NONE} for none, and when null)
 * @param origins     the independent origins among its reports: each inner list holds the ids of reports that are
 *                    copies of one another (syndicated wire copy, a republished article), a single id for a report
 *                    of its own; every report in exactly one origin, ids in the order of {@code reports}, origins
 *                    in the order of their first report. {@code origins.size()} is the number of independent reports
 * @param note        the curator's editor's note, in Markdown, or null
 */
public record Event(String id, String title, List<AnalysedReport> reports, LocalDate first, LocalDate last,
                    GroupingEvidence evidence, List<List<String>> origins, String note) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        reports = List.copyOf(reports);
        if (evidence == null) evidence = GroupingEvidence.NONE;
        if (reports.isEmpty()) throw new IllegalArgumentException("an event needs at least one report");
        origins = origins == null ? singletons(reports) : origins.stream().map(List::copyOf).toList();
        Set<String> ids = new HashSet<>();
        reports.forEach(a -> ids.add(a.id()));
        Set<String> seen = new HashSet<>();
        for (List<String> origin : origins) {
            if (origin.isEmpty()) throw new IllegalArgumentException("an origin needs at least one report");
            for (String member : origin) {
                if (!ids.contains(member)) throw new IllegalArgumentException("origin names a report not in the event: " + member);
                if (!seen.add(member)) throw new IllegalArgumentException("report in two origins: " + member);
            }
        }
        if (seen.size() != ids.size()) throw new IllegalArgumentException("every report needs an origin");
    }

    /** An event whose reports are all independent of one another, without evidence or an editor's note. */
    public Event(String id, String title, List<AnalysedReport> reports, LocalDate first, LocalDate last) {
        this(id, title, reports, first, last, GroupingEvidence.NONE, null, null);
    }

    /** The same event as the curator presents it: another title (if not null) and an editor's note. */
    public Event curated(String curatedTitle, String editorsNote) {
        return new Event(id, curatedTitle != null ? curatedTitle : title, reports, first, last, evidence, origins,
                editorsNote);
    }

    /** How many of its reports are independent: copies of one origin count once. */
    public int independentReports() {
        return origins.size();
    }

    /** The origin of each report, by report id: its index in {@link #origins}. */
    public Map<String, Integer> originOf() {
        Map<String, Integer> out = new HashMap<>();
        for (int o = 0; o < origins.size(); o++) {
            for (String id : origins.get(o)) out.put(id, o);
        }
        return out;
    }

    private static List<List<String>> singletons(List<AnalysedReport> reports) {
        List<List<String>> out = new ArrayList<>();
        for (AnalysedReport a : reports) out.add(List.of(a.id()));
        return List.copyOf(out);
    }
}
