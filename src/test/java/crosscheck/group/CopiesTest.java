package crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Analyser;
import crosscheck.clean.Block;
import crosscheck.clean.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CopiesTest {
    private static final String WIRE = "Israeli Defense Minister Yoav Gallant met US Defense Secretary Lloyd Austin at "
            + "the Pentagon on Tuesday. The two discussed the planned operation in Rafah and the delivery of aid to "
            + "Gaza. Austin said the protection of civilians was a moral imperative and a strategic necessity. "
            + "Gallant said Israel would keep fighting until the hostages held in Gaza were freed. The meeting "
            + "lasted two hours, officials said, and the two men agreed to meet again next month.";
    private static final String OWN = "Lloyd Austin told Yoav Gallant that civilians in Gaza must be protected, in "
            + "talks at the Pentagon that touched on Rafah, aid and the hostages. Gallant, on his first visit to "
            + "Washington since the war began, also met Secretary of State Antony Blinken.";

    private static AnalysedReport report(String id, String text) {
        Report article = new Report(id, "articles/" + id + ".txt", null, null, null, null, null, null, null,
                List.of(Block.paragraph(text)), List.of());
        try (Analyser analyser = new Analyser()) {
            return analyser.analyse(article);
        }
    }

    @Test
    void aWireStoryAndItsCopiesAreOneOriginAndAParaphraseIsNot() {
        String trimmed = WIRE.substring(0, WIRE.indexOf(" The meeting lasted"));
        String retitled = "WASHINGTON (Wire) - " + WIRE;
        List<List<String>> origins = Copies.origins(List.of(report("a", WIRE), report("b", OWN),
                report("c", trimmed), report("d", retitled)));
        assertEquals(List.of(List.of("a", "c", "d"), List.of("b")), origins);
    }

    @Test
    void nearIdenticalMeansMostShinglesShared() {
        long[] wire = Copies.shingles(report("a", WIRE));
        long[] own = Copies.shingles(report("b", OWN));
        assertTrue(Copies.copies(wire, wire));
        assertFalse(Copies.copies(wire, own));
        String half = WIRE.substring(0, WIRE.length() / 2);
        assertFalse(Copies.copies(wire, Copies.shingles(report("h", half))), "a report cut in half is not a copy");
        assertFalse(Copies.copies(new long[0], new long[0]), "empty reports copy nothing");
    }

    @Test
    void shinglesSplitWordsAsTheUnicodePatternDoes() {
        String[] texts = {"ΟΔΟΣ ΣΟΦΙΑΣ κλειστή ΣΉΜΕΡΑ", "İSTANBUL'da İzmir ve Iğdır 2024 yılında",
            "naïve café — e\u0301tude", "١٢٣ troops, 𝐀𝐁 and 😀 emoji; Ⅻ th",
            "Plain ASCII: 3,000 workers walked out at 5pm.", "\uD800 lone surrogate"};
        for (String text : texts) {
            List<String> words = new ArrayList<>();
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) words.add(w);
            }
            LongList hashes = new LongList(4);
            WordHashes.add(text, hashes);
            long[] expected = words.stream().mapToLong(w -> {
                long h = 1125899906842597L;
                for (int i = 0; i < w.length(); i++) h = 31 * h + w.charAt(i);
                return h;
            }).toArray();
            assertArrayEquals(expected, hashes.toArray(), text);
        }
    }

    @Test
    void eventOriginsDefaultToOneReportEachAndMustCoverEveryReportOnce() {
        List<AnalysedReport> reports = List.of(report("a", WIRE), report("b", OWN));
        Event plain = new Event("e", "E", reports, null, null);
        assertEquals(List.of(List.of("a"), List.of("b")), plain.origins());
        assertEquals(2, plain.independentReports());
        Event copies = new Event("e", "E", reports, null, null, GroupingEvidence.NONE, List.of(List.of("a", "b")), null);
        assertEquals(1, copies.independentReports());
        assertThrows(IllegalArgumentException.class,
                () -> new Event("e", "E", reports, null, null, GroupingEvidence.NONE, List.of(List.of("a")), null));
        assertThrows(IllegalArgumentException.class,
                () -> new Event("e", "E", reports, null, null, GroupingEvidence.NONE, List.of(List.of("a", "b"), List.of("b")), null));
        assertThrows(IllegalArgumentException.class,
                () -> new Event("e", "E", reports, null, null, GroupingEvidence.NONE, List.of(List.of("a", "b", "x")), null));
    }

    @Test
    void mentionsFindDatesAndYearsButNotFigures() {
        AnalysedReport a = report("a", "The quake struck on March 4, 2024, and again on 6 March 2024. It cost "
                + "$2,013 million, the 2008 report said.");
        Mentions m = Mentions.of(a);
        assertEquals(2024, m.latestYear());
        AnalysedReport b = report("b", "Officials met on 2024-03-07 to count the damage.");
        assertEquals(1, m.closestDays(Mentions.of(b)));
        assertEquals(-1, m.closestDays(Mentions.of(report("c", "No dates here, only 14 dead."))));
        assertEquals(null, Mentions.of(report("c", "No dates here, only 14 dead.")).latestYear());
        Report dated = new Report("d", "articles/d.txt", null, null, null, LocalDate.of(2023, 1, 2), null, null, null,
                List.of(Block.paragraph("Nothing dated.")), List.of());
        try (Analyser analyser = new Analyser()) {
            assertEquals(2023, Mentions.of(analyser.analyse(dated)).latestYear(), "the publication date counts");
        }
    }
}
