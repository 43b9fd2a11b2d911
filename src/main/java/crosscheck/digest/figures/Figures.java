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
 * votes, weapons, ...), with what it counts, the day it belongs to where the sentence names one, and the place
 * when the sentence sets it somewhere other than the event's main places ({@link Places}), grouped by what is
 * counted, where and when, across reports, and shown value by value with the reports that give each value.
 * Values are kept as written and never merged or averaged. Amounts that are not counts (ages, magnitudes, years,
 * money, percentages, durations, distances) are no figures ({@link Quantities}, {@link Measures}).
 *
 * <p>A figure is disputed when two reports give values that cannot both be true: their intervals
 * ({@link Quantities}) do not overlap ("240" and "253"; "almost 1,200" and "at least 1,200"), never when they can
 * ("over 32,000" and "more than 30,000"). A figure one report alone gives two such values for ("over 350 yards ...
 * over 100 yards", "$6 trillion in 2022 ... $8.2 trillion by 2031") counts several things under one name, and is
 * never disputed: a report does not contradict itself.
 */
public final class Figures {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\bhttps?\\s*:\\s*/|\\bwww\\s*\\.");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    /** Context words two counts of one noun must share at least, to count the same things. */
    private static final int SHARED_WORDS = 2;

    private Figures() {
    }

    /** One count stated in one sentence of one report. */
    private record Mention(int article, String articleId, Sentence sentence, Quantity quantity,
                           Measures.Measure measure, String occasion, String place) {
    }

    /** The figures of an event whose places are not known: every figure is the event's own. */
    public static List<Figure> of(Event event) {
        return of(event, List.of());
    }

    /**
     * The figures of an event: its own first, disputed ones first, then those more reports give, then in the order
     * the reports first give them; then the figures of other places, in the same order. Headlines are left out
     * (they repeat the text in fewer words).
     *
     * @param places the places the event's reports name, with how widely they name them
     */
    public static List<Figure> of(Event event, List<Place> places) {
        Places where = places.isEmpty() ? Places.none() : Places.of(places, event.reports().size());
        Map<String, List<Mention>> byMeasure = new LinkedHashMap<>();
        List<AnalysedReport> articles = event.reports();
        for (int a = 0; a < articles.size(); a++) {
            String previous = null;
            for (Sentence sentence : articles.get(a).sentences()) {
                if (sentence.heading()) continue;
                for (Mention mention : mentions(a, articles.get(a).id(), sentence, previous, where)) {
                    byMeasure.computeIfAbsent(mention.measure().key() + "@" + mention.occasion() + "@" + mention.place(),
                            k -> new ArrayList<>()).add(mention);
                }
                previous = sentence.text();
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (List<Mention> mentions : byMeasure.values()) figures.add(figure(mentions));
        // a stable sort: figures of equal rank stay in the order the reports first give them
        figures.sort(Comparator.comparing((Figure f) -> f.place() != null).thenComparing(f -> !f.disputed())
                .thenComparing(f -> -f.sources().size()));
        return List.copyOf(figures);
    }

    private static List<Mention> mentions(int article, String articleId, Sentence sentence, String previous,
                                          Places where) {
        String text = sentence.text();
        List<DateFinder.Day> days = DateFinder.days(text);
        List<Quantity> quantities = Quantities.in(text, days, CountWords::countNoun);
        if (quantities.isEmpty()) return List.of();
        if (hasAddress(text)) return List.of(); // a web address: its numbers are ids and dates
        List<Mention> out = new ArrayList<>();
        Measures.Measure previousMeasure = null;
        String place = null;
        for (int i = 0; i < quantities.size(); i++) {
            Measures.Measure measure = Measures.of(text, quantities, i, previousMeasure);
            previousMeasure = measure;
            if (measure == null) continue;
            if (out.isEmpty()) place = where.elsewhere(text, previous);
            Quantity q = quantities.get(i);
            out.add(new Mention(article, articleId, sentence, q, measure, Occasions.nearest(text, days, q.start()),
                    place));
        }
        return out;
    }

    /** Whether a sentence has a web address ("https://", "www."), looked for only where "http" or "www" is. */
    private static boolean hasAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.contains("http") || lower.contains("www")) && ADDRESS.matcher(text).find();
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
                    first.sentence().text(), Authorities.of(first.sentence().text()), sources));
        }
        Mention first = mentions.get(0);
        return new Figure(first.measure().label(), first.occasion(), first.place(), disputed(mentions), claims);
    }

    /**
     * Whether two different reports give values that cannot both be true, while no report gives two such values
     * itself (then the figure counts several things under one name).
     */
    private static boolean disputed(List<Mention> mentions) {
        boolean across = false;
        for (int i = 0; i < mentions.size(); i++) {
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention a = mentions.get(i);
                Mention b = mentions.get(j);
                if (!differ(a.quantity(), b.quantity())) continue;
                if (a.article() == b.article()) return false;
                if (!a.measure().ownNoun() || sameThings(a, b)) across = true;
            }
        }
        return across;
    }

    /**
     * Whether two counts measured by their own noun ("vessels") count the same things: their sentences say the
     * same otherwise, sharing half the words that carry meaning of the shorter one (names, verbs, nouns: not stop
     * words, not the counted noun), and at least {@value #SHARED_WORDS}. "The navy rescued two merchant vessels"
     * and "pirates attacked nearly 100 vessels" do not; nor do two sports reports' "five catches" and "59 catches".
     */
    private static boolean sameThings(Mention a, Mention b) {
        java.util.Set<String> left = contentWords(a);
        java.util.Set<String> right = contentWords(b);
        int smaller = Math.min(left.size(), right.size());
        left.retainAll(right);
        return left.size() >= SHARED_WORDS && 2 * left.size() >= smaller;
    }

    private static java.util.Set<String> contentWords(Mention m) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher w = WORD.matcher(m.sentence().text());
        String noun = m.measure().key();
        while (w.find()) {
            String word = CountWords.singular(w.group());
            if (word.length() > 2 && !Measures.stopWord(word) && !noun.startsWith(word)) out.add(word);
        }
        return out;
    }

    /**
     * Whether two values cannot both be true: their intervals do not overlap ("253" and "240"; "almost 1,200" and
     * "at least 1,200"). "Over 32,000" and "more than 30,000" can both be true; so can "about 1,200" and "1,150".
     */
    static boolean differ(Quantity a, Quantity b) {
        long aHigh = a.high() < 0 ? Long.MAX_VALUE : a.high();
        long bHigh = b.high() < 0 ? Long.MAX_VALUE : b.high();
        return a.low() > bHigh || b.low() > aHigh;
    }
}
