package crosscheck.clean;

import static crosscheck.clean.Reports.markdown;
import static crosscheck.clean.Reports.reasonFor;
import static crosscheck.clean.Reports.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {

    @Test
    void blocksComeFromTheRenderedMarkdownAsPlainText() {
        Report article = markdown("""
                # Gallant heads to US

                Israeli Defense Minister **Yoav Gallant** departed for [Washington](https://example.com) on Sunday.

                ## Talks at the Pentagon

                - a ceasefire of six weeks
                - the release of hostages

                > We will do it alone if necessary, the prime minister said.
                """);
        assertEquals("Gallant heads to US", article.title());
        assertEquals(List.of(
                new Block(Block.Kind.PARAGRAPH, "Israeli Defense Minister Yoav Gallant departed for Washington on Sunday."),
                new Block(Block.Kind.HEADING, "Talks at the Pentagon"),
                new Block(Block.Kind.ITEM, "a ceasefire of six weeks"),
                new Block(Block.Kind.ITEM, "the release of hostages"),
                new Block(Block.Kind.QUOTE, "We will do it alone if necessary, the prime minister said.")),
                article.blocks().stream().map(b -> new Block(b.kind(), b.text())).toList());
        assertEquals("Israeli Defense Minister <strong>Yoav Gallant</strong> departed for "
                + "<a href=\"https://example.com\" rel=\"nofollow noopener\">Washington</a> on Sunday.",
                article.blocks().get(0).markup(), "inline markup, through the safelist");
        assertEquals("Talks at the Pentagon", article.blocks().get(1).markup());
    }

    @Test
    void relativeLinksResolveAgainstTheStatedAddressOrGo() {
        String body = "Troops moved [north](/maps/north) and [east](javascript:alert(1)) overnight, officials said.";
        Report unplaced = markdown(body);
        assertEquals("Troops moved north and east overnight, officials said.", unplaced.blocks().get(0).markup());
        Report placed = Reports.clean(crosscheck.ingest.Format.MARKDOWN, new crosscheck.ingest.FrontMatter(
                null, null, "https://news.example.org/world/story.html", null, null, null, null), body);
        assertEquals("Troops moved <a href=\"https://news.example.org/maps/north\" rel=\"nofollow noopener\">north</a>"
                + " and east overnight, officials said.", placed.blocks().get(0).markup());
    }

    @Test
    void scrapedBoilerplateInMarkdownIsDroppedToo() {
        Report article = markdown("""
                Israeli Defense Minister Yoav Gallant departed for Washington on Sunday for talks.

                Read more: China Implements Ban On Intel And AMD Components

                Gallant is scheduled to meet with Austin and additional senior officials this week.

                Leave a Reply
                """);
        assertEquals(List.of("Israeli Defense Minister Yoav Gallant departed for Washington on Sunday for talks.",
                "Gallant is scheduled to meet with Austin and additional senior officials this week."), texts(article));
        assertEquals("read-more link", reasonFor(article, "Read more: China Implements Ban On Intel And AMD Components"));
    }

    @Test
    void theStatedTitleRemovesTheSameHeading() {
        Report article = Reports.clean(crosscheck.ingest.Format.MARKDOWN, Reports.titled("Gallant heads to US"),
                "# Gallant heads to US\n\nOfficials met on Tuesday at the Pentagon for talks.\n");
        assertEquals("Gallant heads to US", article.title());
        assertEquals(List.of("Officials met on Tuesday at the Pentagon for talks."), texts(article));
    }

    @Test
    void rawHtmlInMarkdownGivesNoScript() {
        Report article = markdown("Officials met on Tuesday at the Pentagon.<script>alert(1)</script>\n\n"
                + "<div onclick=\"x()\">They will meet again next week.</div>\n");
        assertEquals(List.of("Officials met on Tuesday at the Pentagon.", "They will meet again next week."),
                texts(article));
    }
}
