package crosscheck.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Freemarker's templates from a folder of any file system: a folder on disk, or the built-in templates inside the
 * jar. Names are case-sensitive on every system, so a site that builds on one builds on all.
 */
final class FolderTemplateLoader implements TemplateLoader {
    private final Path dir;

    FolderTemplateLoader(Path dir) {
        this.dir = dir;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || !Files.isRegularFile(file)) return null;
        // on a case-insensitive disk, "Event.ftlh" would find event.ftlh here but nowhere else
        String real = BuiltInTemplates.relativeName(dir.toRealPath(), file.toRealPath());
        return real.equals(BuiltInTemplates.relativeName(dir, file)) ? file : null;
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return Files.newBufferedReader((Path) source, Charset.forName(encoding));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing is held open between calls
    }
}
