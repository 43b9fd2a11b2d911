package crosscheck.digest.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country names: the English names the JDK knows for ISO 3166 codes, with the short forms and older names
 * news use ("U.S.", "USA", "America", "Britain", "Turkey"), each mapped to one name.
 */
final class Countries {
    private static final Map<String, String> NAMES = names();
    private static final List<String> DEMONYM_ENDINGS =
            List.of("ians", "ian", "ans", "an", "ese", "is", "i", "ish", "ns", "n", "s");
    /** One-word country and continent names, for nationalities made from them. */
    private static final List<String> SINGLE_WORD_NAMES = singleWordNames();

    private Countries() {
    }

    private static Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (name.matches("[\\p{L} .'’]+")) names.put(name, name);
        }
        String[][] aliases = {
                {"US", "United States"}, {"USA", "United States"}, {"America", "United States"},
                {"United States of America", "United States"}, {"UK", "United Kingdom"},
                {"Britain", "United Kingdom"}, {"Great Britain", "United Kingdom"},
                {"UAE", "United Arab Emirates"}, {"Türkiye", "Turkey"}, {"Turkey", "Turkey"},
                {"Palestine", "Palestine"}, {"Burma", "Myanmar"}, {"Myanmar", "Myanmar"},
                {"Czech Republic", "Czechia"}, {"Ivory Coast", "Côte d’Ivoire"}, {"Congo", "Congo"},
                {"Hong Kong", "Hong Kong"}, {"Vatican", "Vatican City"}, {"Kosovo", "Kosovo"},
                {"East Timor", "Timor-Leste"}, {"Russian Federation", "Russia"}, {"Syrian Arab Republic", "Syria"}};
        for (String[] alias : aliases) names.put(alias[0], alias[1]);
        return Map.copyOf(names);
    }

    private static List<String> singleWordNames() {
        List<String> names = new ArrayList<>(List.of("Africa", "America", "Asia", "Europe", "Arabia"));
        for (String name : new TreeMap<>(NAMES).keySet()) {
            if (name.matches("\\p{Lu}\\p{Ll}+")) names.add(name);
        }
        return List.copyOf(names);
    }

    /** The one name of the country a spelling names ("U.S." gives "United States"), or null. */
    static String canonical(String spelling) {
        String name = NAMES.get(spelling);
        if (name == null && spelling.indexOf('.') >= 0) name = NAMES.get(spelling.replace(".", ""));
        return name;
    }

    static boolean isCountry(String spelling) {
        return canonical(spelling) != null;
    }

    /**
     * A nationality made from a country's or continent's name: "Somali" and "Somalian" of Somalia, "Yemeni"
     * of Yemen, "Israelis" of Israel, "Thai" of Thailand, "Turkmen" of Turkmenistan. Not a country's name.
     */
    /** Answers of {@link #isDemonym} already worked out: it tries every country name, and names recur. */
    private static final Map<String, Boolean> DEMONYMS_SEEN = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 200_000;

    static boolean isDemonym(String word) {
        Boolean known = DEMONYMS_SEEN.get(word);
        if (known != null) return known;
        boolean demonym = demonym(word);
        if (DEMONYMS_SEEN.size() < MAX_SEEN) DEMONYMS_SEEN.put(word, demonym);
        return demonym;
    }

    private static boolean demonym(String word) {
        if (word.length() < 4 || isCountry(word) || word.indexOf(' ') >= 0) return false;
        if (word.endsWith("s") && isDemonym(word.substring(0, word.length() - 1))) return true; // "Turkmens"
        for (String name : SINGLE_WORD_NAMES) {
            if (name.startsWith(word) && List.of("land", "stan", "istan").contains(name.substring(word.length()))
                    && !name.equals("Greenland")) {
                return true;
            }
            for (int cut = 0; cut <= 2 && name.length() - cut >= 4; cut++) {
                String stem = name.substring(0, name.length() - cut);
                String ending = word.startsWith(stem) ? word.substring(stem.length()) : null;
                if (ending != null && (DEMONYM_ENDINGS.contains(ending) || ending.isEmpty() && cut == 1)) return true;
            }
        }
        return false;
    }

    /** Short forms that may stand before other capitalised words: "U.S. State Department". */
    static boolean isAbbreviation(String spelling) {
        String name = canonical(spelling);
        return name != null && spelling.replace(".", "").chars().allMatch(Character::isUpperCase);
    }
}
