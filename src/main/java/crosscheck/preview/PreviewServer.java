package crosscheck.preview;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import crosscheck.render.SitePlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a site from memory on the loopback address only, with live reload: {@link #show} puts a new build of the
 * site in place of the last at once, {@link #reload()} reloads every open page. Requests run on a fixed pool of
 * {@link #THREADS} threads; open live-reload streams hold none (see {@link LiveReload}), so they never hold up
 * pages. Only requests whose Host is the address served (127.0.0.1, localhost or [::1] with its port) are
 * answered; others get 403, so that a web page whose name was made to point at 127.0.0.1 (DNS rebinding) cannot
 * read the site.
 */
public final class PreviewServer implements AutoCloseable {
    private final HttpServer server;
    private final SiteFiles files = new SiteFiles();
    private final LiveReload liveReload = new LiveReload();
    /** The threads that answer requests: enough for a browser's parallel requests, bounded whatever comes. */
    static final int THREADS = 8;

    private final ExecutorService threads;

    private PreviewServer(HttpServer server) {
        this.server = server;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "crosscheck-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Filter host = new HostCheck(server.getAddress().getPort());
        server.createContext("/", files).getFilters().add(host);
        server.createContext(LiveReload.PATH, liveReload).getFilters().add(host);
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

    /**
     * Answers only requests whose Host header names the loopback address served: 127.0.0.1, localhost or [::1],
     * with the port listened on (without one only on port 80); 403 otherwise, and for a request without Host.
     */
    static final class HostCheck extends Filter {
        private final Set<String> allowed;

        HostCheck(int port) {
            Set<String> hosts = new HashSet<>();
            for (String name : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
                hosts.add(name + ":" + port);
                if (port == 80) hosts.add(name);
            }
            this.allowed = Set.copyOf(hosts);
        }

        /** Whether a request with this Host header (null when it has none) is answered. */
        boolean allows(String host) {
            return host != null && allowed.contains(host.strip().toLowerCase(Locale.ROOT));
        }

        @Override
        public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
            List<String> hosts = exchange.getRequestHeaders().get("Host");
            if (hosts != null && hosts.size() == 1 && allows(hosts.get(0))) {
                chain.doFilter(exchange);
                return;
            }
            try (exchange) {
                byte[] body = ("forbidden: crosscheck serve answers only requests for " + String.join(", ",
                        allowed.stream().sorted().toList()) + "\n").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(403, body.length);
                exchange.getResponseBody().write(body);
            }
        }

        @Override
        public String description() {
            return "answers only requests for the loopback address served";
        }
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
