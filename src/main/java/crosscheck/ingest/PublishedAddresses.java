package crosscheck.ingest;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The addresses a site published: which event page each report was on, and which event pages moved to another
 * event's page. Read from {@code content/.crosscheck/slugs} ({@link SlugFile}), with the gaps filled from the
 * published site's {@code digest.json} ({@link PublishedSiteReader}); the address stage keeps pages at these
 * addresses and hands back the new ones, which the build writes to {@code .crosscheck/slugs}.
 *
 * @param slugOfReport for each report id, the slug of its event's page ({@code events/<slug>/}), by id
 * @param movedTo      for each retired slug, the slug of the event page it redirects to, by retired slug
 */
public record PublishedAddresses(SortedMap<String, String> slugOfReport, SortedMap<String, String> movedTo) {
    private static final PublishedAddresses NONE = of(Map.of(), Map.of());

    public PublishedAddresses {
        slugOfReport = sorted(slugOfReport, "slugOfReport");
        movedTo = sorted(movedTo, "movedTo");
    }

    /** Addresses from any maps (copied and sorted). */
    public static PublishedAddresses of(Map<String, String> slugOfReport, Map<String, String> movedTo) {
        return new PublishedAddresses(new TreeMap<>(Objects.requireNonNull(slugOfReport, "slugOfReport")),
                new TreeMap<>(Objects.requireNonNull(movedTo, "movedTo")));
    }

    /** No published addresses: a new site, or one built before addresses were kept. */
    public static PublishedAddresses none() {
        return NONE;
    }

    public boolean isEmpty() {
        return slugOfReport.isEmpty() && movedTo.isEmpty();
    }

    /**
     * These addresses, plus those of {@code other} for what these do not name: a report with no slug here takes
     * its slug there; a retired slug there is kept unless it is a page's or a retired slug here.
     */
    public PublishedAddresses orElse(PublishedAddresses other) {
        Objects.requireNonNull(other, "other");
        if (other.isEmpty()) return this;
        SortedMap<String, String> reports = new TreeMap<>(slugOfReport);
        other.slugOfReport.forEach(reports::putIfAbsent);
        SortedMap<String, String> moved = new TreeMap<>(movedTo);
        Set<String> live = new HashSet<>(slugOfReport.values());
        other.movedTo.forEach((from, to) -> {
            if (!live.contains(from)) moved.putIfAbsent(from, to);
        });
        return new PublishedAddresses(reports, moved);
    }

    private static SortedMap<String, String> sorted(SortedMap<String, String> map, String name) {
        Objects.requireNonNull(map, name);
        TreeMap<String, String> copy = new TreeMap<>();
        map.forEach((key, value) -> {
            if (key == null || value == null) throw new IllegalArgumentException(name + " holds a null");
            copy.put(key, value);
        });
        return Collections.unmodifiableSortedMap(copy);
    }
}
