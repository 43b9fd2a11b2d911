package crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDeletionTest {
    @TempDir
    Path dir;

    @Test
    void deletesASiteOfManyPageFoldersOnSeveralThreads() throws IOException {
        Path site = dir.resolve("site");
        for (int i = 0; i < 300; i++) {
            Path page = Files.createDirectories(site.resolve("articles").resolve("a" + i));
            Files.writeString(page.resolve("index.html"), "<p>" + i);
        }
        Files.writeString(site.resolve("digest.json"), "{}");
        FolderDeletion.deleteQuietly(site);
        assertFalse(Files.exists(site));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "nothing is left beside it");
        }
    }

    @Test
    void deletesLinksButNeverWhatTheyPointTo() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "mine");
        Path site = dir.resolve("site");
        for (int i = 0; i < 100; i++) Files.createDirectories(site.resolve("events").resolve("e" + i));
        Files.createSymbolicLink(site.resolve("events").resolve("e0").resolve("link"), outside);
        Files.createSymbolicLink(site.resolve("top-link"), outside);
        FolderDeletion.deleteQuietly(site);
        assertFalse(Files.exists(site));
        assertTrue(Files.isRegularFile(outside.resolve("keep.txt")));
        assertEquals("mine", Files.readString(outside.resolve("keep.txt")));
    }

    @Test
    void aMissingFolderIsNothingToDo() {
        FolderDeletion.deleteQuietly(dir.resolve("never-made"));
        assertTrue(Files.isDirectory(dir));
    }
}
