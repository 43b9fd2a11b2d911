package crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.clean.Cleaner;
import crosscheck.clean.Report;
import crosscheck.clean.language.LanguageSource;
import crosscheck.core.Warning;
import crosscheck.ingest.ContentReader;
import crosscheck.ingest.Format;
import crosscheck.ingest.FrontMatter;
import crosscheck.ingest.RawReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How well cleaning tells a report's language. For each folder of saved pages ({@code html/<id>.html.gz}): the share
 * of pages given a language, by where it came from ({@link LanguageSource}); how often the guess from the cleaned text
 * ({@link Cleaner#guessLanguage}) agrees with the primary subtag of the page's {@code <html lang>} where it has one;
 * how often the text overrules the page when the page is made to declare another language than the guess (French
 * for a text guessed English, English for any other); and what the guess costs a report (the mean of 20 timed rounds over all the pages' texts, after 10 warm-up rounds).
 * For each JSON Lines file of English texts ({@code {"text"}} per line, or NeuS events with {@code sources[].text}):
 * the share guessed English. Writes every disagreement and every undeclared page's guess, with the start of its text,
 * to the given file, for a hand check.
 *
 * <p>Usage: {@code LanguageEvaluation OUT.tsv (html-folder | file.jsonl)...}
 */
public final class LanguageEvaluation {

    private LanguageEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LanguageEvaluation OUT.tsv (html-folder | file.jsonl)...");
            System.exit(2);
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            out.println("set\tid\tdeclared\tguessed\treport language\tsource\twords\tstart of text");
            for (int i = 1; i < args.length; i++) {
                Path path = Path.of(args[i]);
                if (Files.isDirectory(path)) {
                    pages(path, out);
                } else {
                    texts(path);
                }
            }
        }
    }

    private static void pages(Path folder, PrintWriter out) throws IOException {
        Path html = Files.isDirectory(folder.resolve("html")) ? folder.resolve("html") : folder;
        List<Path> files;
        try (Stream<Path> list = Files.list(html)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        Cleaner cleaner = new Cleaner();
        String set = folder.getFileName().toString();
        List<String> texts = new ArrayList<>();
        Map<LanguageSource, Integer> sources = new EnumMap<>(LanguageSource.class);
        Map<String, Integer> languages = new TreeMap<>();
        int declared = 0;
        int declaredGuessed = 0;
        int agree = 0;
        int undeclared = 0;
        int undeclaredGuessed = 0;
        int[] otherDeclared = new int[2];
        int[] englishDeclared = new int[2];
        for (Path file : files) {
            List<Warning> ignored = new ArrayList<>();
            RawReport raw = ContentReader.readReport(file, file.getFileName().toString(), ignored).orElse(null);
            if (raw == null) continue;
            Report report = cleaner.clean(raw);
            String text = report.text();
            texts.add(text);
            sources.merge(report.languageSource(), 1, Integer::sum);
            languages.merge(String.valueOf(report.primaryLanguage()), 1, Integer::sum);
            String lang = htmlLang(raw.body());
            String guess = Cleaner.guessLanguage(text);
            if (lang != null) {
                declared++;
                if (guess != null) {
                    declaredGuessed++;
                    if (guess.equals(lang)) agree++;
                }
            } else {
                undeclared++;
                if (guess != null) undeclaredGuessed++;
            }
            if (guess != null) {
                // the same page declared in another language than its text's: does the text overrule it?
                boolean english = guess.equals("en");
                int[] counts = english ? otherDeclared : englishDeclared;
                Report redeclared = cleaner.clean(redeclared(raw, english ? "fr" : "en"));
                counts[0]++;
                if (redeclared.languageSource() == LanguageSource.TEXT_OVER_PAGE) counts[1]++;
            }
            if (lang == null || guess == null || !guess.equals(lang)) {
                out.println(String.join("\t", set, raw.id(), String.valueOf(lang), String.valueOf(guess),
                        String.valueOf(report.language()), report.languageSource().name(),
                        String.valueOf(words(text)), start(text)));
            }
        }
        int n = texts.size();
        System.out.printf(Locale.ROOT, "%s: %d pages; given a language %d (%.3f); by source %s; languages %s%n", set, n,
                n - sources.getOrDefault(LanguageSource.NONE, 0),
                (n - sources.getOrDefault(LanguageSource.NONE, 0)) / (double) n, sources, languages);
        System.out.printf(Locale.ROOT, "  declared <html lang> %d: guessed %d, guess agrees %d (%.3f of guessed)%n",
                declared, declaredGuessed, agree, agree / (double) Math.max(1, declaredGuessed));
        System.out.printf(Locale.ROOT, "  undeclared %d: guessed %d (%.3f)%n", undeclared, undeclaredGuessed,
                undeclaredGuessed / (double) Math.max(1, undeclared));
        System.out.printf(Locale.ROOT, "  declared French, text guessed English: overruled %d of %d; declared English, "
                + "text guessed another language: overruled %d of %d%n", otherDeclared[1], otherDeclared[0],
                englishDeclared[1], englishDeclared[0]);
        time(texts);
    }

    /** The page with {@code <html lang>} set to {@code tag} and its other declarations of a language removed. */
    private static RawReport redeclared(RawReport raw, String tag) {
        Document page = Jsoup.parse(raw.body());
        page.select("html").attr("lang", tag);
        page.select("meta[http-equiv~=(?i)content-language], meta[property~=(?i)og:locale]").remove();
        page.select("script[type~=(?i)ld\\+json]").remove();
        return new RawReport(raw.id(), raw.file(), Format.HTML, FrontMatter.EMPTY, page.outerHtml(), 1);
    }

    /**
     * The guess's cost: each text's fastest of 20 rounds (after 10 warm-up rounds), so that a collection or a
     * descheduling during one call is not counted as the text's cost; the mean, median and largest of those.
     */
    private static void time(List<String> texts) {
        int checksum = 0;
        for (int round = 0; round < 10; round++) checksum += guessAll(texts);
        long[] fastest = new long[texts.size()];
        Arrays.fill(fastest, Long.MAX_VALUE);
        long wall = System.nanoTime();
        int rounds = 20;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < texts.size(); i++) {
                long start = System.nanoTime();
                String guess = Cleaner.guessLanguage(texts.get(i));
                fastest[i] = Math.min(fastest[i], System.nanoTime() - start);
                checksum += guess == null ? 0 : guess.length();
            }
        }
        wall = System.nanoTime() - wall;
        long total = 0;
        for (long t : fastest) total += t;
        Arrays.sort(fastest);
        System.out.printf(Locale.ROOT, "  guess time a report (fastest of %d rounds): mean %.1f µs, median %.1f, "
                + "largest %.1f; all rounds by wall clock %.1f µs a report (%d)%n", rounds,
                total / 1000.0 / texts.size(), fastest[texts.size() / 2] / 1000.0,
                fastest[texts.size() - 1] / 1000.0, wall / 1000.0 / rounds / texts.size(), checksum % 10);
    }

    private static int guessAll(List<String> texts) {
        int sum = 0;
        for (String text : texts) {
            String guess = Cleaner.guessLanguage(text);
            sum += guess == null ? 0 : guess.length();
        }
        return sum;
    }

    private static void texts(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> guesses = new TreeMap<>();
        int n = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) continue;
                JsonNode node = json.readTree(line);
                List<String> texts = new ArrayList<>();
                if (node.has("text")) texts.add(node.get("text").asText());
                if (node.has("sources")) node.get("sources").forEach(s -> texts.add(s.get("text").asText()));
                for (String text : texts) {
                    n++;
                    guesses.merge(String.valueOf(Cleaner.guessLanguage(text)), 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d texts; guessed %s; English %.3f%n", file.getFileName(), n, guesses,
                guesses.getOrDefault("en", 0) / (double) n);
    }

    /** The primary subtag of the page's {@code <html lang>} as a browser reads it, lower-case, or null. */
    private static String htmlLang(String body) {
        Element html = Jsoup.parse(body).selectFirst("html");
        String tag = html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = tag.indexOf('-');
        String primary = dash < 0 ? tag : tag.substring(0, dash);
        return primary.isEmpty() ? null : primary;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static String start(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 100 ? flat.substring(0, 100) : flat;
    }
}
