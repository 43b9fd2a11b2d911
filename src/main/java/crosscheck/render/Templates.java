package crosscheck.render;

import crosscheck.core.BuildException;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.log.Logger;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * The Freemarker templates of a templates folder, set up so that output depends on the data alone (fixed
 * locale, time zone and number format, no access to Java classes from templates), and so that any template
 * problem becomes a {@link BuildException} naming the template file and line.
 */
final class Templates {
    static {
        // Freemarker would otherwise log through java.util.logging; every problem is reported as an exception.
        if (System.getProperty(Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY) == null) {
            System.setProperty(Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, Logger.LIBRARY_NAME_NONE);
        }
    }

    private static final String FIX_HINT = "fix the template at that line, or restore it from the Crosscheck "
            + "templates (Freemarker syntax: https://freemarker.apache.org/docs/)";

    private final Path dir;
    private final Configuration config;

    Templates(Path dir) {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw new BuildException(dir.toString(), "templates folder not found",
                    "pass --templates with your templates folder, or leave it out to use the built-in templates");
        }
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new FolderTemplateLoader(dir));
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((e, env) -> { });
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // a template, once parsed, is kept and never read again: pages made later match the templates of their build
        cfg.setCacheStorage(new StrongCacheStorage());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.config = cfg;
    }

    /**
     * Parses the templates {@code used} (in order), then every other {@code .ftlh} file of the folder, so that a
     * syntax error in any of them fails now, naming its file and line, and none is read again later.
     */
    void parseAll(Collection<String> used) {
        Set<String> names = new LinkedHashSet<>(used);
        names.addAll(templateFiles());
        for (String name : names) {
            try {
                config.getTemplate(name);
            } catch (IOException e) {
                throw problem(name, e);
            }
        }
    }

    /** The names of the folder's {@code .ftlh} files, e.g. "layout.ftlh", sorted. */
    private List<String> templateFiles() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ftlh") && Files.isRegularFile(f))
                    .map(f -> BuiltInTemplates.relativeName(dir, f))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new BuildException(dir.toString(), "cannot read the templates folder: " + e.getMessage(),
                    "check that the folder and its files are readable");
        }
    }

    /** Renders the template {@code name} (e.g. "event.ftlh") with the data model, with "\n" line endings. */
    String render(String name, Object model) {
        try {
            Template template = config.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString().replace("\r\n", "\n").replace('\r', '\n');
        } catch (TemplateException | IOException e) {
            throw problem(name, e);
        } catch (RuntimeException e) {
            throw new BuildException(file(name), 0, "template failed: " + e, FIX_HINT, e);
        } catch (StackOverflowError deep) {
            throw new BuildException(file(name), 0, "template error: rendering it calls macros, functions or "
                    + "#include inside one another without end (or thousands deep)",
                    "find the macro, function or #include that calls itself, in this template or one it "
                            + "includes or imports, and give the recursion an end");
        }
    }

    /** The most precise description of what went wrong: the innermost missing or broken template wins. */
    private BuildException problem(String name, Exception thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateNotFoundException missing) {
                return new BuildException(file(missing.getTemplateName()), 0, "template not found",
                        "restore it from the Crosscheck templates, or pass --templates DIR with a complete "
                                + "templates folder", thrown);
            }
            if (cause instanceof ParseException broken) {
                String where = broken.getTemplateName() != null ? broken.getTemplateName() : name;
                return new BuildException(file(where), Math.max(0, broken.getLineNumber()),
                        "template syntax error: " + oneLine(broken.getEditorMessage()), FIX_HINT, thrown);
            }
        }
        if (thrown instanceof TemplateException failed) {
            String where = failed.getTemplateSourceName() != null ? failed.getTemplateSourceName() : name;
            Integer line = failed.getLineNumber();
            return new BuildException(file(where), line == null ? 0 : Math.max(0, line),
                    "template error: " + oneLine(failed.getMessageWithoutStackTop()), FIX_HINT, thrown);
        }
        if (thrown instanceof FileNotFoundException) {
            return new BuildException(file(name), 0, "template not found",
                    "restore it from the Crosscheck templates, or pass --templates DIR with a complete "
                            + "templates folder", thrown);
        }
        return new BuildException(file(name), 0, "cannot read the template: " + thrown.getMessage(),
                "check that the templates folder is readable", thrown);
    }

    private String file(String templateName) {
        return dir.resolve(templateName).toString();
    }

    /** Freemarker's message without its tips and trace, on one line. */
    static String oneLine(String message) {
        if (message == null) return "unknown problem";
        int tips = message.indexOf("\n----");
        String head = tips >= 0 ? message.substring(0, tips) : message;
        return head.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "")
                .strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
