package crosscheck.clean;

import static crosscheck.clean.Reports.html;
import static crosscheck.clean.Reports.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Web pages whose article text the extractor must keep whole: parts that look like furniture but are not. */
class ArticleRecallTest {
    private static final String P1 = "Israeli Defense Minister Yoav Gallant departed for Washington on Sunday, at the "
            + "invitation of his American counterpart, Lloyd Austin, for talks on the war in Gaza.";
    private static final String P2 = "Gallant is scheduled to meet with Austin, Secretary of State Antony Blinken, "
            + "National Security Advisor Jake Sullivan and additional senior officials.";

    @Test
    void aParagraphOfProseTheArticleRepeatsStaysTwice() {
        Report article = html("""
                <html><head><title>Talks in Washington</title></head><body>
                <div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>
                <article><p>%s</p><p>%s</p><p>%s</p></article>
                </body></html>""".formatted(P1, P2, P1));
        assertEquals(List.of(P1, P2, P1), texts(article), Reports.removedSummary(article));
    }

    @Test
    void linesOfAPageWrittenWithoutSpacesAreNoSectionLabels() {
        String first = "一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣";
        String second = "廣受歡迎的美樹營地有個很大特色 就是楓紅時期楓香樹由綠轉黃、轉紅到楓紅層層 "
                + "營區內除了露營、民宿、餐飲、賞楓項目多了許多原木飾品";
        String third = "第二次造訪美樹發現到營區變了，印象中以前生冷招牌換成了原木招牌可謂匠心獨運，燻黑原木加上金黃色醒目字體，"
                + "加上了貓頭鷹原木創作也充分發揮了裝飾藝術功力。";
        Report article = html("""
                <html><head><title>新竹尖石_美樹營地賞楓</title></head><body>
                <div class="article-content"><p>%s</p><p>%s</p><p>%s</p></div>
                </body></html>""".formatted(first, second, third));
        assertEquals(List.of(first, second, third), texts(article), Reports.removedSummary(article));
    }

    @Test
    void aReadMoreBoxThatHoldsTheRestOfTheArticleIsKept() {
        String p3 = "The parties will discuss the war against Hamas, efforts to return the hostages, humanitarian aid "
                + "and the measures required to ensure regional stability.";
        String p4 = "Officials on both sides said they expected the talks to last two days, and that a joint statement "
                + "would follow once the ministers had met with the President.";
        String p5 = "Critics of the visit warned that the timing, weeks before a vote in the Knesset on the budget, "
                + "would leave the minister little room to agree to anything that the coalition had not approved.";
        Report article = html("""
                <html><head><title>Talks in Washington</title></head><body>
                <div class="story-body"><p>%s</p><p>%s</p>
                <div id="read-more"><div><a href="#">Read more</a></div>
                <div id="read-more-content"><p>%s</p><p>%s</p><p>%s</p></div></div></div>
                <div class="related-stories"><a href="/a">Markets fall as rates rise again</a>
                <a href="/b">Local team wins the cup</a></div>
                </body></html>""".formatted(P1, P2, p3, p4, p5));
        assertEquals(List.of(P1, P2, p3, p4, p5), texts(article), Reports.removedSummary(article));
    }

    @Test
    void anArticleSplitByFiguresIntoBlocksOfItsOwnIsKeptWhole() {
        String lead2 = "Gallant is scheduled to meet with Austin, Secretary of State Antony Blinken, and National "
                + "Security Advisor Jake Sullivan, and with additional senior officials, during the two-day visit.";
        String step1 = "The parties will discuss the war against Hamas, efforts to return the hostages, humanitarian "
                + "aid and the measures required to ensure regional stability, officials said on Saturday.";
        String step2 = "Officials on both sides said they expected the talks to last two days, and that a joint "
                + "statement would follow, once the ministers had met with the President, the Vice President and, "
                + "on Tuesday morning, with the leaders of both parties in Congress at the Capitol.";
        Report article = html("""
                <html><head><title>Talks in Washington</title></head><body>
                <div class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
                <h1>Talks in Washington</h1>
                <article>
                  <div class="step"><div class="step-text"><div class="text lead"><p>%s</p><p>%s</p></div>
                    <figure><img src="a.jpg"><figcaption>The minister at the airport</figcaption></figure></div></div>
                  <div class="ad-slot"></div>
                  <span><span><div class="step"><div class="step-text"><div class="text"><span><p>%s</p></span></div>
                    <figure><img src="b.jpg"><figcaption>Getty Images</figcaption></figure></div></div></span></span>
                  <span><span><div class="step"><div class="step-text"><div class="text"><span><p>%s</p></span></div>
                    </div></div></span></span>
                </article>
                <div class="footer"><p>Example News, all rights reserved, 2024.</p></div>
                </body></html>""".formatted(P1, lead2, step1, step2));
        assertEquals(List.of(P1, lead2, step1, step2), texts(article), Reports.removedSummary(article));
    }

