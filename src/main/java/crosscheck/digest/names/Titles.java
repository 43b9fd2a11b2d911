package crosscheck.digest.names;

import java.util.Locale;
import java.util.Set;

/**
 * Titles, ranks and offices that stand before a person's name ("Defense Secretary", "Maj. Gen. (res.)",
 * "national security adviser"): stripped from the name and taken as evidence that it names a person.
 */
final class Titles {
    /** Words that make a title on their own: "President", "Minister", "Gen.". */
    private static final Set<String> HEADS = Set.of(
            "President", "Minister", "Premier", "Chancellor", "Secretary", "Adviser", "Advisor", "Chairman",
            "Chairwoman", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "Commander", "Chief",
            "Ambassador", "Envoy", "Governor", "Gov.", "Mayor", "Senator", "Sen.", "Rep.", "Representative",
            "Congressman", "Congresswoman", "King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Sultan",
            "Rabbi", "Pope", "Cardinal", "Archbishop", "Judge", "Counterpart", "Mr.", "Mrs.", "Ms.", "Dr.",
            "Mr", "Mrs", "Ms", "Dr", "Prof.", "General", "Gen.", "Lieutenant", "Lt.", "Colonel", "Col.",
            "Major", "Maj.", "Brigadier", "Brig.", "Captain", "Capt.", "Sergeant", "Sgt.", "Admiral", "Adm.",
            "Corporal", "Cpl.", "Private", "Pvt.", "Cmdr.", "Marshal", "CEO", "GM", "Coach", "Manager", "Officer",
            "Clerk", "Rev.", "Reverend", "Pastor", "Bishop", "Imam", "Justice");
    /** Words that qualify a title: "Defense" Secretary, "Prime" Minister, Joint "Chiefs of Staff". */
    private static final Set<String> MODIFIERS = Set.of(
            "Defense", "Defence", "Foreign", "Prime", "Deputy", "Vice", "Assistant", "Acting", "Former", "Interim",
            "Health", "Finance", "Interior", "Justice", "Security", "National", "Homeland", "State", "Press",
            "Joint", "Chiefs", "Staff", "Army", "Navy", "Naval", "Air", "Force", "Military", "Intelligence",
            "Senior", "Affairs", "Home", "Economy", "Energy", "Treasury", "War", "Education", "Trade", "Commerce",
            "Supreme", "Attorney", "Solicitor", "Surgeon", "Majority", "Minority", "Opposition", "Cabinet",
            "Information", "Communications", "Regional", "Executive", "Managing", "First", "Top");
    /** Rank marks that follow a rank: "Maj. Gen. (res.)". */
    private static final Set<String> RANK_SUFFIXES = Set.of("(res.)", "(ret.)", "(res)", "(ret)");
    /** Lower-case titles before a name: "spokesman Matthew Miller", "his counterpart Lloyd Austin". */
    private static final Set<String> LOWER_CASE = Set.of(
            "president", "minister", "premier", "chancellor", "secretary", "adviser", "advisor", "chairman",
            "chairwoman", "director", "spokesman", "spokeswoman", "spokesperson", "commander", "chief",
            "ambassador", "envoy", "governor", "mayor", "senator", "counterpart", "general", "colonel", "captain",
            "sergeant", "admiral", "lieutenant", "leader", "official", "officer", "diplomat", "negotiator",
            "rabbi", "sheikh", "king", "queen", "prince", "judge", "agent", "owner", "lawyer", "attorney", "pastor",
            "bishop", "imam", "son", "daughter", "wife", "husband", "brother", "sister", "actress", "actor",
            "singer", "coach", "manager", "executive", "founder", "rep", "analyst", "professor");

    private Titles() {
    }

    static boolean isHead(String word) {
        return HEADS.contains(word);
    }

    static boolean isModifier(String word) {
        return MODIFIERS.contains(word);
    }

    static boolean isRankSuffix(String word) {
        return RANK_SUFFIXES.contains(word);
    }

    /** Any word of a title, capitalised: "Defense", "Secretary", "(res.)". */
    static boolean isTitleWord(String word) {
        return isHead(word) || isModifier(word) || isRankSuffix(word);
    }

    /** A title, profession or kinship word written in lower case before a name: "spokesman", "his son". */
    static boolean isLowerCase(String word) {
        return LOWER_CASE.contains(word.toLowerCase(Locale.ROOT));
    }
}
