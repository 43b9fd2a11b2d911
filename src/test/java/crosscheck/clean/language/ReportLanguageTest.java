package crosscheck.clean.language;

import static crosscheck.clean.language.LanguageGuesserTest.ENGLISH;
import static crosscheck.clean.language.LanguageGuesserTest.ENGLISH_2;
import static crosscheck.clean.language.LanguageGuesserTest.PORTUGUESE;
import static crosscheck.clean.language.LanguageGuesserTest.PORTUGUESE_2;
import static crosscheck.clean.language.LanguageGuesserTest.RUSSIAN;
import static crosscheck.clean.language.LanguageGuesserTest.RUSSIAN_2;
import static crosscheck.clean.language.LanguageGuesserTest.SPANISH;
import static crosscheck.clean.language.LanguageGuesserTest.SPANISH_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crosscheck.clean.Report;
import crosscheck.clean.Reports;
import crosscheck.ingest.Format;
import crosscheck.ingest.FrontMatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which language cleaning gives a report: the front matter's, else the page's unless its text says otherwise. */
class ReportLanguageTest {
    @Test
    void aReportThatDeclaresNoneGetsTheLanguageOfItsText() {
        Report page = Reports.html(page(null, PORTUGUESE, PORTUGUESE_2));
        assertEquals("pt", page.language());
        assertEquals(LanguageSource.TEXT, page.languageSource());
        Report scrape = Reports.text(SPANISH + "\n\n" + SPANISH_2);
        assertEquals("es", scrape.language(), "a text scrape declares nothing: its language is guessed");
        assertEquals(LanguageSource.TEXT, scrape.languageSource());
    }

    @Test
    void tooLittleTextLeavesTheLanguageUnknown() {
        Report report = Reports.text("Министр обороны прибыл в Вашингтон.");
        assertNull(report.language());
        assertNull(report.primaryLanguage());
        assertEquals(LanguageSource.NONE, report.languageSource());
    }

    @Test
    void thePageDeclarationStandsWhenTheTextAgreesOrCannotTell() {
        Report agrees = Reports.html(page("en-GB", ENGLISH, ENGLISH_2));
        assertEquals("en-GB", agrees.language(), "the declared tag is kept whole");
        assertEquals("en", agrees.primaryLanguage());
        assertEquals(LanguageSource.PAGE, agrees.languageSource());
        Report shortRussian = Reports.html(page("en", RUSSIAN));
        assertEquals("en", shortRussian.language(), "fewer than 50 words never overrule the page");
        assertEquals(LanguageSource.PAGE, shortRussian.languageSource());
    }

    @Test
    void overwhelmingTextOverrulesTheDeclaration() {
        Report russian = Reports.html(page("en", RUSSIAN, RUSSIAN_2));
        assertEquals("ru", russian.language(), "Cyrillic text in a template that says lang=\"en\"");
        assertEquals(LanguageSource.TEXT_OVER_PAGE, russian.languageSource());
        Report portuguese = Reports.html(page("en", PORTUGUESE, PORTUGUESE_2));
        assertEquals("pt", portuguese.language(), "same script, but hardly an English stop word");
        assertEquals(LanguageSource.TEXT_OVER_PAGE, portuguese.languageSource());
    }

    @Test
    void closeOrUnlistedLanguagesAreNotOverruled() {
        assertEquals("gl", Reports.html(page("gl", PORTUGUESE, PORTUGUESE_2)).language(),
                "Galician shares too many stop words with Portuguese to be overruled by them");
        assertEquals("es", Reports.html(page("es", SPANISH, SPANISH_2)).language());
        assertEquals("hr", Reports.html(page("hr", ENGLISH, ENGLISH_2)).language(),
                "no Croatian list: the page cannot be shown wrong in its own script");
        Report bokmal = Reports.html(page("nb", ENGLISH, ENGLISH_2));
        assertEquals("en", bokmal.language(), "Bokmål is measured on Lucene's Norwegian list, and English text is not");
        assertEquals(LanguageSource.TEXT_OVER_PAGE, bokmal.languageSource());
    }

    @Test
    void aTagThatSaysNoLanguageIsNoDeclaration() {
        Report report = Reports.html(page("und", PORTUGUESE, PORTUGUESE_2));
        assertEquals("pt", report.language());
        assertEquals(LanguageSource.TEXT, report.languageSource());
    }

    @Test
    void theFrontMatterAlwaysWins() {
        FrontMatter stated = new FrontMatter(null, null, null, null, null, "en", null);
        Report overPage = Reports.clean(Format.HTML, stated, page("ru", RUSSIAN, RUSSIAN_2));
        assertEquals("en", overPage.language(), "the curator's word, even against the page and the text");
        assertEquals(LanguageSource.FRONT_MATTER, overPage.languageSource());
        FrontMatter portuguese = new FrontMatter(null, null, null, null, null, "pt-BR", null);
        Report markdown = Reports.clean(Format.MARKDOWN, portuguese, "Curto.");
        assertEquals("pt-BR", markdown.language(), "even with too little text to tell");
        assertEquals("pt", markdown.primaryLanguage());
        assertEquals(LanguageSource.FRONT_MATTER, markdown.languageSource());
    }

    @Test
    void aMixedPageIsInTheLanguageOfMostOfItsText() {
        Report report = Reports.html(page(null, ENGLISH, "«Мы будем продолжать», сказал он.", ENGLISH_2));
        assertEquals("en", report.language());
        Report russian = Reports.html(page(null, RUSSIAN, "\"We will go on,\" he said.", RUSSIAN_2));
        assertEquals("ru", russian.language());
    }

    @Test
    void aReportsLanguageAndItsSourceGoTogether() {
        assertThrows(IllegalArgumentException.class, () -> report(null, LanguageSource.PAGE));
        assertThrows(IllegalArgumentException.class, () -> report("en", LanguageSource.NONE));
        assertThrows(NullPointerException.class, () -> report("en", null));
        assertEquals(LanguageSource.NONE, new Report("r", "r.txt", null, null, null, null, null, null, null, List.of(),
                List.of()).languageSource(), "the constructor without a source: none without a language");
        assertEquals(LanguageSource.PAGE, new Report("r", "r.txt", null, null, null, null, null, "en", null, List.of(),
                List.of()).languageSource(), "the constructor without a source: a language counts as the page's");
        assertEquals("no", report("nn-NO", LanguageSource.PAGE).primaryLanguage());
        assertNull(report("Portuguese", LanguageSource.FRONT_MATTER).primaryLanguage(), "not a language tag");
    }

    private static Report report(String language, LanguageSource source) {
        return new Report("r", "articles/r.txt", null, null, null, null, null, language, source, null, List.of(),
                List.of(), List.of(), false);
    }

    /** A web page of paragraphs, with {@code <html lang>} when {@code lang} is not null. */
    private static String page(String lang, String... paragraphs) {
        StringBuilder html = new StringBuilder(lang == null ? "<html>" : "<html lang=\"" + lang + "\">");
        html.append("<head><title>Report</title></head><body><article>");
        for (String paragraph : paragraphs) html.append("<p>").append(paragraph).append("</p>\n");
        return html.append("</article></body></html>").toString();
    }
}
