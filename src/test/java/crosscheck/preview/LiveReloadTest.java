package crosscheck.preview;

import static crosscheck.preview.SocketReads.readUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The live-reload streams: capped, holding no thread, each told of a reload. */
class LiveReloadTest {
    private static final int BOUND_MILLIS = 60_000;

    @Test
    void streamsOverTheCapAreRefusedAndAClosedOneFreesItsPlace() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(1); // one thread: streams must not hold it
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LiveReload liveReload = new LiveReload(3);
        server.createContext(LiveReload.PATH, liveReload);
        server.setExecutor(threads);
        server.start();
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) open.add(stream(server));
            for (Socket socket : open) assertTrue(readUntil(socket, ": connected").startsWith("HTTP/1.1 200 "));
            try (Socket refused = stream(server)) {
                String response = readUntil(refused, "close some pages");
                assertTrue(response.startsWith("HTTP/1.1 503 "), response);
            }
            open.remove(0).close();
            liveReload.reload(); // finds the closed stream gone, freeing its place
            for (Socket socket : open) readUntil(socket, "event: reload");
            long deadline = System.currentTimeMillis() + BOUND_MILLIS;
            while (liveReload.listeners() > 2 && System.currentTimeMillis() < deadline) {
                liveReload.reload(); // a write to a closed socket may succeed once before one fails
                Thread.sleep(50);
            }
            assertEquals(2, liveReload.listeners());
            open.add(stream(server));
            assertTrue(readUntil(open.get(2), ": connected").startsWith("HTTP/1.1 200 "));
        } finally {
            for (Socket socket : open) socket.close();
            liveReload.close();
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private static Socket stream(HttpServer server) throws IOException {
        Socket socket = new Socket();
        socket.connect(server.getAddress(), 10_000);
        socket.setSoTimeout(BOUND_MILLIS);
        socket.getOutputStream().write(("GET " + LiveReload.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        return socket;
    }

}
