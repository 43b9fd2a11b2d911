package crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import crosscheck.core.BuildException;
import crosscheck.core.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Reads {@code content/site.yml}; a missing file gives defaults and a warning. */
final class SiteConfigReader {
    /** The keys, in the order the hints list them. */
    private static final Set<String> KEYS = new LinkedHashSet<>(
            List.of("title", "description", "baseUrl", "language", "summaryWords", "articles"));

    private SiteConfigReader() {
    }

    static SiteConfig read(Path file, Consumer<Warning> warnings) {
        String name = ContentReader.SITE_FILE;
        if (!Files.isRegularFile(file)) {
            warnings.accept(new Warning(name, "no site.yml: using the title 'Crosscheck' and no base URL"));
            return new SiteConfig("Crosscheck", "", "", "en", SiteConfig.DEFAULT_SUMMARY_WORDS);
        }
        Map<?, ?> map;
        Map<String, Integer> lines = new HashMap<>();
        try {
            String yaml = YamlFiles.readUtf8(file, name);
            // an empty file, or one of comments only, has no settings: the same as a file that gives none of the keys
            Object tree = yaml.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#")) ? Map.of()
                    : YamlFiles.tree(yaml, lines);
            map = tree instanceof Map<?, ?> m ? m : Map.of();
        } catch (JsonProcessingException e) {
            throw YamlFiles.invalid(name, e, "write one 'key: value' per line (keys: " + String.join(", ", KEYS) + ")");
        } catch (IOException e) {
            throw YamlFiles.unreadable(name, e);
        }
        for (String key : KEYS) {
            Object value = map.get(key);
            if (value instanceof Map || value instanceof List) {
                throw new BuildException(name, lines.getOrDefault(key, 0), "'" + key + "' must be a single value, "
                        + "not a list or map", "write it as '" + key + ": value' on one line");
            }
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                warnings.accept(new Warning(name, "unknown key '" + key + "' is ignored"));
            }
        }
        String title = text(map.get("title"));
        if (title == null) {
            warnings.accept(new Warning(name, "no 'title': using 'Crosscheck'"));
            title = "Crosscheck";
        }
        int words = SiteConfig.DEFAULT_SUMMARY_WORDS;
        String budget = text(map.get("summaryWords"));
        if (budget != null) {
            try {
                words = Integer.parseInt(budget);
            } catch (NumberFormatException e) {
                words = -1;
            }
            if (words <= 0) {
                throw new BuildException(name, "'summaryWords' must be a positive whole number, not '" + budget + "'",
                        "write e.g. 'summaryWords: 100'");
            }
        }
        ArticleText articles = ArticleText.EXCERPT;
        String published = text(map.get("articles"));
        if (published != null) {
            articles = ArticleText.of(published);
            if (articles == null) {
                throw new BuildException(name, lines.getOrDefault("articles", 0), "'articles' must be full, excerpt "
                        + "or none, not '" + published + "'", "write 'articles: excerpt' (the default: the opening "
                        + "and the quoted sentences), 'articles: full' (only for text you may publish) or "
                        + "'articles: none'");
            }
        }
        return new SiteConfig(title, text(map.get("description")), text(map.get("baseUrl")),
                text(map.get("language")), words, articles);
    }

    private static String text(Object value) {
        if (value == null) return null;
        String text = YamlFiles.plain(String.valueOf(value));
        return text.isEmpty() ? null : text;
    }
}
