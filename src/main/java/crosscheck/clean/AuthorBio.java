package crosscheck.clean;

import crosscheck.core.Texts;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An author's bio: a paragraph about the writer, in the third person ("Jane Smith is a staff reporter covering
 * defence"), found after a byline or at the end of an article. It reads like a report sentence, which is why one at
 * the end is dropped only when it is about the report's own author (the byline's name) or shows how to reach or
 * follow the writer: a report about a detained journalist may well end on "Evan Gershkovich is a reporter for the
 * Wall Street Journal".
 */
final class AuthorBio {
    private static final Pattern THIRD_PERSON = Pattern.compile(
            "^" + BoilerplateRules.NAME + "\\s+(?:is|was|has been|covers|writes)\\s+(?:a|an|the)?\\s*"
            + "(?:[\\p{L}-]+\\s+){0,8}?"
            + "(?:writer|journalist|reporter|editor|author|blogger|correspondent|columnist|contributor|freelancer)\\b",
            Pattern.UNICODE_CASE);
    /** How a bio says to reach or follow its writer. */
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)\\b(?:follow (?:him|her|them) (?:on|at)|(?:he|she|they) can be reached|reach (?:him|her|them) at"
            + "|contact (?:him|her|them) at|e-?mail (?:him|her|them)|(?:his|her|their) (?:work|writing) has appeared)"
            + "|(?<![\\w.])@\\w{2,}");
    /** Most words of a bio. */
    private static final int MOST_WORDS = 80;
    /** Paragraphs of the report's own prose that must stay before a bio at the end is dropped. */
    private static final int BODY_BEFORE = 2;

    private AuthorBio() {
    }

    /** A short paragraph that introduces a writer in the third person. */
    static boolean isThirdPerson(String text) {
        return Texts.words(text) <= MOST_WORDS && THIRD_PERSON.matcher(text).find();
    }

    /**
     * Drops the bios that end the report: kept paragraphs from the last one back, each about the report's author
     * ({@code author}, the byline's name, may be null) or showing how to reach the writer, with at least two
     * paragraphs of prose before them.
     */
    static void dropAtTheEnd(List<Piece> pieces, String author) {
        int body = 0;
        for (Piece piece : pieces) if (piece.kept() && BoilerplateClassifier.isBody(piece)) body++;
        for (int i = pieces.size() - 1; i >= 0; i--) {
            Piece piece = pieces.get(i);
            if (!piece.kept()) continue;
            boolean isBody = BoilerplateClassifier.isBody(piece);
            if (!isThirdPerson(piece.text) || !(aboutAuthor(piece.text, author) || CONTACT.matcher(piece.text).find())
                    || body - (isBody ? 1 : 0) < BODY_BEFORE) {
                return;
            }
            piece.drop("author bio");
            if (isBody) body--;
        }
    }

    /** Whether the bio begins with the author's name, or with its last word ("Smith is ..." for Jane Smith). */
    private static boolean aboutAuthor(String text, String author) {
        if (author == null || author.isBlank()) return false;
        String name = author.strip();
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        String start = text.toLowerCase(Locale.ROOT);
        return start.startsWith(name.toLowerCase(Locale.ROOT) + " ")
                || (lastWord.length() > 2 && start.startsWith(lastWord.toLowerCase(Locale.ROOT) + " "));
    }
}
