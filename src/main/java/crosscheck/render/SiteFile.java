package crosscheck.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file of the site: its path from the site root ({@code events/<id>/index.html}, {@code assets/style.css})
 * and how to make its content. Nothing is made until asked for: {@link #bytes()} makes the content once and
 * keeps it (for serving from memory); {@link #writeTo} streams it without keeping it (for writing a whole site).
 * Safe to use from many threads.
 */
public final class SiteFile {
    /** Writes a file's content; the same bytes every time. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final String path;
    private final Content content;
    private volatile byte[] made;

    SiteFile(String path, Content content) {
        this.path = Objects.requireNonNull(path, "path");
        this.content = Objects.requireNonNull(content, "content");
    }

    /** A text file, as UTF-8. */
    static SiteFile text(String path, Supplier<String> text) {
        return new SiteFile(path, out -> {
            Writer writer = utf8(out);
            writer.write(text.get());
            writer.flush();
        });
    }

    /**
     * Writes strict UTF-8 to {@code out}: text that is not valid Unicode (a lone surrogate) fails, as it does with
     * {@link java.nio.file.Files#writeString}, rather than turning into "?".
     */
    static Writer utf8(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
    }

    /** The path from the site root, folders separated by "/", e.g. {@code articles/a/index.html}. */
    public String path() {
        return path;
    }

    /**
     * The file's content, read-only; made on the first call and kept. A failure to make it (a template error) is
     * thrown to the caller and the next call tries again.
     */
    public ByteBuffer bytes() {
        byte[] bytes = made;
        if (bytes == null) {
            synchronized (this) {
                bytes = made;
                if (bytes == null) made = bytes = make();
            }
        }
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    /** Writes the content into {@code out}: the kept bytes when it was made already, else made as it goes. */
    public void writeTo(OutputStream out) throws IOException {
        byte[] bytes = made;
        if (bytes != null) {
            out.write(bytes);
        } else {
            content.writeTo(out);
        }
    }

    private byte[] make() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.writeTo(out);
        } catch (IOException e) { // only text that is not valid Unicode: memory itself does not fail
            throw new UncheckedIOException("cannot make " + path + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return path;
    }
}
