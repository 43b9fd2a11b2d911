package crosscheck.clean;

import static crosscheck.clean.Reports.reasonFor;
import static crosscheck.clean.Reports.text;
import static crosscheck.clean.Reports.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import crosscheck.ingest.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextScrapeTest {

    @Test
    void blankLinesSeparateParagraphsAndTheFirstHeadingIsTheTitle() {
        Report article = text("""
                Gallant heads to US amid tensions over Rafah op

                Israeli Defense Minister Yoav Gallant departed for Washington on Sunday.

                Gallant is scheduled to meet with Austin and additional senior officials.
                """);
        assertEquals("Gallant heads to US amid tensions over Rafah op", article.title());
        assertEquals(List.of("Israeli Defense Minister Yoav Gallant departed for Washington on Sunday.",
                "Gallant is scheduled to meet with Austin and additional senior officials."), texts(article));
        assertEquals(BoilerplateClassifier.HEADLINE,
                reasonFor(article, "Gallant heads to US amid tensions over Rafah op"));
    }

    @Test
    void subheadingsStayAsHeadings() {
        Report article = text("""
                The meeting, occurring after nearly six months of close cooperation, reaffirmed support.
                Relations between U.S., Israel at all-time low
                Meanwhile, tensions between the United States and Israel reached a new height.
                """);
        assertNull(article.title(), "a report that starts with its text has no headline");
        assertEquals(Block.heading("Relations between U.S., Israel at all-time low"), article.blocks().get(1));
        assertEquals(Block.Kind.PARAGRAPH, article.blocks().get(2).kind());
    }

    @Test
    void frontMatterTitleRemovesTheRepeatedHeadline() {
        Report article = Reports.clean(Format.TEXT, Reports.titled("US and Israeli Defense Chiefs Confer"), """
                US and Israeli Defense Chiefs Confer

                US Defense Secretary Lloyd Austin met with his Israeli counterpart on Tuesday.
                """);
        assertEquals("US and Israeli Defense Chiefs Confer", article.title());
        assertEquals(List.of("US Defense Secretary Lloyd Austin met with his Israeli counterpart on Tuesday."),
                texts(article));
    }

    @Test
    void listMarkersMakeItemsAndQuoteMarkersQuotes() {
        Report article = text("""
                Officials listed three demands during the talks on Tuesday afternoon.

                - a ceasefire of six weeks
                - the release of hostages

                > We will not rest until they are home, the minister said in a statement.
                """);
        assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.ITEM, Block.Kind.ITEM, Block.Kind.QUOTE),
                article.blocks().stream().map(Block::kind).toList());
        assertEquals("a ceasefire of six weeks", article.blocks().get(1).text());
    }

    @Test
    void oddSpacesAndInvisibleCharactersAreNormalised() {
        Report article = text("\u00A0A new project was started\u200B in reaction to the attack.\u00A0\n");
        assertEquals(List.of("A new project was started in reaction to the attack."), texts(article));
    }
}
