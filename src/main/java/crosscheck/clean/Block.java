package crosscheck.clean;

import java.util.Objects;

/**
 * One block of a cleaned report: a paragraph, a heading, a quotation or a list item.
 *
 * @param kind   what the block is
 * @param text   its plain text; what every later stage and {@code digest.json} use
 * @param markup the same text with its text-level markup (links, emphasis, code, ...), already re-serialised
 *               through {@link SafeMarkup}'s safelist; null when the source has no markup (text scrapes)
 */
public record Block(Kind kind, String text, String markup) {
    public enum Kind { PARAGRAPH, HEADING, QUOTE, ITEM }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** A block of plain text, without markup. */
    public Block(Kind kind, String text) {
        this(kind, text, null);
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }

    public static Block heading(String text) {
        return new Block(Kind.HEADING, text);
    }
}
