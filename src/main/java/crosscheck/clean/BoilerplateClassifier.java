package crosscheck.clean;

import crosscheck.clean.metadata.Credits;
import crosscheck.clean.metadata.Metadata;
import crosscheck.core.Texts;
import crosscheck.dates.DateFinder;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Decides which pieces of a report are page furniture rather than the report, and drops them with a reason.
 * It works the same on every format: single-line kinds ({@link BoilerplateRules}), navigation lines, lists
 * that follow a "Related"/"Sources" header, reader-comment sections, lines whose meaning depends on where
 * they stand (a section label or a date widget above the report, a lone heading below it), inline
 * "(Related: ...)" links, and paragraphs repeated word for word. What the dropped lines show about the
 * report (outlet, date, byline) is returned as inferred metadata.
 */
final class BoilerplateClassifier {
    static final String HEADLINE = "headline (the title)";
    private static final String PHOTO_CAPTION = "photo caption";
    /** A caption sentence has a subject, a verb and what the picture shows: some six words. */
    private static final int MIN_CAPTION_WORDS = 6;

    // A pattern that find() runs over text and that starts with a run of spaces (or separators) is tried only where
    // such a run starts, or where the last match ended (\G): a match from inside a run is never the first one (one
    // from the run's start matches too), and trying each position of a long run takes time quadratic in its length.
    private static final Pattern INLINE_LINK = Pattern.compile(
            "(?:\\G|(?<!\\s))\\s*[(\\[]\\s*(?:related|see also|read also|also read|read more|more|watch|video|photos?|listen"
            + "|recommended|read)\\s*:[^()\\[\\]]*(?:\\([^()]*\\)[^()\\[\\]]*)*[)\\]]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAV_SEPARATORS = Pattern.compile("(?:\\G|(?<!\\s))\\s*(?:[|•·»›▸►>/]|,(?=\\s)|\\s[-–—]\\s)\\s*");
    /** "Jane Doe 23:47 24.03.2024 2 days ago", "[Anonymous] says: July 5, 2012 at 3:15 pm". */
    private static final Pattern COMMENT_META = Pattern.compile(
            "^(?:\\[[^\\]]{1,40}\\]|\\p{L}[\\p{L}\\p{N}_.@'’-]*(?:\\s+\\p{L}[\\p{L}\\p{N}_.@'’-]*){0,3})"
            + "\\s*(?:says?:?|said:?|wrote:?|on|at|[|,:–—-])?\\s*(.+)$", Pattern.UNICODE_CASE);
    /** The words of a date widget besides the names of months and weekdays ({@link DateFinder#isCalendarWord}). */
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)(?:date|time|updated?|published|posted|last|today|on|at|gmt|utc|local|hrs?|hours?|ago|mins?|minutes?"
            + "|days?|weeks?|[ap]\\.?m\\.?|(?-i:\\p{Lu}{2,4})|[-+]?\\d[\\d:./-]*(?:st|nd|rd|th)?"
            + "|[-+]?\\d+°[cf]?|°[cf]|[|,·•–—-])[.,:]?");
    private static final Pattern PUBLISH_WORDS = Pattern.compile(
            "(?i)^(?:date|time|updated?|published|posted|last updated|created|written|on|dated)\\b.*");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^(?:(?:written|posted|published|reported)\\s+)?by\\s+");
    /** "by" and a capitalized name, anywhere in a line: who wrote the text. */
    private static final Pattern BY_NAME = Pattern.compile("(?i:\\bby)\\s+\\p{Lu}");
    private static final Pattern DIGITS_START = Pattern.compile("^\\d");
    /**
     * Label words are this long at most: a longer "word" is a phrase of a script written without spaces (Chinese,
     * Japanese), a sentence rather than a label.
     */
    private static final int MAX_WORD_CHARS = 12;
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("(?<![\\s,|·•:–—-])[\\s,|·•:–—-]+$");

    private BoilerplateClassifier() {
    }

    /**
     * Drops the boilerplate among the kept pieces, in place, and returns what the dropped lines showed.
     *
     * @param pieces the report's pieces in reading order; pieces already dropped are left alone
     */
    static Metadata classify(List<Piece> pieces) {
        return classify(pieces, false);
    }

