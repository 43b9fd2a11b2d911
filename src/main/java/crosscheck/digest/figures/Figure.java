package crosscheck.digest.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One thing the reports count (people killed, hostages taken, votes in favour, ...), with every value the
 * reports give for it side by side. Differing values are never merged into one number: each stays a
 * {@link Claim} as its reports wrote it, with the reports that give it.
 *
 * @param measure  what is counted, in words: "killed", "taken hostage", "civilians killed", "votes in favor",
 *                 "battalions", ...
 * @param occasion the day the count belongs to where the reports' sentences name it ("October 7"), else null
 * @param place    the place the count is set in when it is not one of the event's main places ("Iraq and Syria"):
 *                 a count of somewhere else, shown with its place and never compared with the event's own; null
 *                 for the event's own counts
 * @param disputed whether two reports give values that cannot both be true: "240" against "253", "almost 1,200"
 *                 against "at least 1,200"; never values that can ("over 32,000" and "more than 30,000")
 * @param claims   the values given, in the order the event's reports first give them
 */
public record Figure(String measure, String occasion, String place, boolean disputed, List<Claim> claims) {

    /**
     * One value of a figure, as written, with the reports that give it.
     *
     * @param value     the number as the report writes it, with its qualifier: "253", "over 32,000", "almost 1,200"
     * @param low       the least whole number the value allows: the number itself, one more for "over", a tenth
     *                  less for "almost" or "about", 0 for "up to"
     * @param high      the most it allows: one less for "almost" or "fewer than", a tenth more for "about", or -1
     *                  when it is open ("over", "at least", "thousands of")
     * @param sentence  the sentence of the first report giving it, verbatim
     * @param authority who that sentence attributes the value to, in its words ("the Israeli Health Ministry"),
     *                  else null
     * @param sources   ids of the reports giving this value, in the event's order
     */
    public record Claim(String value, long low, long high, String sentence, String authority, List<String> sources) {
        public Claim {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(sentence, "sentence");
            sources = List.copyOf(sources);
            if (sources.isEmpty()) throw new IllegalArgumentException("a claim needs the report that gives it");
        }
    }

    public Figure {
        Objects.requireNonNull(measure, "measure");
        claims = List.copyOf(claims);
        if (claims.isEmpty()) throw new IllegalArgumentException("a figure needs at least one claim");
    }

    /** Ids of every report giving a value for this figure, in order of first appearance, each once. */
    public List<String> sources() {
        List<String> out = new ArrayList<>();
        for (Claim claim : claims) {
            for (String id : claim.sources()) {
                if (!out.contains(id)) out.add(id);
            }
        }
        return out;
    }
}
