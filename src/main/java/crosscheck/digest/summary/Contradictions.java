package crosscheck.digest.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which reports contradict a summary sentence: a report that is none of its sources and has a sentence that states
 * the same claim but for exactly one thing that differs, a count of the same thing ("killing four people" against
 * "killed one person"), a denial of what the other states ("did not meet" against "met"), another weekday, month
 * or year (not the day a report was told: "police said Saturday"). The {@link SupportModel}'s veto says
 * which; the rest must agree strongly: the model's probability without its vetoes at least
 * {@link #MIN_PROBABILITY}, at least {@link #MIN_COVER} of the shorter sentence's stems in the longer, no name on
 * either side that the other lacks. A plan against what happened is another claim, not a contradiction ("is
 * scheduled to meet" against "met"); so is another place, which may be the same place named more or less closely
 * ("in Rafah" against "in Gaza"), and a weekday against a month.
 */
final class Contradictions {
    /** The least probability, vetoes set aside, that the two sentences state the same claim. */
    static final double MIN_PROBABILITY = 0.6;
    /** The least share of the shorter sentence's stems found in the longer. */
    static final double MIN_COVER = 0.6;
    /** A currency before a number: "$5", "£88m", "US$ 5". */
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:[$£€¥₹]|\\b(?:USD|EUR|GBP|Rs)\\.?)\\s?$");
    /** A unit of measure, a currency or a time of day after a number: "200ft", "60 metres", "5 euros", "11am". */
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)\\s?-?\\s?(?:ft|feet|foot|inch(?:es)?|m|cm|mm|km|"
            + "metres?|meters?|kilomet(?:re|er)s?|miles?|mi|yards?|kg|kilos?|kilograms?|grams?|lbs?|pounds?|tons?|"
            + "tonnes?|euros?|dollars?|yen|yuan|rupees?|pesos?|mph|kph|km/h|acres?|hectares?|sq|square|degrees?|°|"
            + "am|pm|a\\.m|p\\.m|gmt|bst|utc|[ecp][sd]?t)(?![\\p{L}])");
    private static final String MONTHS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /** A month before a number: "October 20", "October 2011". */
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b" + MONTHS + "\\.?,?\\s*$");
    /** A month after a number: "20 October", "20th of October". */
    private static final Pattern MONTH_AFTER = Pattern.compile("(?i)\\s?(?:st|nd|rd|th)?\\s?(?:of\\s)?" + MONTHS
            + "\\b");
    /** A bound or estimate before a number: "at least 10" and "more than 100,000" do not deny a larger count. */
    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?i)\\b(?:at least|more than|over|about|around|"
            + "nearly|almost|some|up to|roughly|approximately|an estimated|fewer than|less than|under|as many as|"
            + "dozens of|hundreds of|thousands of)\\s*$");
    /** Digits before or after a number, a space apart: a group of a phone or reference number ("0800 555 111"). */
    private static final Pattern DIGITS_BEFORE = Pattern.compile("\\d\\s$");
    private static final Pattern DIGITS_AFTER = Pattern.compile("\\s\\d");
    /**
     * A contraction of "not" that {@link ClaimText} does not read as one: written apart by tokenised text ("hadn ’
     * t") or without its apostrophe ("cant"). A sentence with one may deny what it seems not to.
     */
    private static final Pattern CONTRACTED = Pattern.compile("(?i)n\\s+['’`]\\s*t\\b|n['’`]\\s+t\\b|\\b(?:cant|"
            + "wont|dont|didnt|doesnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|couldnt|wouldnt|shouldnt|aint)\\b");
    /** A weekday of saying, not of what is said: "police said Saturday", "announced on Monday". */
    private static final Pattern STATED_ON = Pattern.compile("(?i)\\b(?:said|says|say|told|announced|reported|"
            + "confirmed|added|stated)\\s+(?:on\\s+|late\\s+|early\\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday)\\b");
    /** A year: four digits from 1900 to 2099. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final int COUNTS = PairFeatures.NAMES.indexOf("counts_conflict");
    private static final int DAYS = PairFeatures.NAMES.indexOf("days_conflict");
    private static final int NEGATION = PairFeatures.NAMES.indexOf("negation_conflict");
    private static final int COVER = PairFeatures.NAMES.indexOf("stem_cover_short");

    private final List<Candidate> candidates;
    private final Cosines cosines;
    private final SupportModel model;

    private Contradictions(List<Candidate> candidates, Cosines cosines, SupportModel model) {
        this.candidates = candidates;
        this.cosines = cosines;
        this.model = model;
    }

    static Contradictions of(List<Candidate> candidates, Cosines cosines) {
        return new Contradictions(candidates, cosines, SupportModel.shipped());
    }

    /**
     * The summary sentence made of candidate i, with every report that contradicts it: of each report that is not
     * a source, its sentence most like candidate i among those that contradict it, in the order of the reports.
     */
    SummarySentence of(SummarySentence sentence, int i) {
        Candidate own = candidates.get(i);
        Set<String> sources = new HashSet<>(sentence.sources());
        Map<Integer, Found> best = new TreeMap<>();
        Map<Integer, Candidate> wording = new HashMap<>();
        for (int j = 0; j < candidates.size(); j++) {
            Candidate other = candidates.get(j);
            if (sources.contains(other.articleId()) || cosines.of(i, j) < Support.MIN_COSINE) continue;
            Found found = between(own.sentence().text(), own.claim(), other.sentence().text(), other.claim(), model);
            Found before = best.get(other.article());
            if (found != null && (before == null || found.probability() > before.probability())) {
                best.put(other.article(), found);
                wording.put(other.article(), other);
            }
        }
        if (best.isEmpty()) return sentence;
        return sentence.contradictedBy(best.entrySet().stream().map(e -> new SummarySentence.Contradiction(
                wording.get(e.getKey()).articleId(), wording.get(e.getKey()).sentence().text(), e.getValue().kind()))
                .toList());
    }

    /** A contradiction between two sentences: what differs, and the probability that all else states the same. */
    record Found(String kind, double probability) {
    }

    /**
     * Whether one sentence contradicts another: they differ in one thing that is a contradiction ({@link #kind})
     * and agree strongly on all else; null when they do not.
     */
    static Found between(String aText, ClaimText a, String bText, ClaimText b, SupportModel model) {
        double[] x = PairFeatures.of(a, b);
        if (x[COVER] < MIN_COVER) return null;
        double p = model.unvetoed(x);
        if (p < MIN_PROBABILITY) return null;
        String kind = kind(aText, a, bText, b, x);
        return kind == null ? null : new Found(kind, p);
    }

    /**
     * What differs between two sentences that contradict each other, if they differ in one thing only and it is a
     * contradiction ("count", "negation", "day"), else null. Says nothing of how much else they share.
     *
     * @param aText the first sentence, {@code a} what it states
     * @param bText the other sentence, {@code b} what it states
     * @param x     their {@link PairFeatures}
     */
    private static String kind(String aText, ClaimText a, String bText, ClaimText b, double[] x) {
        List<String> kinds = new ArrayList<>();
        for (int k : SupportModel.shipped().vetoes()) {
            if (x[k] == 0) continue;
            if (k == COUNTS && PairFeatures.countsConflict(counts(aText, false), counts(bText, false))) {
                // another year is another day
                kinds.add(PairFeatures.countsConflict(counts(aText, true), counts(bText, true)) ? "count" : "day");
            } else if (k == NEGATION && !CONTRACTED.matcher(aText).find() && !CONTRACTED.matcher(bText).find()) {
                kinds.add("negation");
            } else if (k == DAYS && !STATED_ON.matcher(aText).find()
                    && !STATED_ON.matcher(bText).find()) {
                kinds.add("day");
            } else {
                return null;
            }
        }
        if (kinds.size() != 1 || ownName(a, b) && ownName(b, a)) return null;
        return kinds.get(0);
    }

    /**
     * What a sentence states with only its counts: its numbers that are no measure or sum of money, no bound or
     * estimate, no part of a date or of a phone number are kept, and no year when {@code withoutYears}. A measure may be the same in other units ("200ft",
     * "60m"), a sum in another currency ("103 million euros", "£88m"), and a date tells when, not how many.
     */
    private static ClaimText counts(String text, boolean withoutYears) {
        char[] kept = text.toCharArray();
        for (NumberValues.Mention n : NumberValues.of(text)) {
            String before = text.substring(Math.max(0, n.start() - 14), n.start());
            String after = text.substring(n.end(), Math.min(text.length(), n.end() + 14));
            String written = text.substring(n.start(), n.end());
            boolean digits = Character.isDigit(written.charAt(0));
            if (CURRENCY_BEFORE.matcher(before).find() || UNIT_AFTER.matcher(after).lookingAt()
                    || MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).lookingAt()
                    || HEDGE_BEFORE.matcher(before).find() || withoutYears && YEAR.matcher(written).matches()
                    || digits && (Character.isLetter(written.charAt(written.length() - 1))
                    || written.startsWith("0") && written.length() > 1 || DIGITS_BEFORE.matcher(before).find()
                    || DIGITS_AFTER.matcher(after).lookingAt())) {
                Arrays.fill(kept, n.start(), n.end(), ' ');
            }
        }
        return ClaimText.of(new String(kept), new int[0], 1);
    }

    /** Whether {@code a} names someone or something, a place aside, that {@code b} does not. */
    private static boolean ownName(ClaimText a, ClaimText b) {
        for (long name : a.names()) {
            if (!ClaimText.holds(a.places(), name) && !ClaimText.holds(b.wordHashes(), name)) return true;
        }
        return false;
    }
}
