package crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInTemplatesTest {
    private static final Path PROJECT_TEMPLATES = Path.of("templates");

    @TempDir
    Path dir;

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(f -> BuiltInTemplates.relativeName(folder, f)).sorted()
                    .toList();
        }
    }

    @Test
    void theBuiltInTemplatesAreTheProjectTemplatesFolder() throws IOException {
        Path builtIn = BuiltInTemplates.folder();
        List<String> names = files(PROJECT_TEMPLATES);
        assertTrue(names.contains("event.ftlh") && names.contains("assets/style.css"), names.toString());
        assertEquals(names, files(builtIn));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(PROJECT_TEMPLATES.resolve(name)),
                    Files.readAllBytes(builtIn.resolve(name)), name);
        }
    }

    @Test
    void copiesThemForACuratorToChangeButNeverOverAFile() throws IOException {
        Path copy = dir.resolve("templates");
        List<String> written = BuiltInTemplates.copyTo(copy);
        assertEquals(files(PROJECT_TEMPLATES), written);
        assertEquals(written, files(copy));

        Files.writeString(copy.resolve("event.ftlh"), "changed");
        BuildException refused = assertThrows(BuildException.class, () -> BuiltInTemplates.copyTo(copy));
        assertTrue(refused.describe().contains("already exists"), refused.describe());
        assertEquals("changed", Files.readString(copy.resolve("event.ftlh")));
    }
}
