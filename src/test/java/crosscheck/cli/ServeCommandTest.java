package crosscheck.cli;

import static crosscheck.preview.SocketReads.readUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} on a free port over a temporary content folder. Waits are bounds, not timings: generous so a
 * busy two-core CI machine passes, and a healthy run ends as soon as the awaited thing happens.
 */
class ServeCommandTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String ARTICLE = "---\ntitle: Dock strike halts Varna port\n---\n"
            + "Dock workers in the port of Varna walked out on Friday in a strike over pay.\n";
    /** A file an earlier {@code build} left in the output folder; serve must leave it as it is. */
    private static final String EARLIER_BUILD = "<p>an earlier build</p>\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Thread serving;
    private URI address;

    @BeforeEach
    void serve() throws Exception {
        write("content/site.yml", "title: Test digest\n");
        write("content/articles/a.txt", ARTICLE);
        write("site/index.html", EARLIER_BUILD);
        serving = new Thread(() -> exitCode.set(Main.run(new String[] {"serve", "--port", "0",
                "--content", dir.resolve("content").toString(), "--out", dir.resolve("site").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))), "serve-under-test");
        serving.start();
        Pattern serving = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
        awaitTrue("the server starts", () -> serving.matcher(out.toString()).find() || !this.serving.isAlive());
        Matcher found = serving.matcher(out.toString());
        assertTrue(found.find(), "serve stopped: " + err);
        address = URI.create(found.group(1));
    }

    @AfterEach
    void stop() throws InterruptedException {
        serving.interrupt();
        serving.join(BOUND.toMillis());
        assertFalse(serving.isAlive(), "serve stops when interrupted");
        assertEquals(0, exitCode.get(), err.toString());
    }

    @Test
    void servesTheHomePageWithTheLiveReloadScript() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(home.body().contains("Dock strike halts Varna port"), home.body());
        int script = home.body().indexOf("/__crosscheck/events");
        assertTrue(script > 0 && home.body().contains("location.reload()"), home.body());
        assertTrue(script < home.body().toLowerCase().lastIndexOf("</body>"), "the script goes before </body>");
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));

        HttpResponse<String> style = get("/assets/style.css");
        assertTrue(style.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertFalse(style.body().contains("__crosscheck"), "only HTML gets the script");
        HttpResponse<String> digest = get("/digest.json");
        assertTrue(digest.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(digest.body().contains("\"Dock strike halts Varna port\""), digest.body());
        assertFalse(digest.body().contains("__crosscheck"), "only HTML gets the script");
    }

    @Test
    void servesTheReviewListLinkedFromEveryPageAndSaysWhere() throws Exception {
        HttpResponse<String> review = get("/_review/");
        assertEquals(200, review.statusCode());
        assertTrue(review.body().contains("<h1>Review list</h1>"), review.body());
        assertTrue(review.body().contains("noindex"), "never for search engines: " + review.body());
        assertTrue(get("/").body().contains("href=\"./_review/\""), "the preview links to it");
        assertTrue(get("/articles/a/").body().contains("href=\"../../_review/\""), "from every page");
        assertTrue(out.toString().contains("Review list (preview only, never published): " + address + "_review/"),
                out.toString());
    }

    @Test
    void servesFoldersAndMissingPagesAsGitHubPagesDoes() throws Exception {
        HttpResponse<String> folder = get("/articles/a");
        assertEquals(301, folder.statusCode());
        assertEquals("/articles/a/", folder.headers().firstValue("Location").orElse(""));
        assertTrue(get("/articles/a/").body().contains("Dock workers in the port of Varna"));
        assertEquals(get("/articles/a/").body(), get("/articles/a/index.html").body());

        HttpResponse<String> missing = get("/no/such/page.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(missing.body().contains("Page not found"), missing.body());
        assertEquals(404, get("/assets").statusCode(), "a folder without index.html is missing");

        HttpResponse<String> post = http.send(HttpRequest.newBuilder(address.resolve("/"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(address.resolve("/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
    }

    @Test
    void pathsOutsideTheSiteAreRefusedHoweverTheyAreSpelled() throws IOException {
        write("secret.txt", "TOPSECRET-42\n");
        for (String path : new String[] {"/../secret.txt", "/../../../../../../etc/passwd", "/%2e%2e/secret.txt",
                "/%2E%2E/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2fsecret.txt", "/assets/..%2F..%2Fsecret.txt",
                "/assets/../../secret.txt", "/.%2e/secret.txt", "/%2e%2e%5csecret.txt", "/..%5csecret.txt",
                "/%252e%252e/secret.txt", "/%c0%ae%c0%ae/secret.txt", "//../secret.txt"}) {
            String response = rawGet(path);
            String status = response.lines().findFirst().orElse("");
            assertTrue(status.matches("HTTP/1\\.1 40[04] .*"), path + " gives " + status);
            assertFalse(response.contains("TOPSECRET") || response.contains("root:"), path + " leaks: " + response);
        }
    }

    @Test
    void theLiveReloadStreamTakesOnlyGetAndHead() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(address.resolve("/__crosscheck/events"))
                    .timeout(BOUND).method(method, HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, response.statusCode(), method);
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""), method);
        }
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(address.resolve("/__crosscheck/events"))
                .timeout(BOUND).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode(), "HEAD answers at once, opening no stream");
    }

    @Test
    void requestsForAnotherHostAreRefusedAgainstDnsRebinding() throws IOException {
        int port = address.getPort();
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port,
                "[::1]:" + port}) {
            assertTrue(rawRequest("GET", "/", host).startsWith("HTTP/1.1 200 "), host);
        }
        for (String host : new String[] {"attacker.example:" + port, "attacker.example", "127.0.0.1",
                "localhost:" + (port + 1), "127.0.0.1:" + port + ".attacker.example", "", "127.0.0.2:" + port}) {
            String response = rawRequest("GET", "/", host);
            assertTrue(response.startsWith("HTTP/1.1 403 "), host + " gives " + response);
            assertFalse(response.contains("Dock strike"), host + " leaks the site");
            assertTrue(rawRequest("GET", "/__crosscheck/events", host).startsWith("HTTP/1.1 403 "), host);
        }
        assertTrue(rawRequest("GET", "/", null).startsWith("HTTP/1.1 403 "), "no Host at all");
    }

    @Test
    void manyOpenPagesHoldNoThreadAndAllReload() throws Exception {
        int pages = 300;
        List<Socket> streams = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < pages; i++) {
                Socket socket = new Socket();
                streams.add(socket);
                socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), 10_000);
                socket.setSoTimeout((int) BOUND.toMillis());
                socket.getOutputStream().write(("GET /__crosscheck/events HTTP/1.1\r\nHost: " + address.getAuthority()
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            for (Socket socket : streams) assertTrue(readUntil(socket, ": connected").startsWith("HTTP/1.1 200 "));
            long serving = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("crosscheck-serve-")).count();
            assertTrue(serving <= 8, serving + " request threads for " + pages + " open pages");
            assertEquals(200, get("/").statusCode(), "pages are served meanwhile");

            write("content/articles/a.txt", ARTICLE + "\nThe strike is the third at the port this year.\n");
            for (Socket socket : streams) readUntil(socket, "event: reload");
        } finally {
            for (Socket socket : streams) socket.close();
        }
    }


    /** The whole response to one request sent byte for byte; {@code host} null sends no Host header. */
    private String rawRequest(String method, String path, String host) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), 10_000);
            socket.setSoTimeout((int) BOUND.toMillis());
            OutputStream request = socket.getOutputStream();
            request.write((method + " " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            request.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aContentChangeRebuildsAndTellsOpenPagesToReload() throws Exception {
        try (Events events = new Events()) {
            write("content/articles/a.txt", ARTICLE + "\nThe strike is the third at the port this year.\n");
            events.awaitReload();
        }
        assertTrue(out.toString().contains("Rebuilt"), out.toString());
        assertTrue(get("/articles/a/").body().contains("third at the port this year"), "the rebuilt site is served");
        assertTrue(get("/data/articles/a.json").body().contains("third at the port this year"));
    }

    @Test
    void serveNeverWritesTheOutputFolder() throws Exception {
        try (Events events = new Events()) {
            write("content/articles/a.txt", ARTICLE + "\nThe strike is the third at the port this year.\n");
            events.awaitReload();
        }
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            assertEquals(List.of(dir.resolve("site/index.html")), files.filter(Files::isRegularFile).toList());
        }
        assertEquals(EARLIER_BUILD, Files.readString(dir.resolve("site/index.html")));
        assertTrue(get("/").body().contains("Dock strike halts Varna port"), "the site served is the one built");
    }

    @Test
    void aBrokenChangeKeepsTheLastGoodSiteServedAndAFixReloads() throws Exception {
        String before = get("/").body();
        try (Events events = new Events()) {
            write("content/articles/b.txt", "---\npublished: someday\n---\nText.\n");
            awaitTrue("the failed rebuild is reported", () -> err.toString().contains("articles/b.txt:2"));
            assertTrue(err.toString().contains("last good site"), err.toString());
            HttpResponse<String> home = get("/");
            assertEquals(200, home.statusCode());
            assertEquals(before, home.body(), "the last good site is still served");

            Files.delete(dir.resolve("content/articles/b.txt"));
            events.awaitReload();
        }
    }

    @Test
    void markdownNestedTooDeeplyNamesItsFileAndAFixRebuilds() throws Exception {
        String deep = ">".repeat(10_000) + " Quoted too deeply.\n";
        try (Events events = new Events()) {
            write("content/pages/deep.md", "---\ntitle: Deep\n---\n" + deep);
            awaitTrue("the page is reported", () -> (err + body("/pages/deep/"))
                    .contains("pages/deep.md: the page is nested too deeply"));
            write("content/pages/deep.md", "---\ntitle: Deep\n---\n> Quoted once.\n");
            events.awaitReload();
            assertTrue(body("/pages/deep/").contains("Quoted once."), "the fix is served");

            write("content/events.yml", "events:\n  - slug: varna-strike\n    reports: [a]\n    note: |\n      " + deep);
            awaitTrue("the note is reported", () -> (err + body("/events/varna-strike/"))
                    .contains("events.yml: the note of event 'varna-strike' is nested too deeply"));
            write("content/events.yml", "events:\n  - slug: varna-strike\n    reports: [a]\n    note: A note.\n");
            awaitTrue("the fix is served", () -> body("/events/varna-strike/").contains("A note."));
        }
        assertFalse(err.toString().contains("\tat ") || err.toString().contains("StackOverflowError"), err.toString());
    }

    /** The body at {@code path}, or "" when it cannot be had (yet). */
    private String body(String path) {
        try {
            return get(path).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Test
    void serveShowsDraftsMarkedButNeverExcludedReports() throws Exception {
        write("content/events.yml", "exclude: [c]\n");
        write("content/articles/c.txt", "---\ntitle: An excluded opinion piece\n---\nThe crimson heron argues.\n");
        write("content/articles/b.txt", "---\ntitle: Varna strike notes\ndraft: true\n---\n"
                + "A purple walrus watched the pickets from the harbour wall.\n");
        awaitTrue("the draft is served", () -> {
            try {
                return get("/articles/b/").statusCode() == 200 && out.toString().contains("left out");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        });
        String draft = get("/articles/b/").body();
        assertTrue(draft.contains("A purple walrus watched the pickets"), draft);
        assertTrue(draft.contains("class=\"draft-mark\">Draft</span>"), "marked as a draft: " + draft);
        assertTrue(get("/").body().contains("draft-mark"), "and where it is listed");
        assertEquals(404, get("/articles/c/").statusCode(), "an excluded report has no page, in serve too");
        assertFalse(get("/digest.json").body().contains("crimson heron"));
        assertTrue(out.toString().contains("2 reports (1 draft) in "), out.toString());
        assertTrue(out.toString().contains("1 excluded report left out"), out.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(address.resolve(path)).timeout(BOUND).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path byte for byte, as no HTTP client would normalise it. */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), 10_000);
            socket.setSoTimeout((int) BOUND.toMillis());
            OutputStream request = socket.getOutputStream();
            request.write(("GET " + path + " HTTP/1.1\r\nHost: " + address.getAuthority()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            request.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail(what + " within " + BOUND);
            Thread.sleep(20);
        }
    }

    /** An open page's live-reload stream: connected when constructed. */
    private final class Events implements AutoCloseable {
        private final InputStream stream;
        private final BufferedReader lines;

        Events() throws Exception {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(address.resolve("/__crosscheck/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            stream = response.body();
            lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            assertEquals(": connected", within(this::nextLine), "the server greets each listener");
        }

        void awaitReload() throws Exception {
            within(() -> {
                String line;
                while ((line = nextLine()) != null) {
                    if (line.equals("event: reload")) return line;
                }
                throw new IOException("the event stream ended without a reload");
            });
        }

        private String nextLine() throws IOException {
            return lines.readLine();
        }

        private <T> T within(IoSupplier<T> read) throws Exception {
            CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
                try {
                    return read.get();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return result.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }
}
