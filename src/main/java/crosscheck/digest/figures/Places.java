package crosscheck.digest.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a figure is, when it is somewhere else than the event: the event's <em>main places</em> are the place it
 * names most, the places at least half of its reports name (two reports or more), and the places named at least
 * half as often as the most named; a place whose name holds a main place's name ("Gaza Strip" of "Gaza") is part
 * of it. A figure's place is read from the places its sentence sets things in ("in Iraq and Syria", "across the
 * Middle East", "near Aleppo"): a place named as an agent or a kind ("the U.S. campaign", "Syrian refugees") says
 * who, not where. When the sentence sets nothing in a place of its own, names no place and goes on from the
 * sentence before ("May have killed at least 8,000 civilians."), the places of that sentence are read.
 *
 * <p>A figure whose places are all other than the event's main ones is kept, labelled with them, and never compared
 * with the event's own figures: dropping it would hide a count a report gives, and leaving it unlabelled would show
 * the dead of another war as this event's. A sentence that also sets the count in a main place is the event's own.
 */
final class Places {
    /** A preposition that sets what follows in a place, with an optional "the". */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|inside|across|throughout|near|outside|on)\\s+(?:the\\s+)?$");
    /** What joins a place to the one before it in a list: "Iraq and Syria", "Iraq, Syria". */
    private static final Pattern LIST_JOIN = Pattern.compile("(?i)^\\s*(?:,|and|or|,\\s*and)\\s*(?:the\\s+)?$");
    /** First words of a sentence that goes on from the one before, without a subject of its own. */
    private static final Set<String> CONTINUING = Set.of("may", "might", "could", "would", "has", "have", "had", "was",
            "were", "is", "are", "it", "its", "they", "their", "this", "that", "these", "those", "which", "and", "but",
            "he", "she", "there");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\W*(\\p{L}+)");

    private final List<Place> main;
    private final List<Place> others;

    private Places(List<Place> main, List<Place> others) {
        this.main = main;
        this.others = others;
    }

    /** No places known: every figure is the event's own. */
    static Places none() {
        return new Places(List.of(), List.of());
    }

    /** The places of an event of {@code reports} reports, split into its main places and the others. */
    static Places of(List<Place> places, int reports) {
        int top = places.stream().mapToInt(Place::mentions).max().orElse(0);
        Place first = places.stream().max(Comparator.comparingInt(Place::mentions)).orElse(null);
        List<Place> main = new ArrayList<>();
        for (Place p : places) {
            boolean wide = reports >= 2 && p.reports() >= Math.max(2, (reports + 1) / 2);
            if (p == first || wide || 2 * p.mentions() >= top) main.add(p);
        }
        List<Place> others = new ArrayList<>();
        for (Place p : places) {
            if (!main.contains(p) && main.stream().noneMatch(m -> partOf(p, m))) others.add(p);
        }
        return new Places(List.copyOf(main), List.copyOf(others));
    }

    /** Whether a place's name holds a main place's spelling as whole words: "Gaza Strip" of "Gaza". */
    private static boolean partOf(Place place, Place mainPlace) {
        for (String spelling : place.spellings()) {
            for (String m : mainPlace.spellings()) {
                if (!at(spelling, m).isEmpty()) return true;
            }
        }
        return false;
    }

    /**
     * The other places a count of a sentence is set in, as one label ("Iraq and Syria"), or null when it is the
     * event's own.
     *
     * @param previous the sentence before it in its report, or null
     */
    String elsewhere(String sentence, String previous) {
        if (others.isEmpty()) return null;
        List<Found> here = found(sentence);
        List<Found> set = locative(sentence, here);
        if (set.isEmpty() && here.isEmpty() && previous != null && continues(sentence)) {
            set = locative(previous, found(previous));
        }
        if (set.isEmpty() || set.stream().anyMatch(f -> !others.contains(f.place()))) return null;
        List<String> names = set.stream().map(f -> (f.the() ? "the " : "") + f.place().name()).distinct().toList();
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** One place named in a sentence, where, and whether "the" comes before it ("the Middle East"). */
    private record Found(Place place, int start, int end, boolean the) {
    }

    /** The places a sentence names, main and other, in order. */
    private List<Found> found(String sentence) {
        List<Found> out = new ArrayList<>();
        for (List<Place> list : List.of(main, others)) {
            for (Place p : list) {
                for (String spelling : p.spellings()) {
                    for (int start : at(sentence, spelling)) {
                        boolean the = sentence.regionMatches(true, Math.max(0, start - 4), "the ", 0, 4) && start >= 4;
                        out.add(new Found(p, start, start + spelling.length(), the));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -f.end()));
        List<Found> kept = new ArrayList<>(); // the longest spelling at each place of the text
        for (Found f : out) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) kept.add(f);
        }
        return kept;
    }

    /** The places a sentence sets things in: after "in", "across", ..., or listed after one that is. */
    private static List<Found> locative(String sentence, List<Found> found) {
        List<Found> out = new ArrayList<>();
        Found last = null;
        for (Found f : found) {
            String before = sentence.substring(0, f.start());
            boolean listed = last != null && LIST_JOIN.matcher(sentence.substring(last.end(), f.start())).find();
            if (LOCATIVE_BEFORE.matcher(before).find() || listed) {
                out.add(f);
                last = f;
            } else {
                last = null;
            }
        }
        return out;
    }

    private static boolean continues(String sentence) {
        java.util.regex.Matcher m = FIRST_WORD.matcher(sentence);
        if (!m.find()) return false;
        String word = m.group(1);
        return Character.isLowerCase(word.charAt(0)) || CONTINUING.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Where a spelling stands in a text as whole words, case and all. */
    private static List<Integer> at(String text, String spelling) {
        List<Integer> out = new ArrayList<>();
        if (spelling.isEmpty()) return out;
        for (int i = text.indexOf(spelling); i >= 0; i = text.indexOf(spelling, i + 1)) {
            int end = i + spelling.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) out.add(i);
        }
        return out;
    }
}
