package crosscheck.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import crosscheck.FuzzTimeout;
import crosscheck.core.BuildException;
import crosscheck.core.Warning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes reading one report file (decoding and front matter): whatever the bytes, only a {@link BuildException}
 * naming the file may escape. Inputs starting with "---\n" are the common case, so half of them get one.
 */
class ContentReaderFuzzTest {
    private static final String[] NAMES = {"fuzz.md", "fuzz.txt", "fuzz.html"};
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("crosscheck-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void readingAnyReportGivesAReportOrANamedError(FuzzedDataProvider data) {
        FuzzTimeout.run(() -> check(data));
    }

    private static void check(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        boolean fence = data.consumeBoolean();
        byte[] rest = data.consumeRemainingAsBytes();
        byte[] bytes = rest;
        if (fence) {
            bytes = new byte[rest.length + 4];
            System.arraycopy("---\n".getBytes(), 0, bytes, 0, 4);
            System.arraycopy(rest, 0, bytes, 4, rest.length);
        }
        Path file = DIR.resolve(name);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String display = "articles/" + name;
        List<Warning> warnings = new ArrayList<>();
        try {
            Optional<RawReport> report = ContentReader.readReport(file, display, warnings);
            report.ifPresent(r -> {
                assertNotNull(r.body());
                assertNotNull(r.frontMatter());
                assertTrue(r.bodyLine() >= 1);
            });
        } catch (BuildException e) {
            assertEquals(display, e.file());
            assertNotNull(e.getMessage());
        }
        for (Warning warning : warnings) assertNotNull(warning.toString());
    }
}
