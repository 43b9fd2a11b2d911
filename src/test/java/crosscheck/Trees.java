package crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a folder tree for tests that compare sites: every file's bytes by its "/"-separated relative path. */
final class Trees {
    private Trees() {
    }

    static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(root)) return out;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The relative paths of the files whose bytes differ, or that only one tree has. */
    static java.util.List<String> differences(Path a, Path b) {
        Map<String, byte[]> left = files(a);
        Map<String, byte[]> right = files(b);
        java.util.TreeSet<String> names = new java.util.TreeSet<>(left.keySet());
        names.addAll(right.keySet());
        return names.stream().filter(n -> !left.containsKey(n) || !right.containsKey(n)
                || !java.util.Arrays.equals(left.get(n), right.get(n))).toList();
    }
}
