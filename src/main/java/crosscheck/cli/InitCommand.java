package crosscheck.cli;

import crosscheck.init.CrosscheckSource;
import crosscheck.init.NewSite;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a new site into DIR: content/site.yml, an example report, a GitHub Pages workflow "
                + "and a README. The site builds with the built-in templates; `crosscheck templates` copies them "
                + "for you to change.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the new site's folder (made if missing)")
    Path dir;

    @Option(names = "--force", description = "write into a folder that is not empty (no file is overwritten)")
    boolean force;

    @Option(names = "--crosscheck-git", paramLabel = "URL",
            description = "git repository the site's Pages workflow builds Crosscheck from (default: the origin of "
                    + "the Crosscheck clone this runs from)")
    String git;

    @Option(names = "--crosscheck-ref", paramLabel = "REF",
            description = "tag, branch or commit of it to build (default: that clone's current commit; with "
                    + "--crosscheck-git, its default branch)")
    String ref;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.check();
        CrosscheckSource source = source();
        List<String> written = NewSite.write(dir, source, force);
        if (output.quiet()) return 0;
        PrintWriter out = spec.commandLine().getOut();
        out.println("New site in " + dir + ":");
        written.forEach(file -> out.println("  " + file));
        out.println("Next: cd " + dir + " && crosscheck serve   (crosscheck: the launcher in your Crosscheck folder)");
        if (source.known()) {
            out.println("Its Pages workflow builds Crosscheck " + source.ref() + " from " + source.git()
                    + ": make sure that commit is pushed there, or change CROSSCHECK_GIT and CROSSCHECK_REF in "
                    + ".github/workflows/pages.yml.");
        } else {
            out.println("Set CROSSCHECK_GIT and CROSSCHECK_REF in .github/workflows/pages.yml to the git repository "
                    + "and version of Crosscheck to build the site with, before you push it.");
        }
        out.flush();
        return 0;
    }

    /**
     * The repository and version the options give; a repository given without a version builds its default branch
     * ({@code HEAD}); what is not given comes from the clone this runs from, else is unknown.
     */
    private CrosscheckSource source() {
        Optional<CrosscheckSource> clone = git == null ? CrosscheckSource.ofRunningClone() : Optional.empty();
        String g = git != null ? git : clone.map(CrosscheckSource::git).orElse(CrosscheckSource.UNKNOWN);
        String r = ref != null ? ref
                : git != null ? "HEAD" : clone.map(CrosscheckSource::ref).orElse(CrosscheckSource.UNKNOWN);
        try {
            return new CrosscheckSource(g, r);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--crosscheck-git and --crosscheck-ref take one word each, without quotes");
        }
    }
}
