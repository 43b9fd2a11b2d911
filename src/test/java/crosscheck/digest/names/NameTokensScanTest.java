package crosscheck.digest.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.digest.wording.ScanTexts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link NameTokens}, a hand-written tokenizer, ends each token where its regular expression ends it ({@link ScanTexts}). */
class NameTokensScanTest {
    private static final Pattern NAME_TOKEN = Pattern.compile("\\((?:res|ret)\\.?\\)|(?:\\p{Lu}\\.){2,}(?:['’]s)?"
            + "|\\p{Nd}[\\p{L}\\p{Nd},.:]*|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}'’-]*|\\S");

    @Test
    void tokensAreWhatFindFinds() {
        for (String text : ScanTexts.all()) assertNameTokensAsFound(text);
    }

    /** {@link NameTokens} skips only white space and ends each token where {@code find()} ends it. */
    private static void assertNameTokensAsFound(String text) {
        Matcher m = NAME_TOKEN.matcher(text);
        int end = 0;
        while (m.find()) {
            assertTrue(text.substring(end, m.start()).chars().allMatch(c -> " \t\n\u000B\f\r".indexOf(c) >= 0), text);
            assertEquals(m.end(), NameTokens.tokenEnd(text, m.start()), text);
            end = m.end();
        }
        assertTrue(text.substring(end).isBlank(), text);
    }
}
