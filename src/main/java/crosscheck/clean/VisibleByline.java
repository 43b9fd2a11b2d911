package crosscheck.clean;

import crosscheck.clean.metadata.Credits;
import crosscheck.core.Texts;
import crosscheck.dates.DateFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline as a page shows it above the report, with or without "By" and with when it was published: "By Tom
 * Davies, Associated Press", "Tom Davies, Associated Press, Published 11:34 PM EST Nov 19, 2019", "Tom Davies |
 * Reuters | Updated 19 November 2019". Without "By", a line counts as a byline only when a part after the name
 * says what the name is (a wire service, "Staff Writer") or when it is published: "Jewish News Syndicate
 * 24.03.2024" is an outlet and a date, not a byline.
 *
 * @param author the writer's name, or null when the line names only an agency ("By The Associated Press")
 * @param wire   the wire service the line names, or null
 * @param date   the day the line says the report was published or updated, or null
 */
record VisibleByline(String author, String wire, LocalDate date) {
    private static final Pattern BY = Pattern.compile("(?i)^(?:(?:written|posted|published|reported|story)\\s+)?by\\s+");
    /** Tried only where a run of spaces starts (or the last match ended): see BoilerplateClassifier.INLINE_LINK. */
    private static final Pattern PART = Pattern.compile("(?:\\G|(?<!\\s))(?:\\s*[,|·•–—]|\\s+-(?=\\s))\\s*");
    private static final Pattern WHEN = Pattern.compile("(?i)^(?:(?:first\\s+)?published|(?:last\\s+)?updated"
            + "|posted|modified|created)\\b.*");
    private static final Pattern TIME = Pattern.compile("(?i)^(?:on|at)?\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
            + "\\s*(?-i:\\p{Lu}{2,4})?$");
    private static final Pattern ROLE = Pattern.compile("(?i)^(?:(?:the\\s+)?(?:staff|senior|special|chief|political"
            + "|foreign|associate|contributing|managing|digital|national|local|news)\\s+)*(?:writer|reporter|correspondent"
            + "|editor|journalist|columnist|contributor|producer)s?$");

    /** The byline a line of the page is, or null when it is none. */
    static VisibleByline read(String text) {
        if (text.length() > 200 || Texts.words(text) > 25 || Texts.innerSentenceBreaks(text) > 0) return null;
        Matcher by = BY.matcher(text);
        boolean saysBy = by.lookingAt();
        String rest = saysBy ? text.substring(by.end()) : text;
        Optional<DateFinder.Found> found = DateFinder.first(rest, DateFinder.Form.ALL, DateFinder::isPageYear);
        LocalDate date = null;
        String names = rest;
        if (found.isPresent()) {
            String after = rest.substring(found.get().end()).strip();
            if (!after.isEmpty() && !BoilerplateClassifier.isDateWidget("1.1.2000 " + after)) return null;
            date = found.get().date();
            names = rest.substring(0, found.get().start());
        }
        List<String> parts = new ArrayList<>();
        boolean when = false;
        for (String part : PART.split(names.strip())) {
            String p = part.strip();
            if (p.isEmpty() || TIME.matcher(p).matches()) continue;
            if (WHEN.matcher(p).matches()) {
                when = true;
                break;
            }
            parts.add(p);
        }
        if (parts.isEmpty() || parts.size() > 4) return null;
        String wire = null;
        boolean described = false;
        for (int i = 1; i < parts.size(); i++) {
            String w = Credits.bylineWire(parts.get(i));
            if (w != null && wire == null) wire = w;
            described |= w != null || ROLE.matcher(parts.get(i)).matches();
        }
        String first = parts.get(0);
        String firstWire = Credits.bylineWire(first);
        if (firstWire != null) {
            return saysBy && parts.size() == 1 ? new VisibleByline(null, firstWire, date) : null;
        }
        if (!Credits.isName(first) || Texts.words(first) < 2 || Texts.words(first) > 4) return null;
        if (!saysBy && !(described || (when && date != null && parts.size() >= 2))) return null;
        for (int i = 1; i < parts.size(); i++) {
            String p = parts.get(i);
            if (Texts.words(p) > 5 || Texts.endsSentence(p)) return null;
        }
        return new VisibleByline(first, wire, date);
    }
}
