package crosscheck.digest;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Country names: the English names the JDK knows for ISO 3166 codes, with the short forms and older names
 * news use ("U.S.", "USA", "America", "Britain", "Turkey"), each mapped to one name.
 */
final class Countries {
    private static final Map<String, String> NAMES = names();

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

    /** The one name of the country a spelling names ("U.S." gives "United States"), or null. */
    static String canonical(String spelling) {
        String name = NAMES.get(spelling);
        if (name == null && spelling.indexOf('.') >= 0) name = NAMES.get(spelling.replace(".", ""));
        return name;
    }

    static boolean isCountry(String spelling) {
        return canonical(spelling) != null;
    }

    /** Short forms that may stand before other capitalised words: "U.S. State Department". */
    static boolean isAbbreviation(String spelling) {
        String name = canonical(spelling);
        return name != null && spelling.replace(".", "").chars().allMatch(Character::isUpperCase);
    }
}
