package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the sample site is valid HTML by the Nu Html Checker (the W3C's validator), in process. */
class SiteValidationTest {
    @TempDir
    Path tmp;

    @Test
    void everyGeneratedPageOfTheSampleSiteIsValidHtml() throws Exception {
        Path site = tmp.resolve("site");
        Path content = SampleContent.copyTo(tmp.resolve("content"));
        new Build(content, Path.of("templates"), site, "https://user.github.io/repo/").run();
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Path page : pages(site)) {
            pages++;
            for (String line : validator.validate(page).split("\n")) {
                if (line.contains(": error:") || line.contains(": fatal")) problems.add(line);
            }
        }
        assertEquals(List.of(), problems, problems.size() + " validator errors in " + pages + " pages");
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
