package crosscheck.clean.metadata;

import crosscheck.core.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who a report credits from its credit lines and bylines: the wire service whose copy it is ("(AP)",
 * "WASHINGTON (Reuters) -", "By Tom Davies, Associated Press") and the people and agencies credited ("Dan Lamothe
 * and Alex Horton contributed to this report", "Reporting by X; Editing by Y"). The lines themselves are not
 * the report's text: the clean stage's boilerplate rules drop them; what they say is kept here.
 */
public final class Credits {
    /** At most this many credits are kept from one report. */
    private static final int MAX = 20;
    /** A line that only names a wire service: "(AP)", "(Reuters)", "— AP", "Associated Press". */
    public static final String WIRE_LINE_REGEX =
            "^[(\\[]?\\s*(?:[—–-]+\\s*)?(?:©\\s*)?(?-i:(" + WireServices.ANY + "))\\s*[)\\]]?\\s*\\.?$";
    private static final Pattern WIRE_LINE = Pattern.compile(WIRE_LINE_REGEX);
    /** "GAZA CITY (AP) —", "WASHINGTON, March 26 (Reuters) -": a wire's dateline opening the report. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[^()]{0,60}?\\((" + WireServices.ANY + ")\\)\\s*(?:[—–-]|--)");
    private static final Pattern ROLE_BY = Pattern.compile("^(?:with\\s+)?(additional\\s+reporting|reporting|editing"
            + "|edited|writing|written|compiled|produced|research|fact-checking)\\s+by\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** Tried only where a run of spaces starts (or the last match ended): see BoilerplateClassifier.INLINE_LINK. */
    private static final Pattern SEMICOLON = Pattern.compile("(?:\\G|(?<!\\s))\\s*;\\s*");
    /** Tried only where a run of spaces starts (or the last match ended), as SEMICOLON. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("(?:\\G|(?<!\\s))\\s*(?:,|&|\\band\\b)\\s*");
    /** Words that lead from a name to where the person reported from: "Jeff Mason in Washington". */
    private static final Set<String> PLACE_WORDS = Set.of("in", "from", "at");
    /** Job titles before a name: "AP Aerospace Writer Marcia Dunn" credits Marcia Dunn. */
    private static final Set<String> TITLES = Set.of("writer", "writers", "correspondent", "correspondents",
            "reporter", "reporters", "editor", "editors", "photographer", "photographers", "journalist",
            "journalists", "staff", "contributor", "contributors", "producer", "producers", "researcher");
    /** Lower-case words inside a name: "Ursula von der Leyen". */
    private static final Set<String> NAME_LINKS = Set.of("de", "da", "van", "von", "der", "al", "el", "bin", "la", "le",
            "di");
    private static final Pattern STAFF = Pattern.compile(
            "(?i)^(?:(?:staff|special|senior)\\s+)?(?:reporters?|correspondents?|writers?|photographers?|editors?"
            + "|journalists?)\\s+");
    private static final Pattern BYLINE_PART = Pattern.compile(
            "(?:\\G|(?<!\\s))(?:\\s*[,|·•–—]|\\s+-(?=\\s)|\\s+(?:for|of)(?=\\s))\\s*");
    private static final Pattern WIRE_STAFF = Pattern.compile("^(" + WireServices.ANY + ")(?:\\s+(?i:staff|writer"
            + "|staff writer|correspondent|reporter|news|wire|journalist|editor))?$");

    private Credits() {
    }

    /** What a report's credit lines and bylines say. */
    public static final class Found {
        /** The wire service whose copy the report is, when a line says so; else null. */
        private String origin;
        private final List<Credit> credits = new ArrayList<>();

        /** The wire service whose copy the report is, when a line says so; else null. */
        public String origin() {
            return origin;
        }

        /** The people and agencies credited, in order (the list itself, not a copy). */
        public List<Credit> credits() {
            return credits;
        }

        void credit(String name, String role) {
            if (credits.size() >= MAX) return;
            Credit credit = new Credit(name, role);
            if (!credits.contains(credit)) credits.add(credit);
        }

        /** Notes the wire service whose copy the report is, unless one was noted before. */
        public void origin(String wire) {
            if (origin == null) origin = wire;
        }
    }

    /**
     * Reads a credit line into {@code found}: a wire credit ("(AP)", "Reuters"), a contributor line or a "Reporting
     * by ..." line. Lines that credit no one leave it as it was.
     */
    public static void readLine(String text, Found found) {
        String line = text.strip();
        Matcher wire = WIRE_LINE.matcher(line);
        if (wire.matches()) {
            String agency = WireServices.of(wire.group(1));
            found.origin(agency);
            found.credit(agency, "wire service");
            return;
        }
        if (line.startsWith("(") && line.endsWith(")")) line = line.substring(1, line.length() - 1).strip();
        for (String part : SEMICOLON.split(line)) {
            Matcher by = ROLE_BY.matcher(part);
            if (by.matches()) {
                String role = role(by.group(1));
                for (String name : names(by.group(2))) found.credit(name, role);
                continue;
            }
            int contributed = part.toLowerCase(Locale.ROOT).indexOf("contribut");
            if (contributed > 0) {
                String who = part.substring(0, contributed).strip();
                if (who.toLowerCase(Locale.ROOT).endsWith(" also")) who = who.substring(0, who.length() - 5);
                for (String name : names(who)) found.credit(name, "contributed");
            }
        }
    }

    /** The wire service a report's opening dateline names ("GAZA CITY (AP) — ..."), or null. */
    public static String datelineWire(String text) {
        Matcher dateline = DATELINE.matcher(text);
        return dateline.find() ? WireServices.of(dateline.group(1)) : null;
    }

    /**
     * The wire service a byline names beside the writer ("By Tom Davies, Associated Press", "Jane Doe | Reuters",
     * "By The Associated Press"), or null.
     */
    public static String bylineWire(String byline) {
        if (byline == null) return null;
        String text = byline.strip().replaceFirst("(?i)^by\\s+", "");
        for (String part : BYLINE_PART.split(text)) {
            Matcher wire = WIRE_STAFF.matcher(part.strip());
            if (wire.matches()) return WireServices.of(wire.group(1));
        }
        return null;
    }

    private static String role(String said) {
        String role = said.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (role) {
            case "edited" -> "editing";
            case "written" -> "writing";
            case "compiled" -> "compiling";
            case "produced" -> "production";
            default -> role;
        };
    }

    /** The names in "Dan Lamothe and Alex Horton", "Jeff Mason in Washington, Steve Holland": agencies by their name. */
    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        String list = text.strip();
        int end = list.length();
        while (end > 0 && (list.charAt(end - 1) == '.' || list.charAt(end - 1) == ')')) end--;
        for (String part : NAME_SEPARATOR.split(list.substring(0, end))) {
            String name = STAFF.matcher(withoutPlace(part.strip())).replaceFirst("");
            String wire = WireServices.of(name);
            if (wire != null) {
                names.add(wire);
                continue;
            }
            // a person's name has two words or more: "Florida" in "Marcia Dunn in Cape Canaveral, Florida" is none
            String found = nameAtEnd(name);
            if (found != null && Texts.words(found) >= 2 && Texts.words(found) <= 5) names.add(found);
        }
        return names;
    }

    /** "Jeff Mason" for "Jeff Mason in Washington". */
    private static String withoutPlace(String text) {
        String[] words = text.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (PLACE_WORDS.contains(words[i])) return String.join(" ", Arrays.copyOf(words, i));
        }
        return text;
    }

    /**
     * The name that ends a text ("Jane Doe" for "staff writer Jane Doe", "Marcia Dunn" for "AP Aerospace Writer
     * Marcia Dunn"), or null when it ends with none.
     */
    static String nameAtEnd(String text) {
        String[] words = text.strip().split("\\s+");
        int start = words.length;
        for (int i = words.length - 1; i >= 0; i--) {
            if (TITLES.contains(words[i].toLowerCase(Locale.ROOT))) break;
            if (isNameWord(words[i])) start = i;
            else if (!NAME_LINKS.contains(words[i])) break;
        }
        return start == words.length ? null : String.join(" ", Arrays.copyOfRange(words, start, words.length));
    }

    /** Whether a text is a name and nothing else: capitalised words, with "de", "van" and the like between. */
    public static boolean isName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0 || !isNameWord(words[0])) return false;
        for (String word : words) if (!isNameWord(word) && !NAME_LINKS.contains(word)) return false;
        return true;
    }

    /** "Lamothe", "O’Brien", "Jean-Pierre", "J.": a capital, then letters, apostrophes, dots and hyphens. */
    private static boolean isNameWord(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '.' && c != '-') return false;
        }
        return true;
    }
}
