package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form a strict order, bottom to top: no package uses one that comes after it. The order is the
 * pipeline's: the shared small types, the stages in the order they run, the cache of their results, the build that
 * runs them, then what drives a build (the preview server, a new site, the command line) and the evaluations.
 */
class PackageOrderTest {
    static final List<String> ORDER = List.of("crosscheck.core", "crosscheck.ingest", "crosscheck.clean",
            "crosscheck.text", "crosscheck.group", "crosscheck.digest", "crosscheck.render", "crosscheck.cache",
            "crosscheck", "crosscheck.preview", "crosscheck.init", "crosscheck.cli", "crosscheck.eval");
    private static final Path SOURCES = Path.of("src/main/java");
    /** An import, or a name written out in code: the package is what comes before the first capitalised part. */
    private static final Pattern USE = Pattern.compile("\\b(crosscheck(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    @Test
    void noPackageUsesOneThatComesAfterIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = withoutComments(Files.readString(file));
                Matcher declared = PACKAGE.matcher(source);
                assertTrue(declared.find(), file + " declares its package");
                String from = declared.group(1);
                int rank = ORDER.indexOf(from);
                assertTrue(rank >= 0, file + ": package " + from + " has no place in PackageOrderTest.ORDER");
                Matcher use = USE.matcher(source);
                while (use.find()) {
                    int used = ORDER.indexOf(use.group(1));
                    if (used > rank) wrong.add(file + " (" + from + ") uses " + use.group(1));
                }
            }
        }
        assertEquals(List.of(), wrong, "packages may only use the ones before them: " + ORDER);
    }

    @Test
    void theCheckSeesAUseOfALaterPackage() {
        Matcher use = USE.matcher(withoutComments("import crosscheck.render.SitePlan; // crosscheck.cli.Main\n"
                + "/* crosscheck.eval.X */ var x = crosscheck.Build.class;"));
        List<String> seen = new ArrayList<>();
        while (use.find()) seen.add(use.group(1));
        assertEquals(List.of("crosscheck.render", "crosscheck"), seen);
    }

    /** The source without its comments, where names of later packages may be mentioned freely. */
    static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }
}
