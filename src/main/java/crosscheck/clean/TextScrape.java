package crosscheck.clean;

import crosscheck.clean.metadata.Metadata;
import crosscheck.core.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text scrape into pieces: blank lines separate paragraphs, hard-wrapped lines are joined back
 * ({@link HardWrap}), list markers make items, "&gt; " makes quotations, and a lone short line without closing
 * punctuation is a heading.
 */
final class TextScrape {
    private TextScrape() {
    }

    static Draft read(String body) {
        String[] raw = body.split("\n", -1);
        List<String> lines = new ArrayList<>(raw.length);
        for (String line : raw) lines.add(Texts.normalize(line));
        int width = HardWrap.fixedWidth(lines);
        List<Piece> pieces = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (!line.isEmpty()) {
                run.add(line);
                continue;
            }
            for (String paragraph : HardWrap.join(run, width)) {
                pieces.add(piece(paragraph, run.contains(paragraph)));
            }
            run.clear();
        }
        return new Draft(pieces, Metadata.NONE);
    }

    private static Piece piece(String text, boolean oneLine) {
        if (HardWrap.isListItem(text) && Texts.words(text) > 1) {
            return new Piece(Block.Kind.ITEM, HardWrap.stripListMarker(text), oneLine);
        }
        if (text.startsWith("> ") || text.equals(">")) {
            return new Piece(Block.Kind.QUOTE, text.replaceAll("(^|\\s)>\\s?", " ").strip(), oneLine);
        }
        return new Piece(oneLine && looksLikeHeading(text) ? Block.Kind.HEADING : Block.Kind.PARAGRAPH, text, oneLine);
    }

    /** A short line that starts with a capital and does not end or contain a sentence. */
    static boolean looksLikeHeading(String text) {
        int words = Texts.words(text);
        return words >= 1 && words <= 20 && text.length() <= 160 && Texts.startsUpper(text)
                && !Texts.endsWithPunctuation(text) && Texts.innerSentenceBreaks(text) == 0
                && !HardWrap.isBareLink(text);
    }
}