    /**
     * {@link #classify(List)}; with {@code keepDatelines}, the byline and date lines above the report's text stay
     * (they are still read for the author and date): in a web page whose article was found by its structure,
     * they are the article's own header, as the page shows it; and a paragraph of prose that the article repeats
     * stays (see {@link #dropRepeats}).
     */
    static Metadata classify(List<Piece> pieces, boolean keepDatelines) {
        return classify(pieces, keepDatelines, keepDatelines);
    }

    /**
     * {@link #classify(List, boolean)}; with {@code captionSentences}, a caption that is a sentence of its own
     * loses only its photo credit ({@link #cutCredit}): for the article that a page's structure marks out, not
     * for a wider reading of the page, which takes whole containers, galleries and all.
     */
    static Metadata classify(List<Piece> pieces, boolean keepDatelines, boolean captionSentences) {
        Found found = new Found();
        for (Piece piece : pieces) if (piece.kept()) cutInlineLinks(piece);
        dropByRules(pieces, found, keepDatelines, captionSentences);
        dropCommentThreads(pieces);
        dropByPosition(pieces, found, keepDatelines);
        dropRepeats(pieces, keepDatelines);
        readDateline(pieces, found);
        return new Metadata(null, found.source, null, found.date, found.author, null, found.credits.origin(),
                found.credits.credits());
    }

    /** What dropped lines showed about the report, first seen first. */
    private static final class Found {
        String source;
        LocalDate date;
        String author;
        final Credits.Found credits = new Credits.Found();
    }

    /** The wire service the report's opening dateline names ("GAZA CITY (AP) — ..."), when no line named one. */
    private static void readDateline(List<Piece> pieces, Found found) {
        if (found.credits.origin() != null) return;
        int tried = 0;
        for (Piece piece : pieces) {
            if (!piece.kept() || piece.kind == Block.Kind.HEADING) continue;
            found.credits.origin(Credits.datelineWire(piece.text));
            if (found.credits.origin() != null || ++tried == 3) return;
        }
    }

    private static void cutInlineLinks(Piece piece) {
        if (piece.text.indexOf('(') < 0 && piece.text.indexOf('[') < 0) return;
        Matcher matcher = INLINE_LINK.matcher(piece.text);
        if (!matcher.find()) return;
        StringBuilder kept = new StringBuilder();
        int from = 0;
        do {
            piece.cuts.add(new Removed(matcher.group().strip(), "inline related link"));
            kept.append(piece.text, from, matcher.start());
            from = matcher.end();
        } while (matcher.find());
        kept.append(piece.text, from, piece.text.length());
        piece.text = Texts.normalize(kept);
        piece.edited = true;
        if (!Texts.hasLetterOrDigit(piece.text)) piece.drop("inline related link");
    }

    /**
     * Cuts the photo credit off the end of a caption that is a sentence of its own ("A man waits in a mall.
     * (Mike Clarke/AFP/Getty Images)"): the sentence says what the picture shows, as the article's text does (a
     * photo gallery's text is its captions). Returns whether it cut.
     */
    private static boolean cutCredit(Piece piece, BoilerplateRules.Rule rule) {
        Matcher credit = rule.pattern().matcher(piece.text);
        if (!credit.find()) return false;
        String sentence = piece.text.substring(0, credit.start()).strip();
        if (Texts.words(sentence) < MIN_CAPTION_WORDS || !Texts.endsSentence(sentence)) return false;
        piece.cuts.add(new Removed(credit.group().strip(), "photo credit"));
        piece.text = sentence;
        piece.edited = true;
        return true;
    }

