package crosscheck;

/**
 * A problem the user can fix: names the file (and line where known), says what is wrong and what to do.
 * The command line prints it without a stack trace.
 */
public final class BuildException extends RuntimeException {
    private final String file;
    private final int line;
    private final String hint;

    public BuildException(String file, int line, String message, String hint) {
        super(message);
        this.file = file;
        this.line = line;
        this.hint = hint;
    }

    public BuildException(String file, String message, String hint) {
        this(file, 0, message, hint);
    }

    public BuildException(String file, int line, String message, String hint, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.hint = hint;
    }

    /** The file at fault, or {@code null} when the problem is not in one file. */
    public String file() {
        return file;
    }

    /** The 1-based line in {@link #file()}, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** What the user can do about it, or {@code null}. */
    public String hint() {
        return hint;
    }

    /** "file:line: message" followed by the hint on its own line. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file);
            if (line > 0) out.append(':').append(line);
            out.append(": ");
        }
        out.append(getMessage());
        if (hint != null && !hint.isBlank()) out.append(System.lineSeparator()).append("  ").append(hint);
        return out.toString();
    }
}
