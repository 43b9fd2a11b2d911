package crosscheck.digest.names;

import java.util.Locale;
import java.util.Set;

/**
 * Word lists that tell names apart and tell their kind: nationality adjectives, calendar words, common
 * capitalised non-names, particles inside names, and the words that mark organisations and places.
 */
final class NameWords {
    /** Nationality and group adjectives stripped from the front of names: "Israeli Defense Minister ...". */
    private static final Set<String> DEMONYMS = Set.of(
            "Israeli", "Israelis", "Palestinian", "Palestinians", "American", "Americans", "Lebanese", "Syrian",
            "Syrians", "Iraqi", "Iraqis", "Iranian", "Iranians", "Egyptian", "Egyptians", "Jordanian", "Saudi",
            "Saudis", "Emirati", "Qatari", "Yemeni", "Yemenis", "Turkish", "Russian", "Russians", "Ukrainian",
            "Ukrainians", "Chinese", "British", "French", "German", "Germans", "Italian", "Spanish", "European",
            "Europeans", "Arab", "Arabs", "Arabic", "Jewish", "Jews", "Muslim", "Muslims", "Christian",
            "Christians", "Gazan", "Gazans", "Afghan", "Afghans", "Pakistani", "Indian", "Kurdish", "Kurds",
            "Sudanese", "Libyan", "Tunisian", "Moroccan", "Algerian", "Somali", "Ethiopian", "Eritrean",
            "Nigerian", "Malian", "Japanese", "Korean", "Polish", "Belarusian", "Georgian", "Armenian",
            "Azerbaijani", "Western", "Sunni", "Shia", "Shiite", "Hebrew", "Persian", "Bedouin", "Druze",
            "Canadian", "Australian", "Mexican", "Brazilian", "Venezuelan", "Colombian", "Cuban", "Greek",
            "Cypriot", "Dutch", "Swedish", "Norwegian", "Danish", "Finnish", "Swiss", "Austrian", "Belgian",
            "Irish", "Scottish", "Welsh", "English", "Israeli-Palestinian", "Soviet", "Asian", "African", "Latin",
            "Republican", "Republicans", "Democrat", "Democrats", "Democratic");
    private static final Set<String> WEEKDAYS = Set.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.");
    private static final Set<String> MONTHS = Set.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
            "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Apr", "Aug", "Sept", "Oct", "Nov", "Dec");
    /** Capitalised words that are not names: page furniture, adverbs that open clauses, times of day. */
    private static final Set<String> NON_NAMES = Set.of(
            "Today", "Tonight", "Yesterday", "Tomorrow", "Meanwhile", "However", "Additionally", "Furthermore",
            "Moreover", "According", "Read", "Leave", "Reply", "Comment", "Comments", "Share", "Photo", "Video",
            "Image", "Advertisement", "Subscribe", "Click", "Related", "Updated",
            "Copyright", "Login", "Menu", "Latest", "Breaking", "Opinion", "EST", "EDT", "GMT", "UTC", "AM", "PM",
            "OK", "TV", "PDF", "Yes", "No", "Mr", "Mrs", "Ms", "Jr", "Jr.", "Sr", "Sr.");
    /** Lower-case particles inside names: "Osama bin Laden", "Ursula von der Leyen". */
    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "bin", "bint", "ibn", "abu", "de", "da", "del", "der", "di", "du", "la", "le", "van",
            "von", "ben", "ter", "dos", "das");
    /** Prefixes joined to a name by a hyphen: "al-Sinwar". */
    private static final Set<String> HYPHEN_PARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az");
    /** Words that make a name an organisation: "Health Ministry", "Democratic Party". */
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "Ministry", "Department", "Council", "Party", "Forces", "Army", "Navy", "Agency", "Organization",
            "Organisation", "Committee", "Court", "Assembly", "Parliament", "Government", "Administration",
            "Office", "Commission", "Union", "Nations", "Fund", "Authority", "Corporation", "Company", "Inc.",
            "Ltd.", "Group", "Association", "University", "Institute", "Foundation", "Brigades", "Brigade",
            "Movement", "Front", "League", "Division", "Command", "Guard", "Guards", "Police", "Service",
            "Services", "Bureau", "Network", "Syndicate", "Press", "Times", "Post", "Cabinet", "Coalition",
            "Alliance", "Center", "Centre", "Program", "Programme", "Unit", "Corps", "Squad", "Federation",
            "Crescent", "Cross", "Bank", "Congress", "Senate", "House");
    /** Organisations named by one word of their own. */
    private static final Set<String> INSTITUTIONS = Set.of(
            "Pentagon", "Congress", "Senate", "Knesset", "Kremlin", "White House", "Parliament", "NATO", "Interpol");
    /** Words that end place names: "Gaza Strip", "Middle East". */
    private static final Set<String> PLACE_WORDS = Set.of(
            "Strip", "City", "Province", "Region", "Valley", "Heights", "East", "Sea", "River", "Mountains",
            "Island", "Islands", "Peninsula", "Gulf", "Coast", "Desert", "Square", "Street", "Crossing",
            "District", "Governorate", "County", "Camp", "Border", "Bay", "Lake", "Ocean", "Canal", "Hills");
    /** Lower-case nouns that make the name next to them a place: "the city of Rafah", "Gaza's border". */
    private static final Set<String> PLACE_NOUNS = Set.of(
            "city", "town", "village", "capital", "border", "province", "region", "district", "governorate",
            "neighborhood", "neighbourhood", "coast", "coastline", "port", "crossing", "enclave", "territory",
            "country", "state");
    /** Verbs of speech after a name: "Teixeira said", a weak sign of a person. */
    private static final Set<String> SPEECH = Set.of(
            "said", "says", "told", "added", "stressed", "noted", "warned", "explained", "insisted", "wrote",
            "tweeted", "argued", "acknowledged", "recalled", "replied", "asked", "admitted", "denied");
    /** Lower-case nouns that make the name next to them an organisation: "militant group Hezbollah". */
    private static final Set<String> GROUP_NOUNS = Set.of(
            "group", "groups", "organization", "organisation", "movement", "militia", "militias", "faction",
            "militants", "party");
    /** Words before a name that place it: "in Gaza", "to Washington". */
    private static final Set<String> PREPOSITIONS = Set.of(
            "in", "at", "near", "to", "from", "into", "across", "toward", "towards", "outside", "inside",
            "throughout", "around", "via", "through");
    /** Words between a preposition and a place: "in the southern Gaza city". */
    private static final Set<String> PLACE_ADJECTIVES = Set.of(
            "the", "southern", "northern", "eastern", "western", "central", "occupied", "besieged", "war-torn");
    /** Words of an organisation or place that do not name one on their own. */
    private static final Set<String> DIRECTIONS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Middle");

    private NameWords() {
    }

    /** "Israeli", "Somalis", "Thai": a nationality, listed or made from a country's name. */
    static boolean isDemonym(String word) {
        return DEMONYMS.contains(word) || Countries.isDemonym(word);
    }

    static boolean isWeekday(String word) {
        return WEEKDAYS.contains(word);
    }

    static boolean isMonth(String word) {
        return MONTHS.contains(word);
    }

    static boolean isNonName(String word) {
        return NON_NAMES.contains(word);
    }

    static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }

    /** "al-Sinwar": a lower-case particle joined by a hyphen to a capitalised name. */
    static boolean isParticleName(String word) {
        int dash = word.indexOf('-');
        return dash > 0 && dash + 1 < word.length() && HYPHEN_PARTICLES.contains(word.substring(0, dash))
                && Character.isUpperCase(word.codePointAt(dash + 1));
    }

    static boolean isOrganisationWord(String word) {
        return ORGANISATION_WORDS.contains(word);
    }

    static boolean isInstitution(String name) {
        return INSTITUTIONS.contains(name);
    }

    static boolean isPlaceWord(String word) {
        return PLACE_WORDS.contains(word);
    }

    static boolean isPlaceNoun(String word) {
        return PLACE_NOUNS.contains(word);
    }

    static boolean isGroupNoun(String word) {
        return GROUP_NOUNS.contains(word);
    }

    static boolean isSpeech(String word) {
        return SPEECH.contains(word);
    }

    static boolean isPreposition(String word) {
        return PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT)) && Character.isLowerCase(word.charAt(0));
    }

    static boolean isPlaceAdjective(String word) {
        return PLACE_ADJECTIVES.contains(word);
    }

    /** A word that names nothing on its own: a title word, an organisation or place word, a direction. */
    static boolean isGeneric(String word) {
        return Titles.isTitleWord(word) || isOrganisationWord(word) && !isInstitution(word) || isPlaceWord(word)
                || DIRECTIONS.contains(word) || isDemonym(word);
    }
}
