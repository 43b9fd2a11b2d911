package crosscheck.clean;

import crosscheck.clean.metadata.Credits;
import crosscheck.core.Texts;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of page furniture a news page wraps around its report, each as a general pattern over one
 * line or block of text, with the short reason recorded when a block is dropped for it. The patterns
 * describe a kind ("a line that only says where the original is"), never a particular site.
 */
final class BoilerplateRules {
    /** What a matching line means beyond being dropped. */
    enum Effect {
        /** Just drop the line. */
        DROP,
        /** The line heads a list of links or sources: drop the list items that follow. */
        LIST_HEADER,
        /** The line heads the reader comments: drop everything after it. */
        COMMENTS_HEADER,
        /** A byline: a bio may follow. */
        BYLINE,
        /** A credit line (a wire service, contributors, editors): what it credits is kept ({@link Credits}). */
        CREDIT
    }

    /**
     * One kind of boilerplate.
     *
     * @param anchored whether every alternative of the pattern starts with "^": then only the start of the text
     *                 needs trying
     */
    record Rule(String reason, Pattern pattern, int maxWords, Effect effect, boolean anchored, String needle) {
        boolean matches(String text, int words) {
            return mayMatch(text, words) && found(pattern.matcher(text));
        }

        /** The cheap checks: few enough words, and the text holds what every match holds. */
        private boolean mayMatch(String text, int words) {
            return words <= maxWords && (needle == null || containsIgnoreCase(text, needle));
        }

        private boolean found(Matcher matcher) {
            return anchored ? matcher.lookingAt() : matcher.find();
        }
    }

