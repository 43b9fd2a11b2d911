package crosscheck;

/** Something in the content that the build worked around; listed at the end of a build. */
public record Warning(String file, int line, String message) {
    public Warning {
        if (message == null || message.isBlank()) throw new IllegalArgumentException("a warning needs a message");
    }

    public Warning(String file, String message) {
        this(file, 0, message);
    }

    @Override
    public String toString() {
        String where = file == null ? "" : (line > 0 ? file + ":" + line + ": " : file + ": ");
        return where + message;
    }
}
