package crosscheck.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A problem the user can fix: names the file (and line where known), says what is wrong and what to do.
 * The command line prints it without a stack trace. Several problems found in one run (e.g. three broken report
 * files) travel together as one exception made by {@link #of}: its {@link #problems()} are each one problem, and
 * {@link #describe()} lists them all.
 */
public final class BuildException extends RuntimeException {
    private final String file;
    private final int line;
    private final String hint;
    /** The problems of an exception that carries several; empty for one problem. */
    private final List<BuildException> problems;

    public BuildException(String file, int line, String message, String hint) {
        super(message);
        this.file = file;
        this.line = line;
        this.hint = hint;
        this.problems = List.of();
    }

    public BuildException(String file, String message, String hint) {
        this(file, 0, message, hint);
    }

    public BuildException(String file, int line, String message, String hint, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.hint = hint;
        this.problems = List.of();
    }

    private BuildException(List<BuildException> problems) {
        super(summary(problems) + listing(problems, false));
        String first = problems.get(0).file();
        this.file = problems.stream().allMatch(p -> Objects.equals(p.file(), first)) ? first : null;
        this.line = 0;
        this.hint = null;
        this.problems = problems;
        problems.forEach(this::addSuppressed);
    }

    /**
     * One exception for the problems found in one run, in their order: the problem itself when there is one (so
     * that one problem reads as it always has), else one that lists them all. Problems that carry several are
     * flattened.
     *
     * @throws IllegalArgumentException when there are none
     */
    public static BuildException of(List<BuildException> problems) {
        List<BuildException> flat = new ArrayList<>();
        for (BuildException problem : problems) flat.addAll(problem.problems());
        if (flat.isEmpty()) throw new IllegalArgumentException("no problems");
        return flat.size() == 1 ? flat.get(0) : new BuildException(List.copyOf(flat));
    }

    /** Each problem this exception stands for: itself, or the several it carries. */
    public List<BuildException> problems() {
        return problems.isEmpty() ? List.of(this) : problems;
    }

    /**
     * The file at fault, or {@code null} when the problem is not in one file (several problems: the file they are
     * all in, else null).
     */
    public String file() {
        return file;
    }

    /** The 1-based line in {@link #file()}, or 0 when unknown (and for several problems). */
    public int line() {
        return line;
    }

    /** What the user can do about it, or {@code null}. */
    public String hint() {
        return hint;
    }

    /**
     * "file:line: message" followed by the hint on its own line, control characters (of a file name) escaped; for several problems, "3 problems in the
     * content:" followed by each problem so described, indented.
     */
    public String describe() {
        if (!problems.isEmpty()) return summary(problems) + listing(problems, true);
        StringBuilder out = new StringBuilder(where()).append(Warning.printable(getMessage(), true));
        if (hint != null && !hint.isBlank()) {
            out.append(System.lineSeparator()).append("  ").append(Warning.printable(hint, true));
        }
        return out.toString();
    }

    private static String summary(List<BuildException> problems) {
        return problems.size() + " problems in the content:";
    }

    /** Each problem on its own line, indented, with its hint indented under it when {@code hints}. */
    private static String listing(List<BuildException> problems, boolean hints) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        for (BuildException problem : problems) {
            String text = hints ? problem.describe() : problem.where() + Warning.printable(problem.getMessage(), true);
            out.append(nl).append("  ").append(text.replace(nl, nl + "  "));
        }
        return out.toString();
    }

    /** "file:line: ", "file: " or "", the file's control characters escaped (an ESC as \u001b). */
    private String where() {
        if (file == null) return "";
        String shown = Warning.printable(file);
        return line > 0 ? shown + ":" + line + ": " : shown + ": ";
    }
}
