package crosscheck.cli;

import crosscheck.core.BuildException;
import crosscheck.render.BuiltInTemplates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Copies the built-in templates into DIR for you to change; a build run beside a templates "
                + "folder uses it instead of the built-in ones. Never overwrites a file.")
final class TemplatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "templates",
            description = "where to copy them (default: ${DEFAULT-VALUE})")
    Path dir;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.check();
        List<String> written;
        try {
            written = BuiltInTemplates.copyTo(dir);
        } catch (IOException e) {
            throw new BuildException(dir.toString(), "cannot copy the templates: " + e.getMessage(),
                    "check that the folder is writable and the disk has room");
        }
        output.summary("Copied " + written.size() + " template files into " + dir
                + (dir.equals(SiteOptions.TEMPLATES) ? "; builds here now use them"
                : "; build with --templates " + dir + " to use them"));
        return 0;
    }
}
