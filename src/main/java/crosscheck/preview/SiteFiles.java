package crosscheck.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves the files of the site folder as GitHub Pages does: a folder serves its {@code index.html} (and a
 * folder asked for without its final slash is redirected to it), a missing file gets the site's
 * {@code 404.html} when it has one. HTML pages get the live-reload script; the files on disk never do.
 * Only GET and HEAD; only files inside the site folder (see {@link SitePath}), symbolic links included.
 */
final class SiteFiles implements HttpHandler {
    private final Path root;

    SiteFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "method not allowed");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            Optional<Path> resolved = SitePath.resolve(root, rawPath);
            if (resolved.isEmpty()) {
                sendText(exchange, 400, "bad path");
                return;
            }
            Path file = resolved.get();
            if (Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    String folder = "/" + rawPath.replaceFirst("^/+", "") + "/"; // never "//host/"
                    exchange.getResponseHeaders().set("Location", folder);
                    sendText(exchange, 301, "moved to " + folder);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (isServable(file)) {
                sendFile(exchange, 200, file);
            } else if (isServable(root.resolve("404.html"))) {
                sendFile(exchange, 404, root.resolve("404.html"));
            } else {
                sendText(exchange, 404, "not found");
            }
        }
    }

    /** A regular file whose real location is inside the real site folder. */
    private boolean isServable(Path file) {
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) { // replaced by a rebuild between the check and the read
            sendText(exchange, 503, "the site is being rebuilt; reload the page");
            return;
        }
        if (ContentTypes.isHtml(type)) {
            body = LiveReload.inject(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, status, type, body);
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
