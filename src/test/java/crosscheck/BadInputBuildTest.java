package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.core.Warning;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole build on a content folder full of bad files beside two good reports: every bad file gives a warning
 * naming it, nothing throws or hangs, and the good reports (and what could be read of the bad ones) are rendered.
 */
class BadInputBuildTest {
    private static final String P1 = "Dock workers in the port of Varna walked out on Friday in a strike over pay, "
            + "halting the loading of grain ships for the second time this month.";
    private static final String P2 = "The union said the strike would go on until the port authority agreed to talks, "
            + "while the authority said it had already offered a raise of eight percent.";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("content").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void badFilesGiveWarningsNamingThemAndTheRestOfTheBuildGoesOn() throws IOException {
        write("site.yml", "title: Test digest\narticles: full\n");
        write("articles/good-1.txt", "---\ntitle: Varna dock strike\n---\n" + P1 + "\n\n" + P2 + "\n");
        write("articles/good-2.html", "<html><head><title>Strike at Varna port</title></head><body><article><p>" + P1
                + "</p><p>" + P2 + "</p></article></body></html>");
        write("articles/empty.html", "");
        write("articles/blank.txt", "  \n\n ");
        write("articles/binary.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I',
                'H', 'D', 'R', 0, 0, 1, 0});
        write("articles/corrupt.html.gz", "this is not gzip".getBytes(StandardCharsets.UTF_8));
        StringBuilder huge = new StringBuilder("<html><head><title>A huge page</title></head><body><article><p>")
                .append(P1).append("</p></article>");
        while (huge.length() < 50_000_000) huge.append("<div class=\"more\"><p>Filler from the page archive.</p></div>\n");
        write("articles/huge.html", huge.append("</body></html>").toString());
        write("articles/nested.html", "<html><body>" + "<div>".repeat(100_000) + "<p>" + P2 + "</p>"
                + "</div>".repeat(100_000) + "</body></html>");
        write("articles/truncated.html", "<!DOCTYPE html><html><head><title>Cut off</title></head><body><article><p>"
                + P1 + "</p><p>" + P2.substring(0, 60) + " <a href=\"https://exam");
        byte[] invalid = ("<html><head><meta charset=\"utf-8\"><title>Bytes</title></head><body><article><p>" + P1
                + " The minister\u2019s office ").getBytes(StandardCharsets.UTF_8);
        byte[] stray = {(byte) 0x92, (byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        write("articles/invalid-utf8.html", concat(invalid, stray,
                " declined to comment.</p></article></body></html>".getBytes(StandardCharsets.UTF_8)));

        Path out = dir.resolve("site");
        Build.Result result = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> new Build(dir.resolve("content"), Path.of("templates"), out, null).run(dir.resolve("all.json"),
                        null));

        Set<String> warned = result.warnings().stream().map(Warning::file).collect(Collectors.toSet());
        for (String bad : List.of("empty.html", "blank.txt", "binary.html", "corrupt.html.gz", "huge.html",
                "nested.html", "truncated.html", "invalid-utf8.html")) {
            assertTrue(warned.contains("articles/" + bad), bad + " not named in " + result.warnings());
        }
        for (Warning warning : result.warnings()) {
            assertTrue(!warning.message().contains("Exception") || warning.message().contains("unreadable"),
                    "no stack traces or raw exceptions: " + warning);
        }
        assertTrue(result.warnings().stream().noneMatch(w -> w.file().startsWith("articles/good")),
                result.warnings().toString());
        assertEquals(6, result.reports(), "the good reports and what could be read of the others");

        JsonNode digest = new ObjectMapper().readTree(dir.resolve("all.json").toFile());
        Set<String> ids = new HashSet<>();
        digest.get("articles").forEach(a -> ids.add(a.get("id").asText()));
        assertEquals(Set.of("good-1", "good-2", "huge", "nested", "truncated", "invalid-utf8"), ids);
        for (JsonNode article : digest.get("articles")) {
            String text = article.get("text").asText();
            switch (article.get("id").asText()) {
                case "good-1", "good-2" -> assertTrue(text.contains(P1) && text.contains(P2), text);
                case "huge" -> assertTrue(text.contains(P1), text);
                case "nested" -> assertTrue(text.contains(P2), text);
                case "truncated" -> assertTrue(text.contains(P1), text);
                case "invalid-utf8" -> assertTrue(text.contains("minister\u2019s office \u2019"), text);
                default -> { }
            }
            String page = article.get("page").asText();
            assertTrue(Files.isRegularFile(out.resolve(page).resolve("index.html"))
                    || Files.isRegularFile(out.resolve(page)), page);
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) bytes.writeBytes(part);
        return bytes.toByteArray();
    }

    @SuppressWarnings("unused")
    private static void gzip(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
    }
}
