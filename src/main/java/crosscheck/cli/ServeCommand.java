package crosscheck.cli;

import crosscheck.Build;
import crosscheck.BuildException;
import crosscheck.cache.ReportCache;
import crosscheck.preview.ContentWatcher;
import crosscheck.preview.PreviewServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on 127.0.0.1 and rebuilds it when the content or templates "
                + "change; open pages reload after each rebuild. A failed rebuild prints the error and keeps "
                + "serving the last good site. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {
    /** How long changes must pause before a rebuild. */
    static final Duration SETTLE = Duration.ofMillis(200);

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Mixin
    SiteOptions site;

    @Mixin
    OutputOptions output;

    /** Kept for the whole session, so that each rebuild redoes only the reports that changed. */
    private ReportCache cache;

    @Override
    public Integer call() throws InterruptedException {
        output.check();
        cache = site.reportCache();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535");
        }
        if (!build("Built") && !Files.isDirectory(site.content)) return Main.CONTENT_ERROR; // nothing to watch
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            stopping.countDown();
            await(stopped); // let the server and watcher close before the JVM halts
        }, "crosscheck-serve-stop");
        try (PreviewServer server = listen();
                ContentWatcher watcher = ContentWatcher.start(List.of(site.content, site.templates), SETTLE,
                        () -> rebuild(server))) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("Serving " + site.out + " at " + server.address() + " (Ctrl-C to stop)");
            stdout.flush();
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            stopping.await(); // until Ctrl-C, or until this thread is interrupted (tests)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for nothing more
            }
        }
        return 0;
    }

    private PreviewServer listen() {
        try {
            return PreviewServer.start(site.out, port);
        } catch (UncheckedIOException e) {
            throw new BuildException(null, e.getMessage(), "pass --port with a free port, or --port 0 for any");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rebuild(PreviewServer server) {
        if (build("Rebuilt")) {
            server.reload();
        } else {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Still serving the last good site; fix the problem and save to rebuild.");
            err.flush();
        }
    }

    /** Builds the site; on failure prints the error and keeps the last good site. True when it built. */
    private boolean build(String verb) {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try {
            Build.Result result = site.build(null, cache).withProgress(output.progress()).run();
            output.summary(BuildCommand.summary(verb, site.out, result, Duration.ofNanos(System.nanoTime() - start)));
            output.warnings(result.warnings());
            return true;
        } catch (BuildException problem) {
            err.println("error: " + problem.describe());
        } catch (RuntimeException bug) {
            err.println("error: " + bug + " (this is a bug in Crosscheck; please report it with the input that "
                    + "caused it)");
        }
        err.flush();
        return false;
    }
}
