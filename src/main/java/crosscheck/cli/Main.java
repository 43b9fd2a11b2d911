package crosscheck.cli;

import crosscheck.core.BuildException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code crosscheck} command line. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a conflict-news digest site from raw news reports.",
        subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, ExtractCommand.class,
                TemplatesCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code for problems in the content or templates that the user must fix. */
    static final int CONTENT_ERROR = 1;

    public static void main(String[] args) {
        // a thread of serve or of a pool that dies says why on one line, never with a stack trace
        Thread.setDefaultUncaughtExceptionHandler((thread, thrown) -> System.err.println("error: "
                + (thrown instanceof OutOfMemoryError ? outOfMemory() : unexpected(thrown))));
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; for tests and the main method. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return execute(args, out, err);
        } catch (OutOfMemoryError e) { // the build's data is unreachable now that the stack has unwound
            err.println("error: " + outOfMemory());
            return CONTENT_ERROR;
        } catch (StackOverflowError e) {
            err.println("error: " + stackOverflow(args.length > 0 ? args[0] : "build"));
            return CommandLine.ExitCode.SOFTWARE;
        } catch (Error e) { // never a stack trace, whatever went wrong
            err.println("error: " + bug(e));
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    /**
     * What to say when a file that was there when the build listed its folder was gone when it was read (renamed,
     * moved or deleted meanwhile), wherever that was found out; empty for any other problem.
     */
    static Optional<String> movedDuringTheBuild(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoSuchFileException gone) {
                String file = gone.getFile() != null ? gone.getFile() : String.valueOf(gone.getMessage());
                return Optional.of(file + ": the file was moved or deleted during the build: build again");
            }
            if (cause.getCause() == cause) break;
        }
        return Optional.empty();
    }

    /** What to say for a problem that is not the input's: a file moved meanwhile, or else a bug. */
    static String unexpected(Throwable thrown) {
        return movedDuringTheBuild(thrown).orElseGet(() -> bug(thrown));
    }

    /** What to say for a problem that is Crosscheck's, not the input's: what was thrown, and to report it. */
    static String bug(Throwable thrown) {
        return thrown + " (this is a bug in Crosscheck; please report it with the input that caused it)";
    }

    /** What to say when a stack overflowed where no file could be named. */
    static String stackOverflow(String command) {
        return "the build ran out of stack (StackOverflowError): something in the content or templates is nested "
                + "or recursive too deeply, and Crosscheck could not tell which file (this is a bug in Crosscheck; "
                + "please report it with the input that caused it). Giving it more stack may get past it, e.g. "
                + "JAVA_OPTS=-Xss16m ./crosscheck " + command;
    }

    /** What to say when the Java heap is full, naming its size and how to give it more. */
    static String outOfMemory() {
        long megabytes = Runtime.getRuntime().maxMemory() >> 20;
        return "not enough memory: the build filled the Java heap (at most " + megabytes + " MB). Give it more, "
                + "e.g. JAVA_OPTS=-Xmx4g ./crosscheck build (10,000 reports build in 1 GB); the output folder was "
                + "left as it was";
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BuildException problem) {
                err.println("error: " + problem.describe());
                return CONTENT_ERROR;
            }
            Optional<String> moved = movedDuringTheBuild(e);
            if (moved.isPresent()) {
                err.println("error: " + moved.get());
                return CONTENT_ERROR;
            }
            err.println("error: " + bug(e));
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command: init, build, serve, extract or templates");
    }
}
