package crosscheck.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of the code that cleans and analyses reports, for cache keys: a digest of every class and
 * resource the build runs, so that any change to the code or its libraries makes earlier cache entries unusable,
 * and of the shape of what the cache stores (the records' components, by name and type), so that a change of
 * shape does so even where the code cannot be read. From a jar, the entries' names, sizes and CRCs (read from the
 * jar's directory, nothing decompressed); from a classes folder, every file's path and bytes.
 */
final class CodeVersion {
    private CodeVersion() {
    }

    /** A hex digest of {@code shape} and of the code that {@code anchor} was loaded from. */
    static String of(Class<?> anchor, String shape) {
        MessageDigest digest = Keys.sha256();
        digest.update(shape.getBytes(StandardCharsets.UTF_8));
        try {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isDirectory(location)) {
                    digestFolder(location, digest);
                } else {
                    digestJar(location, digest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the program's own code to version the cache", e);
        } catch (URISyntaxException | IllegalArgumentException e) {
            // the code cannot be read: the shape alone
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static void digestJar(Path jar, MessageDigest digest) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            List<JarEntry> entries = Collections.list(file.entries());
            for (JarEntry entry : entries) {
                digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                digest.update(bytes(entry.getSize()));
                digest.update(bytes(entry.getCrc()));
            }
        }
    }

    /** The eight bytes of a number, lowest first. */
    private static byte[] bytes(long value) {
        byte[] bytes = new byte[Long.BYTES];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (value >>> (8 * i));
        return bytes;
    }

    private static void digestFolder(Path folder, MessageDigest digest) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
    }
}
