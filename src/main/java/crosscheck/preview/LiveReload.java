package crosscheck.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reloads open pages after a rebuild: each served HTML page gets a tiny script that listens to the
 * Server-Sent Events stream at {@link #PATH}; {@link #reload()} sends every listener a {@code reload} event.
 * Each listener holds one server thread until it goes away or the server closes; a comment every
 * {@link #KEEP_ALIVE_SECONDS} seconds finds listeners that went away.
 */
final class LiveReload implements HttpHandler, AutoCloseable {
    static final String PATH = "/__crosscheck/events";
    static final String SCRIPT = "<script>/* crosscheck serve: live reload */new EventSource(\"" + PATH
            + "\").addEventListener(\"reload\",function(){location.reload();});</script>";
    private static final int KEEP_ALIVE_SECONDS = 15;
    private static final String RELOAD = "event: reload\ndata: reload\n\n";
    private static final String CLOSE = "\0close";

    private final Set<BlockingQueue<String>> listeners = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** The page with the live-reload script before its last {@code </body>}, or at its end. */
    static String inject(String html) {
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return body < 0 ? html + SCRIPT : html.substring(0, body) + SCRIPT + html.substring(body);
    }

    /** Sends a {@code reload} event to every open page. */
    void reload() {
        listeners.forEach(queue -> queue.offer(RELOAD));
    }

    /** How many pages are listening; for tests. */
    int listeners() {
        return listeners.size();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (closed) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            stream(exchange.getResponseBody());
        }
    }

    private void stream(OutputStream body) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        try {
            send(body, ": connected\n\n");
            while (!closed) {
                String message = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(message)) return;
                send(body, message == null ? ": keep-alive\n\n" : message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(queue);
        }
    }

    private static void send(OutputStream body, String message) throws IOException {
        body.write(message.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }

    /** Ends every stream, so the server can stop without waiting for them. */
    @Override
    public void close() {
        closed = true;
        listeners.forEach(queue -> queue.offer(CLOSE));
    }
}
