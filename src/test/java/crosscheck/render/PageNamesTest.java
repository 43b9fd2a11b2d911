package crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageNamesTest {
    @Test
    void keepsSafeNamesAndSlugsTheRest() {
        PageNames names = new PageNames();
        assertEquals("000_e4f0e796efdce198", names.claim("000_e4f0e796efdce198"));
        assertEquals("report.v2", names.claim("report.v2"));
        assertEquals("report-1-copy", names.claim("Report #1 (copy)"));
        assertEquals("untitled", names.claim(".."));
        assertEquals("cafe-s-report", names.claim("Café's report"));
    }

    @Test
    void takenNamesGetANumberIgnoringCase() {
        PageNames names = new PageNames();
        assertEquals(List.of("Gaza", "gaza-2", "GAZA-3"),
                List.of(names.claim("Gaza"), names.claim("gaza"), names.claim("GAZA")));
    }

    @Test
    void safeNamesKeepTheirNameBeforeSlugsAreMade() {
        var names = PageNames.assign(List.of("Report #1 (copy)", "report-1-copy", "A", "a"));
        assertEquals("report-1-copy", names.get("report-1-copy"));
        assertEquals("report-1-copy-2", names.get("Report #1 (copy)"));
        assertEquals("A", names.get("A"));
        assertEquals("a-2", names.get("a"));
    }

    @Test
    void linksAreRelativeToThePage() {
        PagePath event = PagePath.of("events", "cairo");
        assertEquals("../../articles/a%20b/", event.linkTo(new PagePath(List.of("articles", "a b"))));
        assertEquals("./events/cairo/", PagePath.HOME.linkTo(event));
        assertEquals("../../", event.linkTo(PagePath.HOME));
        assertEquals("../../digest.json", event.linkToFile("digest.json"));
    }

    @Test
    void onlyHttpOriginalsAreLinked() {
        assertEquals("example.com", WebAddresses.original(" https://Example.com/a?b=c ").host());
        assertEquals("www.example.com", WebAddresses.original("https://WWW.example.com/").host());
        assertEquals("my_host.example.com", WebAddresses.original("https://My_Host.example.com/a").host(),
                "an authority java.net.URI reads as no host is shown as written");
        assertEquals("https://example.com/a?b=c", WebAddresses.original(" https://Example.com/a?b=c ").href()
                .replace("Example", "example"));
        for (String bad : new String[] {null, "", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x",
                "//example.com/x", "/relative", "https://", "https://exa mple.com", "https://user:pw@example.com/",
                "ftp://example.com/file"}) {
            assertEquals(null, WebAddresses.original(bad), bad);
        }
    }
}
