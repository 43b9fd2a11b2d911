package crosscheck.render;

import crosscheck.clean.Block;
import crosscheck.clean.Report;
import crosscheck.core.WordCount;
import crosscheck.digest.Digest;
import crosscheck.digest.quotes.Quote;
import crosscheck.digest.summary.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a site that publishes excerpts ({@code articles: excerpt}) shows of a report: its opening, cut short, and
 * the sentences the digest quotes from it (summary wordings and quotations), which the event page publishes anyway.
 *
 * @param opening the report's first words, up to {@link #OPENING_WORDS} and never more than half its words: whole
 *                sentences where they fit, else cut at a word and marked with "…"; empty for a report without text
 * @param cited   the report's sentences the digest quotes, in the order of the report's text
 */
record ArticleExcerpt(String opening, List<String> cited) {
    /** Most words of the opening. */
    static final int OPENING_WORDS = 60;
    /** The end of a sentence: a stop, perhaps a closing quotation mark, then a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]?\\s");

    ArticleExcerpt {
        cited = List.copyOf(cited);
    }

    /** @param digest the digest of the report's event, or null for a report in no event */
    static ArticleExcerpt of(Report report, Digest digest) {
        return new ArticleExcerpt(opening(report), digest == null ? List.of() : cited(report, digest));
    }

    /**
     * The words of the first paragraphs (and block quotes) up to {@link #OPENING_WORDS} and at most half the report's
     * words, ending at a sentence's end where one falls in the last two thirds of that length.
     */
    static String opening(Report report) {
        StringBuilder text = new StringBuilder();
        int total = 0;
        int taken = 0;
        for (Block block : report.blocks()) {
            int words = WordCount.of(block.text());
            total += words;
            if (block.kind() != Block.Kind.PARAGRAPH && block.kind() != Block.Kind.QUOTE) continue;
            if (block.text().isBlank() || taken > OPENING_WORDS) continue;
            if (!text.isEmpty()) text.append(' ');
            text.append(block.text().strip());
            taken += words;
        }
        int most = Math.min(OPENING_WORDS, Math.max(1, total / 2));
        String all = text.toString();
        if (taken <= most) return all;
        String head = all.substring(0, cutAfterWords(all, most));
        int end = -1;
        Matcher m = SENTENCE_END.matcher(head + " ");
        while (m.find()) end = m.end() - 1;
        if (end > 0 && WordCount.of(head.substring(0, end)) >= most / 3) return head.substring(0, end).strip();
        return head.strip() + " …";
    }

    private static List<String> cited(Report report, Digest digest) {
        Set<String> sentences = new LinkedHashSet<>();
        for (SummarySentence sentence : digest.summary()) {
            for (SummarySentence.Wording wording : sentence.wordings()) {
                if (wording.article().equals(report.id())) sentences.add(wording.text());
            }
        }
        for (Quote quote : digest.quotes()) {
            for (Quote.Wording wording : quote.wordings()) {
                if (wording.article().equals(report.id())) sentences.add(wording.sentence());
            }
        }
        String text = report.text();
        Map<String, Integer> at = new HashMap<>();
        for (String sentence : sentences) {
            int found = text.indexOf(sentence);
            at.put(sentence, found < 0 ? Integer.MAX_VALUE : found);
        }
        List<String> out = new ArrayList<>(sentences);
        out.sort(Comparator.comparingInt(at::get));
        return out;
    }

    /** Where the text's first {@code n} words end. */
    private static int cutAfterWords(String text, int n) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (space && inWord && ++count == n) return i;
            inWord = !space;
        }
        return text.length();
    }
}
