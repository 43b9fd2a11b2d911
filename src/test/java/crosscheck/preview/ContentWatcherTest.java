package crosscheck.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher behind {@code serve}: nothing a rebuild throws stops it. */
class ContentWatcherTest {
    /** A bound, not a timing: a healthy run ends as soon as the call comes. */
    private static final long BOUND_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void aRebuildThatThrowsAnErrorIsReportedAndTheNextChangeRebuildsAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        BlockingQueue<String> happened = new LinkedBlockingQueue<>();
        Runnable rebuild = () -> {
            int call = calls.incrementAndGet();
            happened.add("call " + call);
            if (call == 1) throw new StackOverflowError("deep");
            if (call == 2) throw new OutOfMemoryError("full");
            if (call == 3) throw new IllegalStateException("bug");
        };
        try (ContentWatcher watcher = ContentWatcher.start(List.of(dir), Duration.ofMillis(50), rebuild,
                thrown -> happened.add("failed: " + thrown.getClass().getSimpleName()))) {
            String[][] expected = {{"call 1", "failed: StackOverflowError"}, {"call 2", "failed: OutOfMemoryError"},
                    {"call 3", "failed: IllegalStateException"}, {"call 4"}};
            for (int change = 0; change < expected.length; change++) {
                Files.writeString(dir.resolve("page-" + change + ".md"), "text " + change);
                for (String next : expected[change]) {
                    assertEquals(next, happened.poll(BOUND_SECONDS, TimeUnit.SECONDS), "after change " + change);
                }
            }
        }
        assertTrue(happened.isEmpty(), happened.toString());
    }
}
