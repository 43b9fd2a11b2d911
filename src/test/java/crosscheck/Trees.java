package crosscheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads folder trees for tests that compare sites: every file's bytes by its "/"-separated relative path. */
public final class Trees {
    private Trees() {
    }

    /** Every file under {@code root} by relative path; a missing folder fails, so no test compares two nothings. */
    public static SortedMap<String, byte[]> snapshot(Path root) {
        SortedMap<String, byte[]> out = new TreeMap<>();
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
    public static List<String> differences(Path a, Path b) {
        Map<String, byte[]> left = snapshot(a);
        Map<String, byte[]> right = snapshot(b);
        TreeSet<String> names = new TreeSet<>(left.keySet());
        names.addAll(right.keySet());
        return names.stream().filter(n -> !left.containsKey(n) || !right.containsKey(n)
                || !Arrays.equals(left.get(n), right.get(n))).toList();
    }

    /** Asserts that two snapshots hold the same files with the same bytes, naming the first that differs. */
    public static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
