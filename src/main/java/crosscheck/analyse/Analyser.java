package crosscheck.analyse;

import crosscheck.clean.Block;
import crosscheck.clean.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text stage: splits each cleaned report into sentences and index terms. Thread-safe. */
public final class Analyser implements AutoCloseable {
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");
    private final Terms terms = new Terms();

    public AnalysedReport analyse(Report article) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<Sentence> sentences = new ArrayList<>();
        TreeMap<String, Integer> counts = new TreeMap<>();
        TreeSet<String> names = new TreeSet<>();
        Map<String, Map<String, Integer>> words = new HashMap<>();
        List<String> titleStems = article.title() == null ? List.of() : terms.stems(article.title());
        titleStems.forEach(stem -> counts.merge(stem, 1, Integer::sum));
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            boolean heading = block.kind() == Block.Kind.HEADING;
            List<String> texts = heading ? List.of(block.text()) : splitter.split(block.text());
            for (String text : texts) {
                List<String> stems = new ArrayList<>();
                terms.forEach(text, (stem, surface) -> {
                    stems.add(stem);
                    counts.merge(stem, 1, Integer::sum);
                    words.computeIfAbsent(stem, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
                });
                if (!heading) names.addAll(terms.stems(capitalisedInside(text)));
                sentences.add(new Sentence(sentences.size(), b, heading, text, stems));
            }
        }
        return new AnalysedReport(article, titleStems, sentences, counts, names, commonest(words));
    }

    /** For each stem, its commonest word (ties: the alphabetically first). */
    private TreeMap<String, String> commonest(Map<String, Map<String, Integer>> words) {
        TreeMap<String, String> out = new TreeMap<>();
        words.forEach((stem, surfaces) -> out.put(stem, terms.shared(surfaces.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey())));
        return out;
    }

    /** The capitalised words of a sentence after its first word, e.g. "Lloyd Austin met Yoav Gallant". */
    static String capitalisedInside(String sentence) {
        StringBuilder out = new StringBuilder();
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetterOrDigit(sentence.codePointBefore(m.start()))) continue;
            if (sentence.substring(0, m.start()).strip().replaceAll("^[\"“‘'(]+", "").isEmpty()) continue;
            out.append(m.group()).append(' ');
        }
        return out.toString();
    }

    /** The stems of any text, as {@link #analyze} finds them in reports. */
    public List<String> stems(String text) {
        return terms.stems(text);
    }

    @Override
    public void close() {
        terms.close();
    }
}
