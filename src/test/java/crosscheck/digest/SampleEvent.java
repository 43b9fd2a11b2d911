package crosscheck.digest;

import crosscheck.SampleContent;
import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Cleaner;
import crosscheck.group.Event;
import crosscheck.ingest.ContentReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The five sample reports ({@link SampleContent}) as one event, cleaned and analysed as the build does. */
public final class SampleEvent {
    public static final String R000 = "000_e4f0e796efdce198";
    public static final String R001 = "001_5b45645508210cee";
    public static final String R002 = "002_5833acd523314701";
    public static final String R003 = "003_329f9bd5a427a3aa";
    public static final String R004 = "004_b1353c906ad0d7c1";

    private SampleEvent() {
    }

    /** The event of the five sample reports. */
    public static Event event() {
        Cleaner cleaner = new Cleaner();
        try (Analyser analyser = new Analyser()) {
            List<AnalysedReport> articles = ContentReader.read(SampleContent.FOLDER).reports().stream()
                    .map(cleaner::clean).map(analyser::analyse).toList();
            return new Event("sample", "Sample", articles, null, null);
        }
    }

    /** The cleaned text of each report of the event, by report id. */
    public static Map<String, String> texts(Event event) {
        return event.reports().stream().collect(Collectors.toMap(AnalysedReport::id, a -> a.report().text()));
    }
}
