package crosscheck.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reloads open pages after a rebuild: each served HTML page gets a tiny script that listens to the
 * Server-Sent Events stream at {@link #PATH}; {@link #reload()} sends every listener a {@code reload} event.
 * A listener holds no thread: its stream is left open when the request's handler returns, and one thread of
 * its own writes the events to every stream, and a comment every {@link #KEEP_ALIVE_SECONDS} seconds that finds
 * listeners that went away. At most {@link #MAX_LISTENERS} streams are open at once; more are refused (503), so
 * the server's threads always stay free for pages. Only GET (and HEAD, which opens no stream).
 */
final class LiveReload implements HttpHandler, AutoCloseable {
    static final String PATH = "/__crosscheck/events";
    static final String SCRIPT = "<script>/* crosscheck serve: live reload */new EventSource(\"" + PATH
            + "\").addEventListener(\"reload\",function(){location.reload();});</script>";
    /** The most live-reload streams open at once: thousands of open pages, far below the open-file limit. */
    static final int MAX_LISTENERS = 8192;
    private static final int KEEP_ALIVE_SECONDS = 15;
    private static final String RELOAD = "event: reload\ndata: reload\n\n";
    private static final String KEEP_ALIVE = ": keep-alive\n\n";

    private final int maxListeners;
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    /** Streams open or being opened: counts against {@link #MAX_LISTENERS}. */
    private final AtomicInteger open = new AtomicInteger();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "crosscheck-live-reload");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    LiveReload() {
        this(MAX_LISTENERS);
    }

    /** @param maxListeners the most streams open at once; for tests */
    LiveReload(int maxListeners) {
        this.maxListeners = maxListeners;
        sender.scheduleWithFixedDelay(() -> broadcast(KEEP_ALIVE), KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
                TimeUnit.SECONDS);
    }

    /** The page with the live-reload script before its last {@code </body>}, or at its end. */
    static String inject(String html) {
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return body < 0 ? html + SCRIPT : html.substring(0, body) + SCRIPT + html.substring(body);
    }

    /** Sends a {@code reload} event to every open page, from the sender's thread: never waits for a page. */
    void reload() {
        try {
            sender.execute(() -> broadcast(RELOAD));
        } catch (RejectedExecutionException closing) {
            // closed: no page to tell
        }
    }

    /** How many pages are listening; for tests. */
    int listeners() {
        return listeners.size();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            refuse(exchange, 405, "method not allowed");
            return;
        }
        if (closed) {
            refuse(exchange, 503, "stopping");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (method.equals("HEAD")) {
            try (exchange) {
                exchange.sendResponseHeaders(200, -1);
            }
            return;
        }
        if (open.incrementAndGet() > maxListeners) {
            open.decrementAndGet();
            refuse(exchange, 503, "too many live-reload streams open (" + maxListeners + "): close some pages");
            return;
        }
        Listener listener = new Listener(exchange);
        try {
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException | RuntimeException e) {
            listener.end();
            throw e;
        }
        listeners.add(listener);
        listener.send(": connected\n\n");
        if (closed) listener.end(); // closed meanwhile: close() may have missed it
        // the exchange stays open: the sender's thread writes to it until the page goes away or the server closes
    }

    private static void refuse(HttpExchange exchange, int status, String text) throws IOException {
        try (exchange) {
            byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private void broadcast(String message) {
        for (Listener listener : listeners) listener.send(message);
    }

    /** Ends every stream, so the server can stop without waiting for them. */
    @Override
    public void close() {
        closed = true;
        sender.shutdownNow();
        listeners.forEach(Listener::end);
    }

    /** One open page's stream. */
    private final class Listener {
        private final HttpExchange exchange;
        private final OutputStream body;
        private boolean ended;

        Listener(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
        }

        /** Writes {@code message}; a page that went away ends its stream. */
        synchronized void send(String message) {
            if (ended) return;
            try {
                body.write(message.getBytes(StandardCharsets.UTF_8));
                body.flush();
            } catch (IOException | RuntimeException gone) {
                end();
            }
        }

        synchronized void end() {
            if (ended) return;
            ended = true;
            listeners.remove(this);
            open.decrementAndGet();
            try {
                exchange.close();
            } catch (RuntimeException e) {
                // the connection is gone already
            }
        }
    }
}
