package crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.render.SourceNames.SourceName;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceNamesTest {
    private static Report report(String id, String outlet, String url) {
        return Fixtures.article(id, "Title " + id, outlet, url, null, List.of(Block.paragraph("Text.")), List.of());
    }

    private static Report wireCopy(String id, String origin) {
        Report r = report(id, null, null);
        return new Report(r.id(), r.file(), r.title(), r.source(), r.url(), r.published(), r.author(), origin,
                List.of(), r.language(), r.languageSource(), r.event(), r.blocks(), r.removed(), r.warnings(),
                r.draft());
    }

    private static List<List<String>> alone(List<Report> reports) {
        return reports.stream().map(r -> List.of(r.id())).toList();
    }

    @Test
    void eachReportGoesByItsOutletElseItsDomainElseAnUnnamedSourceNumberedAmongTheUnnamed() {
        List<Report> reports = List.of(report("a", null, null), report("b", "Reuters", null),
                report("c", null, "https://www.example.org/news/1"), report("d", null, "not an address"));
        SourceNames names = SourceNames.of(reports, alone(reports));
        assertEquals(List.of("Unnamed source 1", "Reuters", "example.org", "Unnamed source 2"), names.labels());
        assertEquals(2, names.unnamed());
        assertEquals(2, names.namedOutlets());
        assertEquals(2, names.place("c"));
        assertEquals(-1, names.place("elsewhere"));
    }

    @Test
    void twoReportsOfOneOutletAreToldApartAndCountAsOneOutlet() {
        List<Report> reports = List.of(report("a", "Reuters", null), report("b", "Reuters", null));
        SourceNames names = SourceNames.of(reports, alone(reports));
        assertEquals(List.of("Reuters", "Reuters (2)"), names.labels());
        assertEquals(1, names.namedOutlets());
        assertEquals(0, names.unnamed());
    }

    @Test
    void aCopyRelaysTheFirstReportOfItsOriginAndWireCopyItsWireService() {
        List<Report> reports = List.of(report("a", "Reuters", null), report("b", "Yahoo News", null),
                wireCopy("c", "Associated Press"));
        SourceNames names = SourceNames.of(reports, List.of(List.of("a", "b"), List.of("c")));
        assertNull(names.get(0).relayOf());
        assertEquals(new SourceName("Yahoo News", true, "Reuters"), names.get(1));
        assertEquals(new SourceName("Unnamed source 1", false, "Associated Press"), names.get(2));
    }
}
