package crosscheck.core;

/**
 * Something in the content that the build worked around; listed at the end of a build. {@link #toString()} is how
 * it is printed: control characters of a file name (an ESC that would drive the terminal, a line break, a
 * bidirectional control that would print it backwards) are shown escaped, as {@code \u001b}.
 */
public record Warning(String file, int line, String message) {
    public Warning {
        if (message == null || message.isBlank()) throw new IllegalArgumentException("a warning needs a message");
    }

    public Warning(String file, String message) {
        this(file, 0, message);
    }

    @Override
    public String toString() {
        String where = file == null ? "" : (line > 0 ? printable(file) + ":" + line + ": " : printable(file) + ": ");
        return where + printable(message, true);
    }

    /** The text with every control character escaped (as {@code \u001b}): a file name to print. */
    public static String printable(String text) {
        return printable(text, false);
    }

    /**
     * The text with its control characters escaped: C0 and C1 controls (ESC among them), DEL, and the bidirectional
     * controls; line breaks are kept when {@code keepLines} (a message of several lines).
     */
    public static String printable(String text, boolean keepLines) {
        if (text == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = (c < 0x20 && !(keepLines && (c == '\n' || c == '\r'))) || (c >= 0x7F && c <= 0x9F)
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                    || c == '\u200F' || c == '\u061C';
            if (escape && out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
            if (escape) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
