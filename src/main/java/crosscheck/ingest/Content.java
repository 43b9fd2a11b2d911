package crosscheck.ingest;

import crosscheck.core.Warning;
import java.util.List;

/**
 * Everything the ingest stage read from a content folder, reports in file order.
 *
 * @param site     settings from {@code site.yml}
 * @param reports  the report files
 * @param known    the curator's list of people, places and organisations ({@code entities.yml})
 * @param curation the curator's decisions about events ({@code events.yml})
 * @param pages     the site's own pages ({@code pages/*.md}), by name
 * @param warnings  what the build worked around
 * @param addresses the event addresses the site published ({@code .crosscheck/slugs}, gaps filled from the
 *                  published site's {@code digest.json}), for pages to keep them
 */
public record Content(SiteConfig site, List<RawReport> reports, KnownEntities known, Curation curation,
                      List<Page> pages, List<Warning> warnings, PublishedAddresses addresses) {
    public Content {
        java.util.Objects.requireNonNull(addresses, "addresses");
        pages = List.copyOf(pages);
        java.util.Objects.requireNonNull(known, "known");
        java.util.Objects.requireNonNull(curation, "curation");
        reports = List.copyOf(reports);
        warnings = List.copyOf(warnings);
    }
}
