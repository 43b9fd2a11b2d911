package crosscheck.render;

import static crosscheck.render.Fixtures.ABOUT;
import static crosscheck.render.Fixtures.copyTemplates;
import static crosscheck.render.Fixtures.render;
import static crosscheck.render.Fixtures.site;
import static crosscheck.Trees.snapshot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site planned in memory, as {@code serve} uses it: the same files as the site written, made when asked for. */
class SitePlanTest {
    private static final String BASE = "https://example.org/digest/";

    @TempDir
    Path tmp;

    private final Fixtures.Sample sample = new Fixtures.Sample();

    private SitePlan plan(Path templates) {
        return new SiteRenderer(templates).plan(site(BASE), sample.articles(), sample.digests(), List.of(ABOUT));
    }

    private static byte[] array(ByteBuffer bytes) {
        byte[] array = new byte[bytes.remaining()];
        bytes.get(array);
        return array;
    }

    @Test
    void holdsEveryFileOfTheWrittenSiteByteForByte() {
        SortedMap<String, byte[]> written = snapshot(render(site(BASE), sample.articles(), sample.digests(),
                List.of(ABOUT), tmp.resolve("site")));
        SitePlan plan = plan(Fixtures.TEMPLATES);

        assertEquals(written.keySet(), new TreeSet<>(plan.files().stream().map(SiteFile::path).toList()));
        written.forEach((path, bytes) -> assertArrayEquals(bytes, array(plan.file(path).orElseThrow().bytes()), path));
        assertEquals("index.html", plan.files().get(0).path(), "pages first, the home page first of all");
        assertEquals(written.keySet().stream().filter(p -> p.endsWith(".html")).count(), plan.pages());
        assertTrue(plan.file("events/cairo-talks/index.html").isPresent());
        assertTrue(plan.file("events/cairo-talks").isEmpty() && plan.file("/index.html").isEmpty(), "exact paths only");
    }

    @Test
    void pagesMadeLaterUseTheTemplatesOfTheirBuildEvenWhenTheFilesChange() throws IOException {
        Path templates = copyTemplates(tmp.resolve("templates"));
        SitePlan plan = plan(templates);
        String second = "articles/" + sample.aj.id() + "/index.html"; // not made yet: the first article was

        Files.writeString(templates.resolve("article.ftlh"), "<#if>");
        Files.writeString(templates.resolve("layout.ftlh"), "changed");

        String page = StandardCharsets.UTF_8.decode(plan.file(second).orElseThrow().bytes()).toString();
        assertTrue(page.contains("Delegations arrive for Cairo talks") && page.contains("</html>"), page);
    }

    @Test
    void aTemplateThatFailsOnRealDataFailsThePlanNotTheRequest() throws IOException {
        Path templates = copyTemplates(tmp.resolve("templates"));
        Files.writeString(templates.resolve("outlet.ftlh"), "${noSuchValue}");

        BuildException e = assertThrows(BuildException.class, () -> plan(templates));

        assertEquals(templates.resolve("outlet.ftlh").toString(), e.file());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("noSuchValue"), e.getMessage());
    }

    @Test
    void aSyntaxErrorInATemplateNoPageUsesDirectlyFailsThePlan() throws IOException {
        Path templates = copyTemplates(tmp.resolve("templates"));
        Files.writeString(templates.resolve("components.ftlh"), "\n\n<#list>");

        BuildException e = assertThrows(BuildException.class, () -> plan(templates));

        assertEquals(templates.resolve("components.ftlh").toString(), e.file());
        assertEquals(3, e.line());
    }
}