    private static void dropByRules(List<Piece> pieces, Found found, boolean keepDatelines,
                                    boolean captionSentences) {
        BoilerplateRules.Matchers rules = new BoilerplateRules.Matchers();
        String listReason = null;
        boolean bodySeen = false;
        boolean comments = false;
        boolean afterByline = false;
        for (Piece piece : pieces) {
            if (!piece.kept()) continue;
            if (comments) {
                piece.drop("reader comments");
                continue;
            }
            BoilerplateRules.Rule rule = rules.match(piece.text, piece.words());
            if (captionSentences && rule != null && rule.reason().equals(PHOTO_CAPTION) && cutCredit(piece, rule)) {
                rule = null;
            }
            String text = piece.text;
            if (rule == null && listReason != null && isListItem(piece, listReason)) {
                piece.drop(listReason);
                continue;
            }
            listReason = null;
            if (rule == null && afterByline && AuthorBio.isThirdPerson(text)) {
                piece.drop("author bio");
                continue;
            }
            afterByline = false;
            if (rule != null) {
                if (!(keepDatelines && !bodySeen && rule.effect() == BoilerplateRules.Effect.BYLINE)) {
                    piece.drop(rule.reason());
                }
                switch (rule.effect()) {
                    case LIST_HEADER -> listReason = rule.reason();
                    case COMMENTS_HEADER -> comments = bodySeen;
                    case BYLINE -> {
                        afterByline = true;
                        if (!bodySeen && found.author == null) found.author = bylineName(text);
                        found.credits.origin(Credits.bylineWire(text));
                        VisibleByline byline = bodySeen ? null : VisibleByline.read(text);
                        if (byline != null && found.date == null) found.date = byline.date();
                    }
                    case CREDIT -> Credits.readLine(text, found.credits);
                    default -> { }
                }
                continue;
            }
            VisibleByline byline = bodySeen ? null : VisibleByline.read(text);
            if (byline != null) {
                // "Tom Davies, Associated Press, Published 11:34 PM EST Nov 19, 2019": not an outlet, not a menu
                if (found.author == null) found.author = byline.author();
                if (found.date == null) found.date = byline.date();
                found.credits.origin(byline.wire());
                piece.byline = true;
                if (!keepDatelines) piece.drop("byline");
                afterByline = true;
            } else if (!piece.tableRow && isNavigation(text)) {
                piece.drop("navigation");
            } else if (HardWrap.isBareLink(text)) {
                piece.drop("link");
            } else if (isBody(piece)) {
                bodySeen = true;
            }
        }
    }

    private static boolean isListItem(Piece piece, String listReason) {
        String text = piece.text;
        if (HardWrap.isBareLink(text)) return true;
        int words = Texts.words(text);
        if (listReason.equals("list of sources")) return words <= 12 || piece.kind == Block.Kind.ITEM;
        return piece.kind == Block.Kind.ITEM || piece.kind == Block.Kind.HEADING
                || (words <= 30 && Texts.innerSentenceBreaks(text) == 0);
    }

