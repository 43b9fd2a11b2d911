package crosscheck.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/** Reading a raw HTTP response from a socket, as tests of {@code serve} do. */
public final class SocketReads {
    private SocketReads() {
    }

    /** What the socket gives until {@code text} has come; fails when the stream ends first. */
    public static String readUntil(Socket socket, String text) throws IOException {
        StringBuilder read = new StringBuilder();
        InputStream in = socket.getInputStream();
        while (read.indexOf(text) < 0) {
            int b = in.read();
            if (b < 0) throw new IOException("the stream ended before '" + text + "': " + read);
            read.append((char) b);
        }
        return read.toString();
    }
}
