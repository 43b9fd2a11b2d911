package crosscheck.ingest;

import crosscheck.Warning;
import java.util.List;

/** Everything the ingest stage read from a content folder, reports in file order. */
public record Content(SiteConfig site, List<RawReport> reports, List<Warning> warnings) {
    public Content {
        reports = List.copyOf(reports);
        warnings = List.copyOf(warnings);
    }
}
