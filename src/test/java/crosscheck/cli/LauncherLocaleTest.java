package crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./crosscheck script runs Java with a UTF-8 character set when the locale's is not (Java 17 ignores
 * -Dsun.jnu.encoding, so file names such as é.txt would read as ??.txt). A stand-in java prints what it was given.
 */
class LauncherLocaleTest {
    @TempDir
    Path dir;

    private String launch(Map<String, String> env) throws IOException, InterruptedException {
        Path java = dir.resolve("jdk/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\necho \"LC_ALL=${LC_ALL:-} LC_CTYPE=${LC_CTYPE:-} LANG=${LANG:-} "
                + "charmap=$(locale charmap 2>/dev/null)\"\n", StandardCharsets.UTF_8);
        assertTrue(java.toFile().setExecutable(true));
        ProcessBuilder builder = new ProcessBuilder("sh", Path.of("crosscheck").toAbsolutePath().toString(), "build")
                .redirectErrorStream(true);
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_CTYPE");
        builder.environment().remove("LANG");
        builder.environment().putAll(env);
        builder.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        builder.environment().put("CROSSCHECK_JAR", Path.of("pom.xml").toAbsolutePath().toString());
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    private static boolean hasUtf8Locale() throws IOException, InterruptedException {
        Process locales = new ProcessBuilder("sh", "-c", "locale -a | grep -qiE '^c\\.utf-?8$'").start();
        return locales.waitFor(10, TimeUnit.SECONDS) && locales.exitValue() == 0;
    }

    @Test
    void underLangCJavaRunsWithUtf8() throws Exception {
        Assumptions.assumeTrue(hasUtf8Locale(), "a system with C.UTF-8");
        String out = launch(Map.of("LANG", "C", "LC_ALL", "C"));
        assertTrue(out.endsWith("charmap=UTF-8"), out);
        assertTrue(out.startsWith("LC_ALL=C.utf"), "LC_ALL, which wins over LC_CTYPE, is replaced: " + out);
        out = launch(Map.of("LANG", "C"));
        assertTrue(out.endsWith("charmap=UTF-8"), out);
        assertTrue(out.contains("LC_ALL= LC_CTYPE=C.utf") && out.contains("LANG=C "), "only LC_CTYPE: " + out);
    }

    @Test
    void aUtf8LocaleIsLeftAsItIs() throws Exception {
        Assumptions.assumeTrue(hasUtf8Locale(), "a system with C.UTF-8");
        assertEquals("LC_ALL= LC_CTYPE= LANG=C.UTF-8 charmap=UTF-8", launch(Map.of("LANG", "C.UTF-8")));
    }
}
