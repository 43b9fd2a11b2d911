package crosscheck.digest.names;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One name as a sentence writes it, titles and possessives stripped, with what the sentence says about
 * its kind.
 *
 * @param spelling the name: "Yoav Gallant", "Galante", "UN Security Council"
 * @param report   index of the report in its event
 * @param clues    evidence of its kind
 * @param runOn    whether it is a whole run of capitalised words with no title: it may be two names that
 *                 a garbled sentence runs together ("Pentagon Lloyd Austin")
 * @param roles    the roles the sentence gives the name in its own words ({@link Roles}): its title, an
 *                 apposition; empty when it gives none
 */
record NameMention(String spelling, int report, Set<Clue> clues, boolean runOn, List<String> roles) {
    /** Evidence of a name's kind: strong clues decide, weak ones only where no strong one is known. */
    enum Clue {
        TITLE(Entity.Kind.PERSON, true),
        APPOSITION(Entity.Kind.PERSON, true),
        SPEAKER(Entity.Kind.PERSON, false),
        ORGANISATION_WORD(Entity.Kind.ORGANISATION, true),
        GROUP_CONTEXT(Entity.Kind.ORGANISATION, true),
        ACRONYM(Entity.Kind.ORGANISATION, true),
        INSTITUTION(Entity.Kind.ORGANISATION, true),
        COUNTRY(Entity.Kind.PLACE, true),
        PLACE_WORD(Entity.Kind.PLACE, true),
        PLACE_CONTEXT(Entity.Kind.PLACE, true),
        PREPOSITION(Entity.Kind.PLACE, false);

        final Entity.Kind kind;
        final boolean strong;

        Clue(Entity.Kind kind, boolean strong) {
            this.kind = kind;
            this.strong = strong;
        }
    }

    NameMention {
        EnumSet<Clue> copy = EnumSet.noneOf(Clue.class);
        copy.addAll(clues);
        clues = Collections.unmodifiableSet(copy);
        roles = List.copyOf(roles);
    }

    /** A mention that gives no role. */
    NameMention(String spelling, int report, Set<Clue> clues, boolean runOn) {
        this(spelling, report, clues, runOn, List.of());
    }

    List<String> words() {
        return Arrays.asList(spelling.split(" "));
    }

    /** The clues a spelling gives by itself: "Ministry" in it, an acronym, a country's name. */
    static EnumSet<Clue> spellingClues(List<String> words) {
        EnumSet<Clue> clues = EnumSet.noneOf(Clue.class);
        String name = String.join(" ", words);
        String last = words.get(words.size() - 1);
        if (Countries.isCountry(name)) clues.add(Clue.COUNTRY);
        else if (NameWords.isInstitution(name)) clues.add(Clue.INSTITUTION);
        else if (words.size() == 1 && NameSpellings.isAcronym(name)) clues.add(Clue.ACRONYM);
        else if (NameWords.isPlaceWord(last)) clues.add(Clue.PLACE_WORD);
        else if (words.stream().anyMatch(NameWords::isOrganisationWord)) clues.add(Clue.ORGANISATION_WORD);
        return clues;
    }
}
