package crosscheck.digest.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The roles given to one name or to all spellings of one entity, counted: wordings that differ in case alone
 * ("Defense Minister", "defense minister") are one role, shown in its most frequent wording.
 */
final class RoleTally {
    /** One role: how often each wording is written, and the reports that give it (by index in the event). */
    private static final class Count {
        final Map<String, Integer> wordings = new TreeMap<>();
        final TreeSet<Integer> reports = new TreeSet<>();
    }

    /** By the role's wording in lower case. */
    private final Map<String, Count> counts = new TreeMap<>();

    void add(String wording, int report) {
        add(wording, 1, List.of(report));
    }

    void addAll(RoleTally other) {
        other.counts.values().forEach(c -> c.wordings.forEach((w, n) -> add(w, n, c.reports)));
    }

    private void add(String wording, int times, Iterable<Integer> reports) {
        Count count = counts.computeIfAbsent(wording.toLowerCase(Locale.ROOT), k -> new Count());
        count.wordings.merge(wording, times, Integer::sum);
        reports.forEach(count.reports::add);
    }

    /**
     * The roles, given by most reports first, then by the first report to give them, then alphabetically; each in
     * its most frequent wording (ties alphabetical), with the ids of its reports.
     *
     * @param idOf a report's id by its index in the event
     */
    List<Role> roles(IntFunction<String> idOf) {
        List<Count> ordered = new ArrayList<>(counts.values());
        ordered.sort(Comparator.comparingInt((Count c) -> -c.reports.size()).thenComparingInt(c -> c.reports.first())
                .thenComparing(RoleTally::wording));
        return ordered.stream()
                .map(c -> new Role(wording(c), c.reports.stream().map(idOf::apply).toList())).toList();
    }

    private static String wording(Count count) {
        return count.wordings.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }
}