    @Test
    void textMarkedUpLikeTheArticleAfterACommentsHeadingStaysOut() {
        String comment = "I just watched the whole press conference, and I think the minister, the generals and the "
                + "advisers are wrong about this, because the talks will change nothing on the ground, again.";
        Report article = html("""
                <html><head><title>Talks in Washington</title></head><body>
                <h1>Talks in Washington</h1>
                <div class="post"><div class="body"><p>%s</p><p>%s</p></div></div>
                <div class="after-post"><h3>Reader Comments (1)</h3>
                <div class="entry"><div class="body"><p>%s</p></div></div></div>
                </body></html>""".formatted(P1, P2, comment));
        assertEquals(List.of(P1, P2), texts(article), Reports.removedSummary(article));
    }

    @Test
    void aSubheadingThatLinksToItsSectionStays() {
        Report article = html("""
                <html><head><title>Talks in Washington</title></head><body>
                <div class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
                <article><p>%s</p><h2><a href="#pentagon">Talks at the Pentagon</a></h2><p>%s</p></article>
                </body></html>""".formatted(P1, P2));
        assertEquals(List.of(P1, "Talks at the Pentagon", P2), texts(article), Reports.removedSummary(article));
    }

    @Test
    void shortLinesOfAParagraphBrokenWithLineBreaksAreNoSectionLabels() {
        Report article = html("""
                <html><head><title>Talks in Washington</title></head><body>
                <article><div>Gallant flew<br>to Washington<br><br>at the invitation of Lloyd Austin, for talks
                on the war in Gaza<br>and on the hostages, officials said on Sunday.</div><p>%s</p></article>
                </body></html>""".formatted(P2));
        assertEquals(List.of("Gallant flew", "to Washington", "at the invitation of Lloyd Austin, for talks on the war "
                + "in Gaza", "and on the hostages, officials said on Sunday.", P2), texts(article),
                Reports.removedSummary(article));
    }

    @Test
    void theCaptionsOfAPhotoGalleryAreItsText() {
        String intro = "The photo office released its latest pictures.";
        String first = "The minister meets his American counterpart at the Pentagon, on Sunday, before the talks.";
        String second = "Officials of both delegations wait outside the hall, where the talks went on until late.";
        Report gallery = html("""
                <html><head><title>Talks in pictures</title></head><body>
                <div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>
                <div class="gallery"><p>%s</p>
                <figure><img src="a.jpg"><figcaption>%s</figcaption></figure>
                <figure><img src="b.jpg"><figcaption>%s</figcaption></figure></div>
                </body></html>""".formatted(intro, first, second));
        assertEquals(List.of(intro, first, second), texts(gallery), Reports.removedSummary(gallery));
    }

    @Test
    void theCaptionsOfAnArticleWithMoreTextThanThemStayOut() {
        String caption = "The minister meets his American counterpart at the Pentagon, on Sunday, before the talks.";
        Report article = html("""
                <html><head><title>Talks in Washington</title></head><body>
                <article><p>%s</p><figure><img src="a.jpg"><figcaption>%s</figcaption></figure><p>%s</p></article>
                </body></html>""".formatted(P1, caption, P2));
        assertEquals(List.of(P1, P2), texts(article), Reports.removedSummary(article));
    }

    @Test
    void aDatedBylineAboveTheArticleStaysAsItsHeader() {
        Report article = html("""
                <html><head><title>Talks in Washington</title></head><body>
                <article><h1>Talks in Washington</h1><div class="info">by Jane Doe on May 3, 2012</div>
                <p>%s</p><p>%s</p></article>
                </body></html>""".formatted(P1, P2));
        assertEquals(List.of("by Jane Doe on May 3, 2012", P1, P2), texts(article), Reports.removedSummary(article));
    }

    @Test
    void aCaptionSentenceLosesOnlyItsPhotoCredit() {
        Report article = html("""
                <html><head><title>Talks in Washington</title></head><body>
                <article><p>%s</p><p>The minister waits outside the Pentagon before the talks. (Jane Roe/AFP/Getty Images)</p>
                <p>%s</p></article>
                </body></html>""".formatted(P1, P2));
        assertEquals(List.of(P1, "The minister waits outside the Pentagon before the talks.", P2), texts(article),
                Reports.removedSummary(article));
    }

    @Test
    void theCaptionsOfAPhotoGalleryCountWithTheirCredits() {
        String intro = "The photo office released its latest pictures of the talks, taken on the first day in Washington.";
        String first = "The minister meets his American counterpart at the Pentagon, before the talks on the war.";
        String second = "Officials of both delegations wait outside the hall, where the talks went on until late.";
        Report gallery = html("""
                <html><head><title>Talks in pictures</title></head><body>
                <div class="post"><p>%s</p>
                <div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">%s (Jane Roe/AFP)</p></div>
                <div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">%s (Jane Roe/AFP)</p></div></div>
                </body></html>""".formatted(intro, first, second));
        assertEquals(List.of(intro, first, second), texts(gallery), Reports.removedSummary(gallery));
    }
}
