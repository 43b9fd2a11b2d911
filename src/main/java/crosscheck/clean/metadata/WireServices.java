package crosscheck.clean.metadata;

import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The news agencies whose copy other outlets run, by the names a page writes for them ("AP", "The Associated
 * Press"), each with the one name a report's {@code origin} gives it ("Associated Press").
 */
final class WireServices {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("AP", "Associated Press"), Map.entry("Associated Press", "Associated Press"),
            Map.entry("The Associated Press", "Associated Press"), Map.entry("the Associated Press", "Associated Press"),
            Map.entry("ASSOCIATED PRESS", "Associated Press"), Map.entry("THE ASSOCIATED PRESS", "Associated Press"),
            Map.entry("Reuters", "Reuters"), Map.entry("REUTERS", "Reuters"), Map.entry("Thomson Reuters", "Reuters"),
            Map.entry("AFP", "AFP"), Map.entry("Agence France-Presse", "AFP"), Map.entry("Agence France Presse", "AFP"),
            Map.entry("UPI", "UPI"), Map.entry("United Press International", "UPI"),
            Map.entry("dpa", "dpa"), Map.entry("DPA", "dpa"), Map.entry("Deutsche Presse-Agentur", "dpa"),
            Map.entry("EFE", "EFE"), Map.entry("Agencia EFE", "EFE"), Map.entry("ANSA", "ANSA"),
            Map.entry("Xinhua", "Xinhua"), Map.entry("XINHUA", "Xinhua"), Map.entry("Kyodo", "Kyodo News"),
            Map.entry("Kyodo News", "Kyodo News"), Map.entry("Yonhap", "Yonhap"), Map.entry("TASS", "TASS"),
            Map.entry("PA", "PA Media"), Map.entry("PA Media", "PA Media"), Map.entry("Press Association", "PA Media"),
            Map.entry("Bloomberg", "Bloomberg"), Map.entry("ANI", "ANI"), Map.entry("PTI", "PTI"),
            Map.entry("IANS", "IANS"), Map.entry("CP", "The Canadian Press"),
            Map.entry("The Canadian Press", "The Canadian Press"), Map.entry("Canadian Press", "The Canadian Press"),
            Map.entry("AAP", "AAP"), Map.entry("Australian Associated Press", "AAP"));

    /** Any of the names, longest first, case as written: for patterns over a line ({@code (?-i:...)} inside). */
    static final String ANY = NAMES.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).collect(Collectors.joining("|"));

    private WireServices() {
    }

    /** The agency a name stands for ("Associated Press" for "AP"), or null when it names none. */
    static String of(String name) {
        return name == null ? null : NAMES.get(name.strip());
    }
}