    /** Reader comments without a header: two or more "name, time" lines after the report's text. */
    private static void dropCommentThreads(List<Piece> pieces) {
        int firstBody = -1;
        int first = -1;
        int metas = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (!piece.kept()) continue;
            if (firstBody < 0) {
                if (isBody(piece)) firstBody = i;
                continue;
            }
            if (isCommentMeta(piece.text)) {
                if (first < 0) first = i;
                metas++;
            }
        }
        if (metas < 2) return;
        for (int i = first; i < pieces.size(); i++) pieces.get(i).drop("reader comments");
    }

    /** A commenter's name followed by when the comment was posted, nothing else. */
    private static boolean isCommentMeta(String text) {
        if (Texts.words(text) > 14 || Texts.endsSentence(text)) return false;
        Matcher m = COMMENT_META.matcher(text);
        if (!m.matches()) return false;
        String when = m.group(1);
        boolean stamped = date(when).isPresent() || DateFinder.saysHowLongAgo(when) || DateFinder.hasAmPmTime(when);
        return stamped && mostlyDateWords(when);
    }

    private static void dropByPosition(List<Piece> pieces, Found found, boolean keepDatelines) {
        AuthorBio.dropAtTheEnd(pieces, found.author);
        int firstBody = -1;
        int secondBody = -1;
        int lastBody = -1;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.kept() && isBody(piece)) {
                if (firstBody < 0) firstBody = i;
                else if (secondBody < 0) secondBody = i;
                lastBody = i;
            }
        }
        boolean noBody = firstBody < 0;
        if (noBody) firstBody = lastBody = pieces.size();
        if (secondBody < 0) secondBody = lastBody;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (!piece.kept()) continue;
            boolean top = i < firstBody;
            // the standfirst may come before the outlet and date line: the head of the page ends at the second paragraph
            boolean head = i < secondBody;
            String text = piece.text;
            if (piece.byline) continue;
            if ((head || i > lastBody) && outletAndDate(text, head ? found : new Found())) {
                if (!(keepDatelines && top)) piece.drop("outlet and date line");
            } else if (isDateWidget(text)) {
                // a short date, or a dated byline ("by Jane Doe on May 3, 2012"): the article's own header
                boolean dateline = Texts.words(text) <= 6 || BY_NAME.matcher(text).find();
                if (!(keepDatelines && top && dateline)) piece.drop(dateline ? "date line" : "date and weather widget");
                if (head && found.date == null) found.date = date(text).map(DateFinder.Found::date).orElse(null);
            } else if (top && isLabel(text) && headingFollows(pieces, i, firstBody) && !isBrokenLine(piece)) {
                piece.drop("section label");
            } else if (!noBody && i > lastBody) {
                if (piece.kind == Block.Kind.HEADING && !bodyFollows(pieces, i)) {
                    piece.drop("heading without text");
                } else if (AuthorBio.isThirdPerson(text)) {
                    piece.drop("author bio");
                }
            }
        }
    }

    /**
     * Drops the second copy of a paragraph. In a web page whose article was found by its structure, a paragraph
     * of prose that comes twice is the page's own text (a refrain, a quote it returns to) and stays; in a text
     * scrape, it is the scrape's copy of a teaser.
     */
    private static void dropRepeats(List<Piece> pieces, boolean foundByStructure) {
        Set<String> seen = new HashSet<>();
        for (Piece piece : pieces) {
            if (!piece.kept() || piece.words() < 4) continue;
            if (!seen.add(Texts.key(piece.text)) && !(foundByStructure && isBody(piece))) {
                piece.drop("repeated paragraph");
            }
        }
    }

    /** A paragraph of the report's own prose: a sentence or more. */
    static boolean isBody(Piece piece) {
        if (piece.kind == Block.Kind.HEADING) return false;
        int words = piece.words();
        return words >= 25 || (words >= 8 && Texts.endsSentence(piece.text));
    }

    /** A menu or breadcrumb line: three or more short capitalised items between separators, no sentence. */
    static boolean isNavigation(String text) {
        if (Texts.endsSentence(text) || text.length() > 300) return false;
        String[] items = NAV_SEPARATORS.split(text);
        // commas and dashes also join the words of a headline; bars, bullets and arrows only join menu items
        boolean menuSeparators = text.indexOf('|') >= 0 || text.indexOf('•') >= 0 || text.indexOf('·') >= 0
                || text.indexOf('»') >= 0 || text.indexOf('›') >= 0 || text.indexOf('>') >= 0;
        int count = 0;
        for (String item : items) {
            if (item.isBlank()) continue;
            int words = Texts.words(item);
            if (words > 4 || !Texts.startsUpper(item) || Texts.endsWithPunctuation(item)) return false;
            count++;
        }
        return count >= (menuSeparators ? 3 : 4);
    }

    /** A line made of dates, times, weekdays, temperatures and place codes. */
    static boolean isDateWidget(String text) {
        if (text.length() > 200) return false;
        boolean date = date(text).isPresent();
        if (!date && !DateFinder.hasClockTime(text)) return false;
        int tokens = Texts.words(text);
        return mostlyDateWords(text) && (date || tokens <= 6);
    }

    /** Whether four in five words of the text are dates, times, weekdays, units of time or separators. */
    private static boolean mostlyDateWords(String text) {
        String[] tokens = text.strip().split("\\s+");
        int datey = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (DATE_WORDS.matcher(tokens[t]).matches() || DateFinder.isCalendarWord(tokens[t])) {
                datey++;
            } else if (tokens[t].equalsIgnoreCase("by") && t + 1 < tokens.length) {
                datey++;
                while (t + 1 < tokens.length && Texts.startsUpper(tokens[t + 1])
                        && !DIGITS_START.matcher(tokens[t + 1]).find()) {
                    t++;
                    datey++;
                }
            }
        }
        return datey * 5 >= tokens.length * 4;
    }

    /** The first date a line of the page writes, in any form, of a year a page's date may have. */
    private static Optional<DateFinder.Found> date(String text) {
        return DateFinder.first(text, DateFinder.Form.ALL, DateFinder::isPageYear);
    }

    /** "Outlet Name 24.03.2024": an outlet's name and a date, nothing else. Notes what it shows. */
    private static boolean outletAndDate(String text, Found found) {
        if (text.length() > 120) return false;
        Optional<DateFinder.Found> date = date(text);
        if (date.isEmpty()) return false;
        String after = text.substring(date.get().end()).strip();
        if (!after.isEmpty() && !isDateWidget("1.1.2000 " + after)) return false;
        String name = TRAILING_SEPARATORS.matcher(text.substring(0, date.get().start())).replaceAll("").strip();
        int words = Texts.words(name);
        if (words < 1 || words > 8 || !Texts.startsUpper(name) || Texts.endsSentence(name)
                || PUBLISH_WORDS.matcher(name).matches() || isDateWidget(name + " 1.1.2000")) {
            return false;
        }
        if (BY_PREFIX.matcher(name).find()) {
            if (found.author == null) found.author = bylineName(name);
        } else if (found.source == null) {
            found.source = name;
        }
        if (found.date == null) found.date = date.get().date();
        return true;
    }

    /**
     * Whether a web page's piece is a line of a text that the page breaks with {@code <br>}: a part of a paragraph
     * or a verse, whatever its length, not a label of its own.
     */
    private static boolean isBrokenLine(Piece piece) {
        if (piece.page == null || piece.runs.isEmpty()) return false;
        return isLineBreak(piece.runs.get(0).first().previousSibling(), true)
                || isLineBreak(piece.runs.get(piece.runs.size() - 1).last().nextSibling(), false);
    }

    /** Whether the node, or the first node past blank text in the given direction, is a {@code <br>}. */
    private static boolean isLineBreak(Node node, boolean backwards) {
        while (node instanceof TextNode text && text.isBlank()) {
            node = backwards ? node.previousSibling() : node.nextSibling();
        }
        return node instanceof Element element && element.normalName().equals("br");
    }

    /** One to three words with no sentence punctuation: "USA", "World News". */
    private static boolean isLabel(String text) {
        int words = Texts.words(text);
        return words >= 1 && words <= 3 && !Texts.endsWithPunctuation(text) && text.length() <= 40
                && text.length() - Texts.count(text, ' ') <= words * MAX_WORD_CHARS;
    }

    private static boolean headingFollows(List<Piece> pieces, int index, int firstBody) {
        int words = pieces.get(index).words();
        for (int i = index + 1; i < firstBody && i < pieces.size(); i++) {
            Piece next = pieces.get(i);
            if (!next.kept() && !HEADLINE.equals(next.reason)) continue;
            if (next.words() > words && !Texts.endsSentence(next.text)) return true;
        }
        return false;
    }

    private static boolean bodyFollows(List<Piece> pieces, int index) {
        for (int i = index + 1; i < pieces.size(); i++) {
            Piece next = pieces.get(i);
            if (next.kept() && next.kind != Block.Kind.HEADING) return true;
        }
        return false;
    }

    private static final Pattern NAME_END = Pattern.compile("(?:\\G|(?<!\\s))\\s*(?:[,|–—]|\\s-\\s|\\bon\\b|\\bat\\b)");

    /** The name in a byline: "By Ali Raza, Staff Writer" gives "Ali Raza". */
    private static String bylineName(String text) {
        String name = BY_PREFIX.matcher(text).replaceFirst("");
        name = name.replaceFirst("(?i)^(?:author|reporter|writer)s?\\s*:\\s*", "");
        Matcher end = NAME_END.matcher(name);
        if (end.find() && end.start() > 0) name = name.substring(0, end.start());
        name = name.strip();
        return name.isEmpty() ? null : name;
    }
}
