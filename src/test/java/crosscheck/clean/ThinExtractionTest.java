package crosscheck.clean;

import static crosscheck.clean.Reports.html;
import static crosscheck.clean.Reports.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Texts;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A web page whose cleaning keeps a fragment of its prose is read again wider, and the curator is warned. */
class ThinExtractionTest {
    private static final List<String> ARTICLE = List.of(
            "Shelling resumed overnight on the outskirts of the city, local officials said on Tuesday. "
                    + "At least four people were wounded when a residential block was hit shortly after midnight.",
            "The regional governor said that emergency crews worked until dawn to clear the rubble. "
                    + "Two of the wounded were taken to the main hospital, where doctors described them as stable.",
            "The strikes came a day after both sides had agreed to let aid convoys through the corridor. "
                    + "Neither side has commented on whether the agreement still stands after the night's attacks.",
            "Residents said the explosions began at about eleven in the evening and went on for two hours. "
                    + "Many spent the night in basements and in the underground stations of the old town.",
            "The United Nations office in the capital said it was alarmed by the reports of civilian casualties. "
                    + "It called on all parties to respect the humanitarian pause that had been agreed last week.",
            "Power was cut to several districts, and water pumping stations were running on generators. "
                    + "Engineers expected to restore most of the supply by the end of the day, the utility said.",
            "Schools in the affected districts were closed for the rest of the week as a precaution. "
                    + "Parents were told that lessons would continue online where the connection allowed it.",
            "Talks on a wider ceasefire are due to resume in Geneva at the end of the month. "
                    + "Diplomats said that the latest fighting made an agreement before winter less likely.");
    private static final String CALL_TO_ACTION = "Click to watch free on-demand training on reporting safely "
            + "from conflict zones, with our experts.";

    /** A news page: navigation, the given main part, a footer. */
    private static String page(String main) {
        return """
                <!DOCTYPE html><html lang="en"><head><title>Shelling resumes near the city</title></head>
                <body>
                <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a></nav>
                <h1>Shelling resumes near the city</h1>
                """ + main + """
                <footer><p>Copyright 2024 Example News.</p><a href="/about">About</a></footer>
                </body></html>""";
    }

    private static String paragraphs(List<String> texts) {
        return texts.stream().map(text -> "<p>" + text + "</p>").collect(Collectors.joining("\n"));
    }

    private static String callToAction() {
        return "<div class=\"article-cta\"><p>" + CALL_TO_ACTION + "</p></div>";
    }

    private static String warnings(Report report) {
        return String.join("\n", report.warnings());
    }

    @Test
    void aLongArticleMissedForACallToActionIsKeptWholeWithAWarning() {
        // the article sits in a box its page names as a subscriber wall, so the scoring passes it over
        Report report = html(page(callToAction() + "<div class=\"paywall\">" + paragraphs(ARTICLE) + "</div>"));

        assertEquals(ARTICLE, texts(report), Reports.removedSummary(report));
        assertEquals(1, report.warnings().size(), warnings(report));
        String warning = report.warnings().get(0);
        int words = ARTICLE.stream().mapToInt(Texts::words).sum();
        int kept = Texts.words(CALL_TO_ACTION);
        assertTrue(warning.startsWith("cleaning kept " + kept + " of the " + (words + kept)
                + " words of prose on the page"), warning);
        assertTrue(warning.contains("used a wider extraction (" + words + " words)"), warning);
        assertTrue(warning.contains("`crosscheck extract FILE`"), warning);
    }

    @Test
    void aNormalArticleGivesNoWarning() {
        Report report = html(page("<div class=\"article-body\">" + paragraphs(ARTICLE) + "</div>"));

        assertEquals(ARTICLE, texts(report), Reports.removedSummary(report));
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void aShortBriefOnAShortPageGivesNoWarning() {
        List<String> brief = ARTICLE.subList(0, 1);
        Report report = html(page("<article>" + paragraphs(brief) + "</article>"));

        assertEquals(brief, texts(report), Reports.removedSummary(report));
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void aShortBriefUnderALongCommentThreadGivesNoWarning() {
        // reader comments are prose the page shows, but never the article: they do not make the brief thin
        List<String> brief = ARTICLE.subList(0, 1);
        String comments = ARTICLE.subList(1, ARTICLE.size()).stream()
                .map(text -> "<div class=\"comment\"><p>" + text + "</p></div>").collect(Collectors.joining("\n"));
        Report report = html(page("<article>" + paragraphs(brief) + "</article>"
                + "<section id=\"comments\"><h3>7 comments</h3>" + comments + "</section>"));

        assertEquals(brief, texts(report), Reports.removedSummary(report));
        assertEquals(List.of(), report.warnings());
    }
}
