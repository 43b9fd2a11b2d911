package crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build's folding, on the tricky words that the search script is tested on too (src/e2e/site.test.mjs reads
 * the same file), so that what a reader types finds what the build indexed.
 */
class SearchTokensTest {
    /** The text and its terms, from search-folding.tsv. */
    record Case(String text, List<String> terms) {
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = SearchTokensTest.class.getResourceAsStream("search-folding.tsv")) {
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t", -1);
                cases.add(new Case(parts[0], Arrays.asList(parts[1].split(" "))));
            }
            return cases;
        }
    }

    @Test
    void theBuildFoldsTheTrickyWordsAsTheSearchScriptDoes() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "the file is read");
        List<String> wrong = new ArrayList<>();
        try (SearchTokens tokens = new SearchTokens()) {
            for (Case c : cases) {
                List<String> got = tokens.of(c.text());
                if (!got.equals(c.terms())) wrong.add(c.text() + " -> " + got + ", not " + c.terms());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void longTokensAreLeftOutAndNothingComesOfNoText() {
        try (SearchTokens tokens = new SearchTokens()) {
            assertEquals(List.of("short"), tokens.of("short " + "x".repeat(SearchTokens.LONGEST + 1)));
            assertEquals(List.of(), tokens.of(null));
            assertEquals(List.of(), tokens.of(" \n"));
        }
    }
}
