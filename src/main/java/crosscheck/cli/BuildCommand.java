package crosscheck.cli;

import crosscheck.Build;
import crosscheck.Warning;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() {
        Build.Result result = new Build(content, templates, out, baseUrl).run();
        var err = spec.commandLine().getErr();
        for (Warning warning : result.warnings()) err.println("warning: " + warning);
        spec.commandLine().getOut().printf("Built %s: %d reports in %d events%s%n", out, result.reports(),
                result.events(), result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " warnings");
        return 0;
    }
}
