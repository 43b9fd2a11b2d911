package crosscheck.clean;

import crosscheck.ingest.RawReport;
import java.util.Arrays;
import java.util.List;

/** TEMPORARY: replaced by the real cleaner. */
public final class Cleaner {
    public Article clean(RawReport report) {
        var fm = report.frontMatter();
        List<Block> blocks = Arrays.stream(report.body().split("\n\\s*\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Block::paragraph).toList();
        return new Article(report.id(), report.file(), fm.title(), fm.source(), fm.url(), fm.published(),
                fm.author(), fm.language(), fm.event(), blocks, List.of());
    }
}
