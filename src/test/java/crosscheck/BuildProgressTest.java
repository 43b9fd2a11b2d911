package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildProgressTest {
    @TempDir
    Path dir;

    private Build build() throws IOException {
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/site.yml"), "title: Test digest\n", StandardCharsets.UTF_8);
        for (String id : new String[] {"a", "b"}) {
            Files.writeString(dir.resolve("content/articles/" + id + ".txt"),
                    "Dock workers in the port of Varna walked out on Friday in a strike over pay.\n",
                    StandardCharsets.UTF_8);
        }
        return new Build(dir.resolve("content"), Path.of("templates"), dir.resolve("site"), null);
    }

    @Test
    void reportsEachStageInOrderWithItsCountAndTime() throws IOException {
        List<String> heard = new ArrayList<>();
        Build.Result result = build().withProgress(new Progress() {
            @Override
            public void start(String stage) {
                heard.add("start " + stage);
            }

            @Override
            public void done(String stage, int count, String items, Duration elapsed) {
                assertFalse(elapsed.isNegative(), stage);
                heard.add(stage + " " + (stage.equals("render") ? "n" : count) + " " + items);
            }
        }).run();
        assertEquals(List.of("start ingest", "ingest 2 reports", "start clean", "clean 2 reports",
                "start analyse", "analyse 2 reports", "start group", "group " + result.events() + " events",
                "start digest", "digest " + result.events() + " summaries", "start render", "render n pages"), heard);
    }

    @Test
    void theLongStagesCountTheirItemsUpToTheTotal() throws IOException {
        java.util.Map<String, java.util.Set<Integer>> counted = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Map<String, Integer> totals = new java.util.concurrent.ConcurrentHashMap<>();
        Build.Result result = build().withProgress(new Progress() {
            @Override
            public void advanced(String stage, int done, int total) {
                counted.computeIfAbsent(stage, s -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(done);
                totals.merge(stage, total, (a, b) -> a.equals(b) ? a : -1);
            }
        }).run();
        assertEquals(java.util.Set.of("clean", "analyse", "digest", "render"), counted.keySet());
        assertEquals(2, totals.get("clean"));
        assertEquals(2, totals.get("analyse"));
        assertEquals(result.events(), totals.get("digest"));
        assertTrue(totals.get("render") > 10, "every file of the site: " + totals.get("render"));
        totals.forEach((stage, total) -> assertEquals(java.util.stream.IntStream.rangeClosed(1, total).boxed()
                .collect(java.util.stream.Collectors.toSet()), counted.get(stage), stage + " counts each item once"));
    }

    @Test
    void theFourArgumentBuildReportsNothing() throws IOException {
        Build build = build();
        assertEquals(Progress.NONE, build.progress());
        assertTrue(build.run().reports() == 2);
    }
}
