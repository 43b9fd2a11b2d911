package crosscheck.render;

import static crosscheck.render.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.digest.Digest;
import crosscheck.digest.names.Entity;
import crosscheck.group.Event;
import crosscheck.ingest.ArticleText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntitySentencesTest {
    private static final Entity GALLANT = new Entity("Yoav Gallant", Entity.Kind.PERSON,
            List.of("Gallant", "Yoav Gallant"), List.of("a"), 5);

    private static List<String> picked(String text, ArticleText shown) {
        try (Analyser analyser = new Analyser()) {
            Event event = new Event("e", "E", List.of(analyser.analyse(article("a", "A", "Reuters", null, null,
                    List.of(Block.paragraph(text)), List.of()))), null, null);
            Digest digest = new Digest(event, List.of(), List.of(), List.of(), List.of(GALLANT));
            return EntitySentences.of(digest, GALLANT, shown, Set.of()).stream()
                    .map(EntitySentences.Picked::text).toList();
        }
    }

    @Test
    void wholeSentencesComeBeforeGarbledOnesAndOnlyThoseThatNameTheEntity() {
        assertEquals(List.of("Yoav Gallant flew home.", "Gallant’s trip ended.",
                        "The minister Gallant chivalry He stressed the threats."),
                picked("The minister Gallant chivalry He stressed the threats. Yoav Gallant flew home. "
                        + "The Gallantry award went elsewhere. Gallant’s trip ended.", ArticleText.FULL));
        assertEquals(List.of("Yoav Gallant flew home.", "Gallant’s trip ended.", "Gallant spoke again."),
                picked("The minister Gallant chivalry He stressed the threats. Yoav Gallant flew home. "
                        + "Gallant’s trip ended. Gallant spoke again.", ArticleText.FULL), "at most three");
    }

    @Test
    void excerptsGiveOneSentenceOfAReportBeyondThePublishedOnes() {
        assertEquals(List.of("Yoav Gallant flew home."), picked("Yoav Gallant flew home. Gallant spoke.",
                ArticleText.EXCERPT));
    }

    @Test
    void withNoTextNothingUnpublishedIsShown() {
        assertEquals(List.of(), picked("Yoav Gallant flew home. Gallant spoke.", ArticleText.NONE));
    }
}
