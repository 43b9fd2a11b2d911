package crosscheck.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapTest {

    private static List<String> join(String text) {
        List<String> lines = text.lines().toList();
        return HardWrap.join(lines, HardWrap.fixedWidth(lines));
    }

    @Test
    void aLineFollowedByLowerCaseGoesOn() {
        assertEquals(List.of("Austin emphasized the interest of both Israel and the United States in safeguarding "
                        + "Palestinian civilians."),
                join("Austin emphasized the interest of both Israel and the United States\n"
                        + "in safeguarding Palestinian civilians."));
    }

    @Test
    void anOpenParenthesisGoesOn() {
        assertEquals(List.of("They discussed regional security. (Related: Defense Secretary warns Israel)"),
                join("They discussed regional security. (Related:\nDefense Secretary warns Israel)"));
    }

    @Test
    void aLineEndingOnAFunctionWordGoesOn() {
        assertEquals(List.of("This video is from the InfoWars channel on Brighteon.com."),
                join("This video is from the\nInfoWars channel on Brighteon.com."));
    }

    @Test
    void completeLinesHeadingsAndListsStaySeparate() {
        assertEquals(List.of("This move drew a sharp rebuke from Netanyahu.",
                        "Relations between U.S., Israel at all-time low",
                        "Meanwhile, tensions reached a new height."),
                join("This move drew a sharp rebuke from Netanyahu.\nRelations between U.S., Israel at all-time low\n"
                        + "Meanwhile, tensions reached a new height."));
        assertEquals(List.of("Sources include:", "TheEpochTimes.com", "independent.co.uk", "brighteon.com"),
                join("Sources include:\nTheEpochTimes.com\nindependent.co.uk\nbrighteon.com"));
        assertEquals(List.of("- first point", "- second point"), join("- first point\n- second point"));
    }

    @Test
    void fixedWidthWrappingIsJoinedEvenAtSentenceEnds() {
        String wrapped = """
                The Israeli defense minister is scheduled to meet with his American
                counterpart and the Secretary of State. He departed for Washington on
                Sunday, at the invitation of his counterpart. The parties will discuss
                developments in the war and efforts undertaken to return the hostages.
                Short line.""";
        int width = HardWrap.fixedWidth(wrapped.lines().toList());
        assertTrue(width >= 65 && width <= 75, "wrapped near column 70, found " + width);
        List<String> paragraphs = join(wrapped);
        assertEquals(1, paragraphs.size(), paragraphs::toString);
        assertEquals("The Israeli defense minister is scheduled to meet with his American counterpart and the "
                + "Secretary of State. He departed for Washington on Sunday, at the invitation of his counterpart. "
                + "The parties will discuss developments in the war and efforts undertaken to return the hostages. "
                + "Short line.", paragraphs.get(0));
    }

    @Test
    void textWithLongLinesIsNotFixedWidth() {
        assertEquals(0, HardWrap.fixedWidth(List.of("a".repeat(300), "b".repeat(250), "c", "d", "e", "f")));
    }
}
