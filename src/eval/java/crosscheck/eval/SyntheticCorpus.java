package crosscheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic content folder of raw HTML reports for the scale benchmark, the same for the same seed.
 * Many events, each covered by several overlapping reports: paraphrases (sentences reordered or left out,
 * synonyms swapped), exact wire copies and reports that give different figures. Every page wraps its article
 * in boilerplate (navigation, header, related links, reader comments, footer). Names, places and outlets are
 * made up from syllables, so nothing outside this class is needed.
 *
 * <p>Usage: {@code SyntheticCorpus FOLDER N [SEED]}.
 */
public final class SyntheticCorpus {
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "tan", "vel", "sa", "dor", "li", "ben", "za",
        "or", "ha", "nu", "pel", "ga", "ri", "mar", "to", "eb", "lin", "qu", "as", "ter", "vo", "shi", "del"};
    private static final String[] KINDS = {"flood", "strike", "protest", "fire", "election", "blast", "storm",
        "ceasefire", "summit", "earthquake", "shelling", "raid", "landslide", "trial", "outbreak", "drought"};
    private static final String[] ROLES = {"Minister", "Governor", "Mayor", "General", "spokesman", "Commander",
        "President", "official"};
    private static final String[][] SYNONYMS = {{"said", "stated", "told reporters"}, {"killed", "left dead"},
        {"residents", "locals", "inhabitants"}, {"officials", "authorities"}, {"began", "started"},
        {"hospital", "clinic"}, {"houses", "homes"}, {"quickly", "rapidly"}, {"warned", "cautioned"},
        {"help", "aid", "assistance"}, {"damaged", "destroyed"}};
    private static final String[] TEMPLATES = {
        "The %K in %P %V at least %N people on %D, %O said.",
        "%R %A said the %K had damaged more than %M houses across the %Q district.",
        "Rescue teams from %P and %Q worked through the night to reach residents trapped by the %K.",
        "According to the local hospital, %N2 people were treated for injuries after the %K.",
        "\"We have never seen anything like this,\" said %A, a shopkeeper in %P.",
        "The %K began shortly after dawn and spread quickly toward the %Q valley.",
        "%R %B warned that the number of victims could rise as officials searched the area.",
        "Officials in %P said aid convoys carrying %M tonnes of supplies would arrive within days.",
        "Schools and markets in %Q stayed closed on %D while roads were cleared.",
        "The %O government announced an inquiry into the response to the %K.",
        "Residents said help came too late for many families in the eastern suburbs of %P.",
        "Neighbouring %S offered to send %N3 engineers and medical staff to help.",
        "Power was cut to about %M homes, the electricity company said.",
        "It was the worst %K to hit the region since %Y, according to %B.",
    };
    private static final String[] FILLER = {"Weather", "Sport", "Business", "Opinion", "Culture", "World",
        "Science", "Travel"};

    private final Random random;

    private SyntheticCorpus(long seed) {
        random = new Random(seed);
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: SyntheticCorpus FOLDER N [SEED]");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 6L);
    }

    /** Writes {@code site.yml} and {@code n} reports under {@code articles/} of {@code folder}. */
    public static void write(Path folder, int n, long seed) {
        try {
            new SyntheticCorpus(seed).writeAll(folder, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeAll(Path folder, int n) throws IOException {
        Path articles = folder.resolve("articles");
        Files.createDirectories(articles);
        Files.writeString(folder.resolve("site.yml"),
                "title: Scale\ndescription: Synthetic reports.\nbaseUrl: \"\"\nlanguage: en\nsummaryWords: 100\n");
        List<String> outlets = new ArrayList<>();
        for (int i = 0; i < 60; i++) outlets.add(capital(word(2)) + " " + pick("Times", "Post", "News", "Herald", "Daily"));
        LocalDate start = LocalDate.of(2020, 1, 1);
        int written = 0;
        int event = 0;
        while (written < n) {
            int reports = Math.min(n - written, 2 + random.nextInt(7));
            Story story = new Story(event++, start.plusDays(random.nextInt(1500)));
            List<String> previous = new ArrayList<>();
            for (int r = 0; r < reports; r++) {
                String outlet = outlets.get(random.nextInt(outlets.size()));
                String body = !previous.isEmpty() && random.nextInt(8) == 0
                        ? previous.get(random.nextInt(previous.size())) // wire copy, word for word
                        : story.report();
                previous.add(body);
                String page = page(story, outlet, body, written);
                Files.writeString(articles.resolve(String.format("r%06d.html", written)), page, StandardCharsets.UTF_8);
                written++;
            }
        }
    }

    /** One event: its names, places, figures and facts. */
    private final class Story {
        final String kind = KINDS[random.nextInt(KINDS.length)];
        final String place = capital(word(2 + random.nextInt(2)));
        final String region = capital(word(3));
        final String country = capital(word(2)) + "ia";
        final String neighbour = capital(word(2)) + "land";
        final String role = ROLES[random.nextInt(ROLES.length)];
        final String a = capital(word(2)) + " " + capital(word(3));
        final String b = capital(word(2)) + " " + capital(word(2));
        final int deaths = 3 + random.nextInt(200);
        final int houses = 100 + random.nextInt(5000);
        final LocalDate day;
        final String title;

        Story(int id, LocalDate day) {
            this.day = day;
            this.title = capital(kind) + " in " + place + " leaves " + deaths + " dead";
        }

        /** A paraphrase: most facts, some left out or reordered, synonyms swapped, figures sometimes differ. */
        String report() {
            List<String> sentences = new ArrayList<>();
            for (String template : TEMPLATES) {
                if (random.nextInt(4) == 0) continue;
                sentences.add(paraphrase(fill(template)));
            }
            if (random.nextBoolean() && sentences.size() > 3) {
                Collections.swap(sentences, 1 + random.nextInt(sentences.size() - 2), sentences.size() - 1);
            }
            return String.join("\n", sentences);
        }

        private String fill(String template) {
            int n = random.nextInt(5) == 0 ? deaths + 1 + random.nextInt(20) : deaths; // a differing figure
            return template.replace("%K", kind).replace("%P", place).replace("%Q", region).replace("%O", country)
                    .replace("%S", neighbour).replace("%R", role).replace("%A", a).replace("%B", b)
                    .replace("%N2", String.valueOf(deaths * 2)).replace("%N3", String.valueOf(deaths % 50 + 10))
                    .replace("%N", String.valueOf(n)).replace("%M", String.format("%,d", houses))
                    .replace("%D", day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                            java.util.Locale.ENGLISH))
                    .replace("%Y", String.valueOf(1950 + random.nextInt(70)));
        }
    }

    private String paraphrase(String sentence) {
        for (String[] group : SYNONYMS) {
            for (String word : group) {
                if (sentence.contains(" " + word + " ") && random.nextInt(3) == 0) {
                    return sentence.replace(" " + word + " ", " " + group[random.nextInt(group.length)] + " ");
                }
            }
        }
        return sentence;
    }

    private String page(Story story, String outlet, String body, int number) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(story.title).append(" | ").append(outlet).append("</title>\n")
                .append("<meta property=\"article:published_time\" content=\"").append(story.day).append("T0")
                .append(random.nextInt(10)).append(":00:00Z\">\n<meta name=\"author\" content=\"")
                .append(capital(word(2))).append(' ').append(capital(word(3))).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(outlet).append("\">\n")
                .append("</head><body>\n<header class=\"site-header\"><div class=\"logo\">").append(outlet)
                .append("</div><nav class=\"menu\"><ul>");
        for (String section : FILLER) {
            html.append("<li><a href=\"/").append(section.toLowerCase()).append("\">").append(section).append("</a></li>");
        }
        html.append("</ul></nav></header>\n<main><article class=\"story\">\n<h1>").append(story.title).append("</h1>\n")
                .append("<p class=\"byline\">By ").append(capital(word(2))).append(' ').append(capital(word(2)))
                .append("</p>\n");
        for (String sentence : body.split("\n")) {
            html.append("<p>").append(escape(sentence)).append("</p>\n");
        }
        html.append("</article>\n<aside class=\"related\"><h2>Related</h2><ul>");
        for (int i = 0; i < 5; i++) {
            html.append("<li><a href=\"/story/").append(number * 7 + i).append("\">").append(capital(word(3)))
                    .append(' ').append(KINDS[random.nextInt(KINDS.length)]).append(" update</a></li>");
        }
        html.append("</ul></aside>\n<section class=\"comments\" id=\"comments\"><h2>Comments</h2>");
        for (int i = 0; i < 3; i++) {
            html.append("<div class=\"comment\"><span class=\"comment-author\">").append(capital(word(2)))
                    .append("</span><p>Great reporting, thanks ").append(outlet).append("!</p></div>");
        }
        html.append("<form class=\"comment-form\"><textarea></textarea><button>Post comment</button></form></section>")
                .append("\n</main>\n<footer class=\"site-footer\"><p>Copyright ").append(outlet)
                .append(". All rights reserved.</p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a>")
                .append("</footer>\n</body></html>\n");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private String word(int syllables) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < syllables; i++) out.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        return out.toString();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
