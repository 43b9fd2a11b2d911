package crosscheck.cli;

import crosscheck.Build;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from the content folder. The output folder is replaced only when "
                + "the whole build succeeds.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "content folder with site.yml and articles/ (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Freemarker templates folder (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "address the site is published at, e.g. https://user.github.io/repo/ "
                    + "(default: baseUrl of site.yml)")
    String baseUrl;

    @Option(names = "--strict", description = "fail on any content warning; the output folder is then left as it was")
    boolean strict;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.check();
        long start = System.nanoTime();
        Build.Result result = new Build(content, templates, out, baseUrl).withProgress(output.progress())
                .withStrict(strict).run();
        Duration took = output.verbose() ? Duration.ofNanos(System.nanoTime() - start) : null;
        output.summary(summary("Built", out, result, took));
        output.warnings(result.warnings()); // last, where they are seen
        return 0;
    }

    /** "Built site: 12 reports in 5 events, 2 warnings", with the time when given. */
    static String summary(String verb, Path out, Build.Result result, Duration took) {
        return String.format("%s %s: %d reports in %d events%s%s", verb, out, result.reports(), result.events(),
                result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " warnings",
                took == null ? "" : " (" + OutputOptions.millis(took) + ")");
    }
}
