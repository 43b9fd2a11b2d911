package crosscheck.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import crosscheck.core.BuildException;
import crosscheck.render.SiteFile;
import crosscheck.render.SitePlan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the files of the current site from memory, as GitHub Pages serves a site folder: a folder gives its
 * {@code index.html} (and a folder asked for without its final slash is redirected to it), a missing file the
 * site's {@code 404.html}. Each file is made when it is first asked for (see {@link SiteFile}). HTML pages get the
 * live-reload script; the site's files never do. Only GET and HEAD; only paths that name a file of the site
 * exactly once decoded (see {@link SitePath}).
 */
final class SiteFiles implements HttpHandler {
    private static final String INDEX = "index.html";
    private static final String NOT_FOUND = "404.html";

    private final AtomicReference<SitePlan> current = new AtomicReference<>();

    /** Serves {@code site} from the next request on. */
    void show(SitePlan site) {
        current.set(site);
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
            Optional<String> path = SitePath.resolve(rawPath);
            if (path.isEmpty()) {
                sendText(exchange, 400, "bad path");
                return;
            }
            SitePlan site = current.get(); // one site for the whole request, whatever rebuilds meanwhile
            if (site == null) {
                sendText(exchange, 503, "no site yet: the build failed; fix the problem and save to rebuild");
                return;
            }
            String name = path.get();
            Optional<SiteFile> file;
            if (name.isEmpty() || rawPath.endsWith("/")) {
                file = site.file(inFolder(name, INDEX));
            } else {
                file = site.file(name);
                if (file.isEmpty() && site.file(inFolder(name, INDEX)).isPresent()) {
                    String folder = "/" + rawPath.replaceFirst("^/+", "") + "/"; // never "//host/"
                    exchange.getResponseHeaders().set("Location", folder);
                    sendText(exchange, 301, "moved to " + folder);
                    return;
                }
            }
            if (file.isPresent()) {
                sendFile(exchange, 200, file.get());
            } else if (site.file(NOT_FOUND).isPresent()) {
                sendFile(exchange, 404, site.file(NOT_FOUND).get());
            } else {
                sendText(exchange, 404, "not found");
            }
        }
    }

    private static String inFolder(String folder, String file) {
        return folder.isEmpty() ? file : folder + "/" + file;
    }

    private static void sendFile(HttpExchange exchange, int status, SiteFile file) throws IOException {
        String type = ContentTypes.of(file.path().substring(file.path().lastIndexOf('/') + 1));
        ByteBuffer body;
        try {
            body = file.bytes();
        } catch (BuildException problem) {
            sendText(exchange, 500, "error: " + problem.describe());
            return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError bug) {
            sendText(exchange, 500, "error: " + (movedMeanwhile(bug) ? bug.getMessage()
                    + " (a file was moved or deleted since the build: save a file to rebuild)"
                    : bug + " (this is a bug in Crosscheck; please report it)"));
            return;
        }
        if (ContentTypes.isHtml(type)) {
            String html = StandardCharsets.UTF_8.decode(body).toString();
            body = ByteBuffer.wrap(LiveReload.inject(html).getBytes(StandardCharsets.UTF_8));
        }
        send(exchange, status, type, body);
    }

    private static boolean movedMeanwhile(Throwable thrown) {
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.nio.file.NoSuchFileException) return true;
        }
        return false;
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8",
                ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private static void send(HttpExchange exchange, int status, String type, ByteBuffer body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || !body.hasRemaining() ? -1 : body.remaining());
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                Channels.newChannel(out).write(body);
            }
        }
    }
}
