package crosscheck.digest.figures;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.dates.DateFinder;
import crosscheck.digest.figures.Quantities.Quantity;
import crosscheck.group.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where an event's reports differ on numbers: every count its reports state (people killed, hostages taken,
 * votes, weapons, ...), with what it counts and the day it belongs to where the sentence names one, grouped
 * by what is counted across reports and shown value by value with the reports that give each value. Values
 * are kept as written and never merged or averaged.
 */
public final class Figures {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Figures() {
    }

    /** One count stated in one sentence of one report. */
    private record Mention(int article, String articleId, Sentence sentence, Quantity quantity, String key,
                           String label, String occasion) {
    }

    /**
     * The figures of an event: disputed ones first, then those more reports give, then in the order the
     * reports first give them. Headlines are left out (they repeat the text in fewer words).
     */
    public static List<Figure> of(Event event) {
        Map<String, List<Mention>> byMeasure = new LinkedHashMap<>();
        List<AnalysedReport> articles = event.reports();
        for (int a = 0; a < articles.size(); a++) {
            for (Sentence sentence : articles.get(a).sentences()) {
                if (sentence.heading()) continue;
                for (Mention mention : mentions(a, articles.get(a).id(), sentence)) {
                    byMeasure.computeIfAbsent(mention.key() + "@" + mention.occasion(), k -> new ArrayList<>())
                            .add(mention);
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (List<Mention> mentions : byMeasure.values()) figures.add(figure(mentions));
        // a stable sort: figures of equal rank stay in the order the reports first give them
        figures.sort(Comparator.comparing((Figure f) -> !f.disputed()).thenComparing(f -> -f.sources().size()));
        return List.copyOf(figures);
    }

    private static List<Mention> mentions(int article, String articleId, Sentence sentence) {
        String text = sentence.text();
        List<Quantity> quantities = Quantities.in(text, CountWords::countNoun);
        if (quantities.isEmpty()) return List.of();
        List<DateFinder.Day> days = DateFinder.days(text);
        List<Mention> out = new ArrayList<>();
        Measures.Measure previous = null;
        for (int i = 0; i < quantities.size(); i++) {
            Measures.Measure measure = Measures.of(text, quantities, i, previous);
            previous = measure;
            if (measure == null) continue;
            Quantity q = quantities.get(i);
            out.add(new Mention(article, articleId, sentence, q, measure.key(), measure.label(),
                    Occasions.nearest(text, days, q.start())));
        }
        return out;
    }

    /** The mentions of one measure as a figure: one claim per value as written. */
    private static Figure figure(List<Mention> mentions) {
        Map<String, List<Mention>> byValue = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            String value = SPACES.matcher(mention.quantity().written().toLowerCase(Locale.ROOT)).replaceAll(" ");
            byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(mention);
        }
        List<Figure.Claim> claims = new ArrayList<>();
        for (List<Mention> same : byValue.values()) {
            Mention first = same.get(0);
            List<String> sources = same.stream().map(Mention::articleId).distinct().toList();
            claims.add(new Figure.Claim(first.quantity().written(), first.quantity().low(), first.quantity().high(),
                    first.sentence().text(), sources));
        }
        return new Figure(mentions.get(0).label(), mentions.get(0).occasion(), disputed(mentions), claims);
    }

    /** Whether two different reports give values that differ. */
    private static boolean disputed(List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention a = mentions.get(i);
                Mention b = mentions.get(j);
                if (a.article() != b.article() && differ(a.quantity(), b.quantity())) return true;
            }
        }
        return false;
    }

    /**
     * Whether two values differ: different numbers whose ranges cannot both hold, or that bound the count the
     * same way ("253" and "240"; "over 32,000" and "more than 30,000"). "Almost 1,200" and "at least 1,200"
     * agree; so do "about 1,200" and "1,150".
     */
    static boolean differ(Quantity a, Quantity b) {
        if (a.base() == b.base()) return false;
        return !overlap(a, b) || a.bound() == b.bound();
    }

    private static boolean overlap(Quantity a, Quantity b) {
        long aHigh = a.high() < 0 ? Long.MAX_VALUE : a.high();
        long bHigh = b.high() < 0 ? Long.MAX_VALUE : b.high();
        return a.low() <= bHigh && b.low() <= aHigh;
    }
}
