package crosscheck.cli;

import crosscheck.BuildException;
import crosscheck.Warning;
import crosscheck.clean.Article;
import crosscheck.clean.Cleaner;
import crosscheck.ingest.ContentReader;
import crosscheck.ingest.Format;
import crosscheck.ingest.RawReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints what the cleaner keeps of each file: its title and paragraphs, separated by "
                + "blank lines. Reads .gz files transparently.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write DIR/NAME.txt for each file (NAME: the file name without its extensions) "
                    + "instead of printing")
    Path out;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "web pages, text scrapes or Markdown files")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out != null) Files.createDirectories(out);
        Cleaner cleaner = new Cleaner();
        int failed = 0;
        for (Path file : files) {
            List<Warning> warnings = new ArrayList<>();
            try {
                Optional<RawReport> report = ContentReader.readReport(file, file.toString(), warnings);
                String text = report.map(cleaner::clean).map(ExtractCommand::plainText).orElse("");
                if (out == null) {
                    stdout.println(text);
                    if (files.size() > 1) stdout.println();
                } else {
                    String name = Format.idOf(file.getFileName().toString()) + ".txt";
                    Files.writeString(out.resolve(name), text.isEmpty() ? "" : text + "\n", StandardCharsets.UTF_8);
                }
            } catch (BuildException problem) {
                stderr.println("error: " + problem.describe());
                failed++;
            }
            warnings.forEach(w -> stderr.println("warning: " + w));
        }
        stdout.flush();
        return failed == 0 ? 0 : Main.CONTENT_ERROR;
    }

    private static String plainText(Article article) {
        String body = article.text();
        if (article.title() == null || article.title().isBlank()) return body;
        return body.isEmpty() ? article.title() : article.title() + "\n\n" + body;
    }
}
