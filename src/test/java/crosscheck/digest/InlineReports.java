package crosscheck.digest;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.group.Event;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Short inline reports for the digest tests: one paragraph a string, analysed as the build analyses them. */
public final class InlineReports {
    private InlineReports() {
    }

    /** A report of the given paragraphs. */
    public static AnalysedReport report(String id, String... paragraphs) {
        return reportIn(null, id, paragraphs);
    }

    /** A report published on the given day (null: undated), of the given paragraphs. */
    public static AnalysedReport published(String id, LocalDate published, String... paragraphs) {
        return analysed(id, published, null, paragraphs);
    }

    /** A report of the given paragraphs in {@code language} as its page declares it (null: none). */
    public static AnalysedReport reportIn(String language, String id, String... paragraphs) {
        return analysed(id, null, language, paragraphs);
    }

    private static AnalysedReport analysed(String id, LocalDate published, String language, String... paragraphs) {
        Report article = new Report(id, "articles/" + id + ".txt", "Report " + id, null, null, published, null,
                language, null, Arrays.stream(paragraphs).map(Block::paragraph).toList(), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    /** One event of the given reports. */
    public static Event event(AnalysedReport... reports) {
        return new Event("event", "Event", List.of(reports), null, null);
    }
}
