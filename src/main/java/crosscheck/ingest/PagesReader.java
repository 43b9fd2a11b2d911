package crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import crosscheck.core.BuildException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the site's own pages: every {@code content/pages/*.md}, UTF-8 Markdown with an optional YAML front
 * matter whose only key is {@code title}. Other files and sub-folders are not pages and are left alone; hidden
 * files are skipped. A page's name is its file name without {@code .md} and must be a lower-case slug
 * ({@code about}, {@code how-it-works}), since it becomes the page's folder.
 */
public final class PagesReader {
    /** The folder of pages inside the content folder. */
    public static final String FOLDER = "pages";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_NAME = 100;
    private static final int MAX_BYTES = 1 << 20;

    private PagesReader() {
    }

    /**
     * The pages of a content folder, sorted by name; an empty list when it has no {@code pages/} folder.
     *
     * @throws BuildException naming the file, for a name that is not a slug, a file that cannot be read or is
     *                        not UTF-8, or a front matter that is broken or has keys other than {@code title};
     *                        naming each such page when there are several
     */
    public static List<Page> read(Path contentDir) {
        Path folder = contentDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) return List.of();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BuildException(FOLDER + "/", "cannot read the folder: " + e.getMessage(),
                    "check that it is readable");
        }
        List<Page> pages = new ArrayList<>();
        List<BuildException> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                pages.add(page(file));
            } catch (BuildException e) {
                problems.add(e); // and the next page is read, so that one run names every broken page
            }
        }
        if (!problems.isEmpty()) throw BuildException.of(problems);
        pages.sort(java.util.Comparator.comparing(Page::name));
        return List.copyOf(pages);
    }

    private static Page page(Path path) {
        String fileName = path.getFileName().toString();
        String file = FOLDER + "/" + fileName;
        String name = fileName.substring(0, fileName.length() - ".md".length());
        if (!fileName.endsWith(".md") || name.length() > MAX_NAME || !SLUG.matcher(name).matches()) {
            throw new BuildException(file, "page name '" + name + "' is not a lower-case slug: it becomes the "
                    + "page's address (pages/NAME/)",
                    "rename the file to lower-case letters, digits and single hyphens ending in .md, "
                            + "e.g. pages/about.md");
        }
        String text = decode(path, file);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        String title = null;
        String body = text;
        if (firstLine(text).strip().equals("---")) {
            int open = text.indexOf('\n');
            int close = -1;
            for (int start = open + 1; start > 0 && start <= text.length(); ) {
                int end = text.indexOf('\n', start);
                String current = text.substring(start, end < 0 ? text.length() : end).strip();
                if (current.equals("---") || current.equals("...")) {
                    close = start;
                    break;
                }
                if (end < 0) break;
                start = end + 1;
            }
            if (close < 0) {
                throw new BuildException(file, 1, "front matter starts with '---' but is never closed",
                        "end the front matter with a line holding only '---', or remove the opening '---'");
            }
            title = title(text.substring(open + 1, close), file);
            int after = text.indexOf('\n', close);
            body = after < 0 ? "" : text.substring(after + 1);
        }
        if (title == null) title = titleOf(name);
        return new Page(name, title, body);
    }

    private static String decode(Path path, String file) {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new BuildException(file, "page is over " + MAX_BYTES / 1024 + " KB",
                        "a page is a short text: shorten it");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new BuildException(file, "cannot read the file: " + e.getMessage(), "check that it is readable");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BuildException(file, "page is not UTF-8 text", "save the file as UTF-8");
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The front matter's title, or null when it has none. */
    private static String title(String yaml, String file) {
        if (yaml.isBlank()) return null;
        Object tree;
        try {
            tree = YamlFiles.tree(yaml, null);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            throw new BuildException(file, line, e instanceof YamlFiles.Refused ? "front matter: "
                    + e.getOriginalMessage() : "front matter is not valid YAML: " + YamlFiles.problem(e),
                    "fix the YAML between the '---' lines; pages know one key: 'title: Some title'");
        } catch (IOException e) {
            throw new BuildException(file, 1, "cannot read the front matter: " + e.getMessage(),
                    "fix the YAML between the '---' lines");
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new BuildException(file, 2, "front matter must be a set of 'key: value' lines",
                    "write 'title: Some title' between the '---' lines");
        }
        for (Object key : map.keySet()) {
            if (!"title".equals(String.valueOf(key))) {
                throw new BuildException(file, "unknown front matter key '" + key + "' (pages know only 'title')",
                        "remove the key, or write 'title: Some title'");
            }
        }
        Object value = map.get("title");
        if (value == null) return null;
        if (value instanceof Map || value instanceof List) {
            throw new BuildException(file, "front matter 'title' must be a single value",
                    "write it as 'title: Some title'");
        }
        String title = YamlFiles.plain(String.valueOf(value));
        return title.isEmpty() ? null : title;
    }

    /** "about" gives "About", "how-it-works" gives "How it works". */
    static String titleOf(String name) {
        String words = name.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
