package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadMemoTest extends ContentFolderTest {
    private final ReadMemo memo = new ReadMemo();

    private List<RawReport> read() {
        return ContentReader.read(dir, null, memo).reports();
    }

    @Test
    void anUnchangedFileIsNotReadAgainAndAChangedOneIs() throws IOException {
        write("site.yml", "title: Digest\n");
        write("articles/a.txt", "Troops crossed the river on Monday.\n");
        Path b = write("articles/b.txt", "Talks resumed in Cairo.\n");
        List<RawReport> first = read();
        // the same size, written a second later: only the modification time tells
        Files.writeString(b, "Talks stalled in Cairo.\n");
        Files.setLastModifiedTime(b, FileTime.from(Instant.now().plusSeconds(1)));
        List<RawReport> second = read();
        assertSame(first.get(0), second.get(0));
        assertNotSame(first.get(1), second.get(1));
        assertEquals("Talks stalled in Cairo.\n", second.get(1).body());
    }

    @Test
    void aFileAddedOrRemovedIsSeen() throws IOException {
        write("site.yml", "title: Digest\n");
        write("articles/a.txt", "Troops crossed the river on Monday.\n");
        assertEquals(List.of("a"), read().stream().map(RawReport::id).toList());
        write("articles/b.txt", "Talks resumed in Cairo.\n");
        assertEquals(List.of("a", "b"), read().stream().map(RawReport::id).toList());
        Files.delete(dir.resolve("articles/a.txt"));
        assertEquals(List.of("b"), read().stream().map(RawReport::id).toList());
    }

    @Test
    void aFileWhoseWarningsWereRememberedWarnsAgain() throws IOException {
        write("site.yml", "title: Digest\n");
        write("articles/empty.txt", "   \n");
        ContentReader.read(dir, null, memo);
        assertEquals(List.of("articles/empty.txt: the file is empty: skipped"),
                ContentReader.read(dir, null, memo).warnings().stream().map(Object::toString).toList());
    }

    @Test
    void withoutAMemoEveryReadIsNew() throws IOException {
        write("site.yml", "title: Digest\n");
        write("articles/a.txt", "Troops crossed the river on Monday.\n");
        assertNotSame(ContentReader.read(dir, null, ReadMemo.none()).reports().get(0),
                ContentReader.read(dir, null, ReadMemo.none()).reports().get(0));
    }
}
