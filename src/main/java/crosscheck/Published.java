package crosscheck;

import crosscheck.ingest.Content;
import crosscheck.ingest.RawReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reports a build publishes, chosen right after ingest so that no later stage sees the others: a report the
 * curator excludes in {@code events.yml} ({@code exclude:}) is never published, not even by {@code serve}; a
 * draft ({@code draft: true} in its front matter) only when drafts are asked for, and is then marked as one.
 *
 * @param reports   the reports to build, in file order
 * @param selection how many of them are drafts, and how many reports were left out
 */
record Published(List<RawReport> reports, Selection selection) {
    Published {
        reports = List.copyOf(reports);
    }

    /** The reports of {@code content} to build, with drafts when {@code withDrafts}. */
    static Published of(Content content, boolean withDrafts) {
        Set<String> exclude = content.curation().exclude();
        List<RawReport> kept = new ArrayList<>(content.reports().size());
        int drafts = 0;
        int draftsLeftOut = 0;
        int excluded = 0;
        for (RawReport report : content.reports()) {
            if (exclude.contains(report.id())) {
                excluded++;
            } else if (report.draft() && !withDrafts) {
                draftsLeftOut++;
            } else {
                if (report.draft()) drafts++;
                kept.add(report);
            }
        }
        return new Published(kept, new Selection(drafts, draftsLeftOut, excluded));
    }
}
