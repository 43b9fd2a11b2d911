package crosscheck.render;

import crosscheck.clean.Report;
import crosscheck.core.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an event page calls each of its reports, so that a reader can place every citation without a key: the outlet
 * when known, else the domain of the report's address, else "Unnamed source N" (N counts the unnamed reports only, in
 * the event's order). A report that is a copy of another in the event, or that says it is wire copy, is shown as a
 * relay of its origin.
 */
final class SourceNames {
    /** The name a report goes by on its event page, and whose copy it relays, if any. */
    record SourceName(String name, boolean named, String relayOf) {
    }

    private final List<SourceName> names;
    /** Each report's outlet or domain, or null, in the event's order. */
    private final List<String> outlets;
    /** Each report's place in the event's order, from 0, by id. */
    private final Map<String, Integer> places;

    private SourceNames(List<SourceName> names, List<String> outlets, Map<String, Integer> places) {
        this.names = List.copyOf(names);
        this.outlets = new ArrayList<>(outlets);
        this.places = Map.copyOf(places);
    }

    /**
     * The names of an event's reports, in the event's order.
     *
     * @param reports the event's reports
     * @param origins the event's independent origins: ids of reports that copy one another, the first one first
     */
    static SourceNames of(List<Report> reports, List<List<String>> origins) {
        Map<String, String> firstOfOrigin = new HashMap<>();
        for (List<String> origin : origins) {
            for (String id : origin.subList(1, origin.size())) firstOfOrigin.put(id, origin.get(0));
        }
        Map<String, Integer> places = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<SourceName> names = new ArrayList<>(reports.size());
        List<String> outlets = new ArrayList<>(reports.size());
        int unnamed = 0;
        for (Report report : reports) {
            String known = knownName(report);
            // a second report of one outlet is told apart by its count: "Reuters", then "Reuters (2)"
            int times = known == null ? 0 : seen.merge(known, 1, Integer::sum);
            String name = known == null ? "Unnamed source " + ++unnamed
                    : times == 1 ? known : known + " (" + times + ")";
            places.put(report.id(), names.size());
            names.add(new SourceName(name, known != null, null));
            outlets.add(known);
        }
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            Integer copied = places.get(firstOfOrigin.get(report.id()));
            String relayOf = copied != null ? names.get(copied).name() : blankToNull(report.origin());
            if (relayOf != null && !relayOf.equals(names.get(i).name())) {
                names.set(i, new SourceName(names.get(i).name(), names.get(i).named(), relayOf));
            }
        }
        return new SourceNames(names, outlets, places);
    }

    /** The report's outlet, else the domain of its address ("www." left out), else null. */
    static String knownName(Report report) {
        String outlet = SiteIndex.outletName(report);
        if (outlet != null) return outlet;
        String host = Urls.host(report.url());
        if (host == null) return null;
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The name of the i-th report (0-based, in the event's order). */
    SourceName get(int i) {
        return names.get(i);
    }

    /** The place of a report in the event's order, from 0, or -1 when it is not one of the event's. */
    int place(String id) {
        return places.getOrDefault(id, -1);
    }

    List<String> labels() {
        return names.stream().map(SourceName::name).toList();
    }

    /** How many reports go by no known name. */
    int unnamed() {
        return (int) names.stream().filter(n -> !n.named()).count();
    }

    /** How many distinct known names. */
    int namedOutlets() {
        Set<String> distinct = new TreeSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).named()) distinct.add(outlets.get(i));
        }
        return distinct.size();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
