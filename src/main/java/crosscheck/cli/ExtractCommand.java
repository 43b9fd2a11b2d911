package crosscheck.cli;

import crosscheck.clean.Cleaner;
import crosscheck.clean.Report;
import crosscheck.clean.language.LanguageSource;
import crosscheck.core.BuildException;
import crosscheck.core.Progress;
import crosscheck.core.Warning;
import crosscheck.ingest.ContentReader;
import crosscheck.ingest.Format;
import crosscheck.ingest.RawReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints what the cleaner keeps of each file: its title and paragraphs, separated by "
                + "blank lines. Reads .gz files transparently. Standard error notes each file's language and where "
                + "it comes from (front matter, the page's declaration, or guessed from the text); with --out, only "
                + "under --verbose.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write DIR/NAME.txt for each file (NAME: the file name without its extensions) "
                    + "instead of printing; files are cleaned in parallel, the output is the same. Two files "
                    + "with the same NAME are an error: nothing is written")
    Path out;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "web pages, text scrapes or Markdown files")
    List<Path> files;

    @Mixin
    OutputOptions output;

    /**
     * What became of one file: its text, or the error that stopped it, its warnings, and a note of its language
     * (null when it gave no report).
     */
    private record Outcome(Path file, String text, boolean failed, String error, List<Warning> warnings,
                           String language) {
        /** A file that could not be read or cleaned to any report text, for the reason {@code error} or warned. */
        static Outcome failed(Path file, String error, List<Warning> warnings) {
            return new Outcome(file, "", true, error, warnings, null);
        }
    }

    @Override
    public Integer call() {
        output.check();
        Progress progress = output.progress();
        progress.start("extract");
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out != null) {
            refuseSameNames(files, out);
            makeFolder(out);
        }
        Cleaner cleaner = new Cleaner();
        // each file is cleaned on its own and written to its own output file, so order of work changes nothing;
        // messages are printed in the order of the files
        IntStream indices = IntStream.range(0, files.size());
        if (out != null) indices = indices.parallel();
        List<Outcome> outcomes = indices.mapToObj(i -> extract(cleaner, files.get(i))).toList();
        List<String> failed = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (out == null && !outcome.text().isEmpty()) {
                stdout.println(outcome.text());
                if (files.size() > 1) stdout.println();
            }
            if (outcome.error() != null) stderr.println("error: " + outcome.error());
            if (outcome.language() != null && !output.quiet() && (out == null || output.verbose())) {
                stderr.println("note: " + outcome.file() + ": " + outcome.language());
            }
            if (outcome.failed()) failed.add(outcome.file().toString());
            warnings.addAll(outcome.warnings());
            if (!output.quiet()) output.warnings(outcome.warnings());
        }
        if (output.quiet()) output.warnings(warnings);
        stdout.flush();
        progress.done("extract", files.size() - failed.size(), "files", Duration.ofNanos(System.nanoTime() - start));
        if (failed.isEmpty()) return 0;
        stderr.println("error: " + failed.size() + " of " + files.size() + (files.size() == 1 ? " file" : " files")
                + " gave no text (" + String.join(", ", failed) + "); the messages above say why");
        stderr.flush();
        return Main.CONTENT_ERROR;
    }

    /**
     * Refuses, before anything is written, files that would give the same output file (same name without its
     * extensions, e.g. {@code a/x.html} and {@code b/x.html}, or one file given twice): one text would silently
     * take the place of the other.
     */
    private static void refuseSameNames(List<Path> files, Path out) {
        Map<String, List<Path>> byName = new LinkedHashMap<>();
        for (Path file : files) {
            Path name = file.getFileName();
            if (name == null) continue; // not a file: said so when it is extracted
            byName.computeIfAbsent(Format.idOf(name.toString()) + ".txt", k -> new ArrayList<>()).add(file);
        }
        List<BuildException> clashes = new ArrayList<>();
        byName.forEach((name, same) -> {
            if (same.size() > 1) {
                clashes.add(new BuildException(out.resolve(name).toString(), "would be written for each of "
                        + same.stream().map(Path::toString).collect(Collectors.joining(", "))
                        + ", each text in place of the last", "extract files with the same name into different "
                                + "--out folders (or rename them); nothing was written"));
            }
        });
        if (!clashes.isEmpty()) throw BuildException.of(clashes);
    }

    /** Makes the {@code --out} folder, or says why it cannot be one. */
    private static void makeFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BuildException(folder.toString(), Files.exists(folder) ? "is a file, not a folder"
                    : "cannot make the folder: " + e.getMessage(), "pass --out with a folder to write the texts into");
        }
    }

    private Outcome extract(Cleaner cleaner, Path file) {
        List<Warning> warnings = new ArrayList<>();
        if (!Files.exists(file)) {
            return Outcome.failed(file, file + ": not found; check the file's name and folder", warnings);
        }
        try {
            Optional<RawReport> report = ContentReader.readReport(file, file.toString(), warnings);
            Optional<Report> article = report.map(cleaner::clean);
            article.ifPresent(a -> a.warnings().forEach(w -> warnings.add(new Warning(file.toString(), w))));
            String text = article.map(ExtractCommand::plainText).orElse("");
            if (out != null) {
                String name = Format.idOf(file.getFileName().toString()) + ".txt";
                Files.writeString(out.resolve(name), text.isEmpty() ? "" : text + "\n", StandardCharsets.UTF_8);
            }
            boolean noText = article.map(a -> a.blocks().isEmpty()).orElse(true);
            if (article.isPresent() && noText) {
                warnings.add(new Warning(file.toString(), "no report text left after cleaning"));
            }
            return new Outcome(file, text, noText, null, warnings, article.map(ExtractCommand::language).orElse(null));
        } catch (BuildException problem) {
            return Outcome.failed(file, problem.describe(), warnings);
        } catch (IOException e) {
            return Outcome.failed(file, file + ": cannot write its text to " + out + ": " + e.getMessage(), warnings);
        }
    }

    /** The report's language and where it comes from, e.g. "language pt, guessed from the text". */
    static String language(Report article) {
        LanguageSource source = article.languageSource();
        return source == LanguageSource.NONE ? "language " + source.description()
                : "language " + article.language() + ", " + source.description();
    }

    private static String plainText(Report article) {
        String body = article.text();
        if (article.title() == null || article.title().isBlank()) return body;
        return body.isEmpty() ? article.title() : article.title() + "\n\n" + body;
    }
}
