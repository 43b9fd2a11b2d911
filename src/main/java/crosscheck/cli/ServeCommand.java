package crosscheck.cli;

import crosscheck.Build;
import crosscheck.cache.ReportCache;
import crosscheck.core.BuildException;
import crosscheck.preview.ContentWatcher;
import crosscheck.preview.PreviewServer;
import crosscheck.render.SitePlan;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on 127.0.0.1 and rebuilds it when the content or templates "
                + "change; open pages reload after each rebuild. A failed rebuild prints the error and keeps "
                + "serving the last good site. serve previews from memory, making each page when it is first "
                + "asked for, and never writes the output folder; `build` writes site/. Drafts (draft: true) are "
                + "shown, marked as drafts; reports excluded in events.yml are not. The review list of the joins the "
                + "grouping is least sure of is at /_review/, in the preview only. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {
    /** How long changes must pause before a rebuild. */
    static final Duration SETTLE = Duration.ofMillis(200);
    /** What the summary lines call the site, which is never written anywhere. */
    private static final String IN_MEMORY = "the site in memory";

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
        site.build(null, cache).checkCacheFolder(); // a problem no rebuild can fix: stop before serving
        Optional<SitePlan> built = build("Built");
        if (built.isEmpty() && !Files.isDirectory(site.content)) return Main.CONTENT_ERROR; // nothing to watch
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            stopping.countDown();
            await(stopped); // let the server and watcher close before the JVM halts
        }, "crosscheck-serve-stop");
        try (PreviewServer server = listen();
                ContentWatcher watcher = ContentWatcher.start(site.watched(), SETTLE,
                        () -> rebuild(server), this::failed)) {
            built.ifPresent(server::show);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("Serving " + IN_MEMORY + " at " + server.address() + " (Ctrl-C to stop)");
            stdout.println("Review list (preview only, never published): " + server.address().resolve(
                    ReviewText.PAGE.substring(1)));
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
            return PreviewServer.start(port);
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

    /**
     * Rebuilds after a change, on the watcher's thread. Whatever goes wrong, Errors included, is printed and the
     * last good site stays served: the watcher goes on, and the next change rebuilds again.
     */
    private void rebuild(PreviewServer server) {
        boolean shown = false;
        try {
            Optional<SitePlan> rebuilt = build("Rebuilt");
            if (rebuilt.isPresent()) {
                server.show(rebuilt.get());
                server.reload();
                shown = true;
            }
        } catch (Throwable unexpected) { // never let the watcher die: rebuilds would stop silently
            failed(unexpected);
        }
        if (!shown) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Still serving the last good site; fix the problem and save to rebuild.");
            err.flush();
        }
    }

    /** Prints a failure that is not the content's, without a stack trace. */
    private void failed(Throwable thrown) {
        PrintWriter err = spec.commandLine().getErr();
        if (thrown instanceof OutOfMemoryError) {
            err.println("error: " + Main.outOfMemory());
        } else if (thrown instanceof StackOverflowError) {
            err.println("error: " + Main.stackOverflow("serve"));
        } else {
            err.println("error: " + Main.unexpected(thrown));
        }
        err.flush();
    }

    /**
     * Builds the site in memory, writing nothing; on failure prints the error and gives nothing, so the last good
     * site stays served.
     */
    private Optional<SitePlan> build(String verb) {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try {
            Build.Preview preview;
            try {
                preview = site.build(null, cache).withDrafts(true).withProgress(output.progress()).preview();
            } finally {
                output.closeProgress();
            }
            Build.Result result = preview.result();
            output.summary(BuildCommand.summary(verb, IN_MEMORY, result, Duration.ofNanos(System.nanoTime() - start),
                    output.verbose()));
            output.warnings(result.warnings());
            return Optional.of(preview.site());
        } catch (BuildException problem) {
            err.println("error: " + problem.describe());
        } catch (RuntimeException | Error bug) {
            failed(bug);
        }
        err.flush();
        return Optional.empty();
    }
}
