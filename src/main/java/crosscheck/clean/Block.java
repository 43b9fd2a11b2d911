package crosscheck.clean;

import java.util.Objects;

/** One block of a cleaned report: a paragraph, a heading, a quotation or a list item, as plain text. */
public record Block(Kind kind, String text) {
    public enum Kind { PARAGRAPH, HEADING, QUOTE, ITEM }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }

    public static Block heading(String text) {
        return new Block(Kind.HEADING, text);
    }
}