    private static boolean containsIgnoreCase(String text, String needle) {
        char first = needle.charAt(0);
        char upper = Character.toUpperCase(first);
        int last = text.length() - needle.length();
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == upper) && text.regionMatches(true, i, needle, 0, needle.length())) return true;
        }
        return false;
    }

    /** The rules' matchers for one cleaning call, made once and reset for each text. Not thread-safe. */
    static final class Matchers {
        private final Matcher[] matchers = new Matcher[RULES.size()];

        /** The first rule a text of so many words matches, or null. */
        Rule match(String text, int words) {
            for (int i = 0; i < matchers.length; i++) {
                Rule rule = RULES.get(i);
                if (!rule.mayMatch(text, words)) continue;
                Matcher matcher = matchers[i];
                if (matcher == null) matchers[i] = matcher = rule.pattern().matcher(text);
                else matcher.reset(text);
                if (rule.found(matcher)) return rule;
            }
            return null;
        }
    }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final String NAME = "(?-i:\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|der|al|el|bin|la|le|di))*)";
    private static final String UPPER = "(?-i:\\p{Lu})";

    static final List<Rule> RULES = List.of(
            rule("comment form", "^(?:leave a (?:reply|comment|response)|post a comment|add (?:a |your )?comment"
                    + "|write a comment|join the (?:discussion|conversation)|cancel reply|submit comment"
                    + "|your email address will not be published|required fields are marked"
                    + "|you must be (?:logged in|registered) to (?:post|leave|add) a comment"
                    + "|to (?:leave|post|add|write) a comment,? (?:please )?(?:log ?in|sign ?in|register)"
                    + "|(?:log ?in|sign ?in|register) to (?:comment|reply|post a comment)"
                    + "|save my name,? email,? and website|notify me of (?:follow-up comments|new posts)"
                    + "|comments? (?:are|is) closed|be the first to comment|there are no comments|no comments yet"
                    + "|comment policy|(?:show|view|load|read|see) (?:all |more )?(?:\\d+ )?comments"
                    + "|(?:all )?comments (?:are|will be) (?:moderated|reviewed)(?: (?:before|and|prior to|by (?:a|an|our)"
                    + " (?:moderator|editor|team))\\b[^.!?]{0,80})?[.!]?(?: please keep [^.!?]{0,60}[.!]?)?$"
                    + "|please keep (?:the discussion|comments|it) (?:civil|respectful)[.!]?$"
                    + "|(?:name|e-?mail|website|comment)\\s*\\*?\\s*$)", 30, Effect.DROP),
            rule("reader comments", "^(?:\\d+\\s+)?(?:reader(?:s'?)?\\s+|user\\s+)?comments?(?:\\s*\\(\\d+\\))?\\s*:?$"
                    + "|^\\d+\\s+(?:comments?|responses|replies)\\b(?:\\s+(?:to|on)\\b.*)?$", 16, Effect.COMMENTS_HEADER),
            rule("reader prompt", "^(?:did you (?:find|like|enjoy) (?:this|the) (?:article|story|post|piece)"
                    + "|was this (?:article|story|post|page|information) (?:helpful|useful|interesting)"
                    + "|what do you think|rate this (?:article|story|post)|like this (?:article|story|post)"
                    + "|share your (?:thoughts|views|opinion)|let us know (?:what you think|in the comments)"
                    + "|(?:please )?share this (?:article|story|post))\\b", 14, Effect.DROP),
            rule("related links", "^(?:(?:more|other|top|latest|recent)\\s+)?(?:related|similar|recommended"
                    + "|popular|trending|suggested|further|more)\\s+(?:articles?|stories|posts?|news|reads?"
                    + "|links|coverage|content|videos?|reading|topics|items)(?:\\s+\\p{L}+){0,2}\\s*:?$"
                    + "|^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more from\\b.*"
                    + "|more on (?:this|that)\\b.*|also on\\b.*|from around the web|around the web"
                    + "|recommended for you|what to read next|read next|most (?:read|popular|viewed|shared)"
                    + "|related|see also|read also|also read|don'?t miss|editor'?s picks?|in case you missed it)"
                    + "\\s*(?::|\\.{3}|…)?$", 8, Effect.LIST_HEADER),
            rule("list of sources", "^(?:sources?(?: include[sd]?| list| used)?|references|citations"
                    + "|further reading|external links|links)\\s*:?$", 4, Effect.LIST_HEADER),
            rule("read-more link", "^(?:read|see|check out|listen to)\\s+(?:more|also|next|this:|the full"
                    + "|the original|full)\\b|^(?:also read|related|more|recommended|don'?t miss|must read"
                    + "|trending|read next|related (?:article|story|post|coverage)|more news|latest)\\s*[:|»>–—-]\\s*\\S",
                    30, Effect.DROP),
            rule("source link", "^(?:source link|original (?:article|source|story|post)|view (?:the )?original"
                    + "(?: article| story| post)?|originally (?:published|appeared|posted) (?:at|on|in|by)\\b.*"
                    + "|continue reading\\b.*|read (?:the )?(?:full|original|rest of the) (?:article|story|post)\\b.*"
                    + "|(?:source|via|h/t|hat tip)\\s*:\\s*.+|this (?:article|story|post) (?:was )?"
                    + "(?:originally )?(?:appeared|published|first appeared)\\b.*)$", 16, Effect.DROP),
            rule("video promo", "^(?:watch|listen to)\\s+(?:this|the|our|a|more|below|above|it|him|her"
                    + "|them)?\\s*(?:full\\s+|latest\\s+|new\\s+|exclusive\\s+|short\\s+)?(?:report|video|clip"
                    + "|interview|segment|footage|episode|broadcast|coverage|livestream|documentary|podcast)\\b"
                    + "|^(?:see|view)\\s+(?:this|the|our|a|more)?\\s*(?:full\\s+)?(?:video|clip|footage|livestream)\\b"
                    + "|^this (?:video|clip|report|episode|podcast|segment|footage) (?:is|was|comes) from\\b"
                    + "|^(?:video|watch|listen|podcast)\\s*[:|]\\s*\\S"
                    + "|^(?:subscribe|follow) (?:to )?(?:our|the|my) .{0,40}(?:channel|podcast)\\b"
                    + "|^(?:thanks|thank you) for (?:watching|listening)[.!]*$", 45, Effect.DROP),
            // a shortcode a page's editor left unrendered ("[button link=...]Join[/button]"): a name, its attributes
            // written name=value, and the text it wraps; "[figure 1: ...]" or "[sic]" with words after is text
            rule("shortcode", "^\\[/?(?-i:[a-z_][a-z0-9_-]*)(?:\\s[^\\]\\[=]{0,100}=[^\\]\\[]{0,300})?\\]"
                    + "(?:[^\\[\\]]{0,200}\\[/(?-i:[a-z_][a-z0-9_-]*)\\])?\\s*$", 40, Effect.DROP),
            rule("wire credit", Credits.WIRE_LINE_REGEX, 5, Effect.CREDIT),
            rule("photo caption", "\\((?:(?>[^()]*\\b(?:photos?|images?|pictures?|pic|foto|credit|file|illustration"
                    + "|graphic|screenshot|screengrab|courtesy)\\b)[^()]*+|\\s*" + UPPER + "[\\p{L}.&' -]{0,30}\\s*/\\s*" + UPPER
                    + "[^()]{0,60})\\)\\s*\\.?$", 60, Effect.DROP, ")"),
            rule("photo credit", "^(?:\\(\\s*(?:" + UPPER + "[\\p{L}.&-]*)(?:\\s+" + UPPER + "[\\p{L}.&-]*){0,3}\\s*\\)"
                    + "|(?:photo|image|picture|credit|photograph|illustration|video|graphic)s?(?:\\s+credits?)?"
                    + "\\s*(?::|by\\b|/|©)\\s*.+|©.+|(?:" + UPPER + "[\\p{L}.]*+\\s*+)++/\\s*(?:getty images|afp|ap|reuters"
                    + "|epa|shutterstock))$", 14, Effect.DROP),
            rule("byline", "^(?:(?:written|posted|published|reported|story|words|text)\\s+)?by\\s+" + NAME
                    + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*(?:\\s*(?:[,|–—-]|\\bon\\b|\\bat\\b)\\s*[^.!?]{0,60})?$"
                    + "|^(?:author|reporter|writer)s?\\s*:\\s*" + NAME + "$", 16, Effect.BYLINE),
            rule("author bio", "^(?:I am|I['’]m)\\s+(?:a|an|the)\\b.{0,200}?\\b(?:writer|journalist|reporter|editor"
                    + "|author|blogger|correspondent|columnist|contributor|analyst|freelancer)", 150, Effect.DROP),
            rule("contributor credit", "\\b(?:contributed|contributing)\\s+(?:reporting\\s+|to the reporting\\s+)?"
                    + "(?:to|for)\\s+(?:this|the)\\s+(?:report|story|article)\\b", 45, Effect.CREDIT, "contribut"),
            rule("contributor credit", "^\\(?\\s*(?:with\\s+)?(?:additional\\s+)?(?:reporting|editing|writing|compiled"
                    + "|edited|produced)\\s+by\\s+" + UPPER, 45, Effect.CREDIT),
            rule("newsletter promo", "^(?:sign up|subscribe)\\b.{0,60}\\b(?:newsletter|updates|alerts|mailing list"
                    + "|inbox)\\b|^get (?:the|our) .{0,40}newsletter\\b", 25, Effect.DROP),
            rule("page widget", "^(?:back to top(?: button)?|top of page|go to top|scroll to top|skip to (?:main )?"
                    + "(?:content|navigation)|share(?: this)?(?: article| story| post| page)?(?: on \\S+)?:?"
                    + "|share (?:on|via) .{1,40}|tweet(?: this)?|print(?: this)?(?: article| page| story)?"
                    + "|e-?mail(?: this)?(?: article| page| story)?|advertisement|advertising|adverts?|sponsored(?: content)?"
                    + "|this (?:slideshow|gallery|video|player|content|page|feature|form) requires javascript\\b.{0,60}"
                    + "|(?:please )?(?:enable|turn on) javascript\\b.{0,80}|javascript (?:is )?(?:required|disabled)\\b.{0,80}"
                    + "|ad|ads|promoted|loading\\.*|please wait\\.*|click here\\b.{0,60}|tap here\\b.{0,60}"
                    + "|(?:next|previous|prev)(?: article| story| post| page)\\s*[:»›>]?.{0,80}|(?:next|previous|prev)\\s*[:»›>].{0,80}"
                    + "|(?:all )?rights reserved\\b.*|copyright\\s*(?:©|\\(c\\)|\\d{4}).{0,100}|follow us\\b.{0,60}|like us on \\S+"
                    + "|(?:tags?|filed under|categories|category|topics|posted in|keywords)\\s*:.{0,200}"
                    + "|(?:log ?in|sign ?in|sign ?up|register|subscribe(?: now| today)?|menu|search|home|close"
                    + "|open|toggle navigation|more|show more|load more|see more|read more|view more"
                    + "|continue|expand|collapse|facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram"
                    + "|copy link|copied|jump to|listen(?: to this)?(?: article)?|text size|font size"
                    + "|print friendly|enlarge|zoom|\\d+ min(?:ute)?s? read|reading time.{0,20})\\s*[:.!»›]?)$",
                    40, Effect.DROP));

    private BoilerplateRules() {
    }

    private static Rule rule(String reason, String regex, int maxWords, Effect effect) {
        return rule(reason, regex, maxWords, effect, null);
    }

    /** A rule whose every match holds {@code needle} (lower case), which is checked first. */
    private static Rule rule(String reason, String regex, int maxWords, Effect effect, String needle) {
        return new Rule(reason, Pattern.compile(regex, I), maxWords, effect, startAnchored(regex), needle);
    }

    /** Whether every top-level alternative of the regex starts with "^". */
    static boolean startAnchored(String regex) {
        if (!regex.startsWith("^")) return false;
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0 && (i + 1 >= regex.length() || regex.charAt(i + 1) != '^')) {
                return false;
            }
        }
        return true;
    }

    /** The first rule a text matches, or null. */
    static Rule match(String text) {
        return match(text, Texts.words(text));
    }

    /** The first rule a text of so many words matches, or null. */
    static Rule match(String text, int words) {
        return new Matchers().match(text, words);
    }
}
