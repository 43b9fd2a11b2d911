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
 * pipeline's: the shared small types, the date finder the stages read text with, the stages in the order they run,
 * the cache of their results, the build that runs them, then what drives a build (the preview server, a new site, the
 * command line) and the evaluations. Inside the clean stage, its two parts (language, metadata) do not use each
 * other; the cleaner above them uses both. Inside the digest stage, its five parts (figures, names, quotes, summary,
 * when) share only the wording helpers below them and do not use each other; the digester above them composes them.
 * The evaluations are last and apart: their sources are in src/eval/java, outside the product (src/main/java), so
 * they may use any package, and the shipped jar neither contains nor depends on them.
 */
class PackageOrderTest {
    /** The order, bottom to top: each level's packages may use those of the levels before it, not one another. */
    static final List<List<String>> ORDER = List.of(List.of("crosscheck.core"), List.of("crosscheck.dates"),
            List.of("crosscheck.ingest"), List.of("crosscheck.clean.language", "crosscheck.clean.metadata"),
            List.of("crosscheck.clean"), List.of("crosscheck.analyse"), List.of("crosscheck.group"),
            List.of("crosscheck.address"), List.of("crosscheck.digest.wording"),
            List.of("crosscheck.digest.figures", "crosscheck.digest.names", "crosscheck.digest.quotes",
                    "crosscheck.digest.summary", "crosscheck.digest.when"),
            List.of("crosscheck.digest"), List.of("crosscheck.render"), List.of("crosscheck.cache"),
            List.of("crosscheck"), List.of("crosscheck.preview"), List.of("crosscheck.init"), List.of("crosscheck.cli"),
            List.of("crosscheck.eval"));
    private static final Path SOURCES = Path.of("src/main/java");
    /** The evaluations' sources: package crosscheck.eval only, compiled with the tests and by -Peval. */
    private static final Path EVAL_SOURCES = Path.of("src/eval/java");
    private static final String EVAL = "crosscheck.eval";
    /** An import, or a name written out in code: the package is what comes before the first capitalised part. */
    private static final Pattern USE = Pattern.compile("\\b(crosscheck(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    @Test
    void noPackageUsesOneThatComesAfterIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : javaFiles(SOURCES, EVAL_SOURCES)) {
            String from = packageOf(file);
            String source = withoutComments(Files.readString(file));
            int rank = level(from);
            assertTrue(rank >= 0, file + ": package " + from + " has no place in PackageOrderTest.ORDER");
            Matcher use = USE.matcher(source);
            while (use.find()) {
                String used = use.group(1);
                if (!used.equals(from) && level(used) >= rank) wrong.add(file + " (" + from + ") uses " + used);
            }
        }
        assertEquals(List.of(), wrong, "packages may only use the ones before them: " + ORDER);
    }

    /** The product's sources hold no evaluation code, and src/eval/java nothing else: the jar never ships it. */
    @Test
    void theEvaluationsAreOutsideTheProduct() throws IOException {
        List<String> misplaced = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            if (packageOf(file).equals(EVAL)) misplaced.add(file + " belongs in " + EVAL_SOURCES);
        }
        List<Path> eval = javaFiles(EVAL_SOURCES);
        assertTrue(eval.size() > 1, "the evaluations are in " + EVAL_SOURCES);
        for (Path file : eval) {
            if (!packageOf(file).equals(EVAL)) misplaced.add(file + " is not in package " + EVAL);
        }
        assertEquals(List.of(), misplaced);
        assertEquals(List.of(EVAL), ORDER.get(ORDER.size() - 1), "nothing may come after the evaluations");
    }

    @Test
    void theCheckSeesAUseOfALaterPackage() {
        Matcher use = USE.matcher(withoutComments("import crosscheck.render.SitePlan; // crosscheck.cli.Main\n"
                + "/* crosscheck.eval.X */ var x = crosscheck.Build.class;"));
        List<String> seen = new ArrayList<>();
        while (use.find()) seen.add(use.group(1));
        assertEquals(List.of("crosscheck.render", "crosscheck"), seen);
    }

    /** The level of a package in {@link #ORDER}, or -1 for a package not in it. */
    private static int level(String pkg) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (ORDER.get(i).contains(pkg)) return i;
        }
        return -1;
    }

private static List<Path> javaFiles(Path... folders) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static String packageOf(Path file) throws IOException {
        Matcher declared = PACKAGE.matcher(withoutComments(Files.readString(file)));
        assertTrue(declared.find(), file + " declares its package");
        return declared.group(1);
    }

    /** The source without its comments, where names of later packages may be mentioned freely. */
    static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }
}
