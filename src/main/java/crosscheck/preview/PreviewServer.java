package crosscheck.preview;

import com.sun.net.httpserver.HttpServer;
import crosscheck.render.SitePlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a site from memory on the loopback address only, with live reload: {@link #show} puts a new build of the
 * site in place of the last at once, {@link #reload()} reloads every open page. Each request runs on a pool thread,
 * so open live-reload streams never hold up pages.
 */
public final class PreviewServer implements AutoCloseable {
    private final HttpServer server;
    private final SiteFiles files = new SiteFiles();
    private final LiveReload liveReload = new LiveReload();
    private final ExecutorService threads;

    private PreviewServer(HttpServer server) {
        this.server = server;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "crosscheck-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", files);
        server.createContext(LiveReload.PATH, liveReload);
        server.setExecutor(threads);
    }

    /**
     * Starts serving on 127.0.0.1, with no site until {@link #show}.
     *
     * @param port the port, or 0 for any free one (see {@link #address()})
     * @throws UncheckedIOException when the port is taken or cannot be bound
     */
    public static PreviewServer start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            PreviewServer preview = new PreviewServer(server);
            server.start();
            return preview;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    /** The address pages are served at, e.g. {@code http://127.0.0.1:8000/}. */
    public URI address() {
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/");
    }

    /** Serves {@code site} from the next request on; a request under way finishes with the site it began with. */
    public void show(SitePlan site) {
        files.show(Objects.requireNonNull(site, "site"));
    }

    /** Tells every open page to reload. */
    public void reload() {
        liveReload.reload();
    }

    /** How many open pages listen for reloads. */
    public int listeners() {
        return liveReload.listeners();
    }

    /** Ends the live-reload streams and stops serving. */
    @Override
    public void close() {
        liveReload.close();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
