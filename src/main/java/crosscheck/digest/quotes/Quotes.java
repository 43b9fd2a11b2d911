package crosscheck.digest.quotes;

import crosscheck.analyse.AnalysedReport;
import crosscheck.analyse.Sentence;
import crosscheck.analyse.Words;
import crosscheck.clean.Block;
import crosscheck.digest.wording.SentenceQuality;
import crosscheck.group.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The direct quotations of an event's reports (“...” or "...", whole clauses of at least five words; scare
 * quotes such as “too high” are left out), each with its speaker where a report says who spoke, merged
 * across the reports that carry the same words (ignoring punctuation and case, or one wording inside the
 * other). A pronoun speaker ("he added") becomes the speaker of the sentences just before, in the same
 * paragraph or the one before, when they name one and no other named person comes between; else the
 * speaker stays null: it is never guessed.
 */
public final class Quotes {
    /** Fewer words than this make a scare quote or a phrase, not a quotation. */
    static final int MIN_WORDS = 5;
    /** An unattributed quotation in lower case needs this many words to count as a quotation. */
    static final int MIN_WORDS_UNATTRIBUTED = 8;
    /** Verbs that, right after a capitalised first word, make it the subject: "Netanyahu met ...". */
    private static final Set<String> SUBJECT_VERBS = Set.of("is", "was", "has", "had", "will", "would", "could",
            "can", "may", "met", "went", "came", "left", "spoke", "sent", "made", "took", "gave", "told", "said",
            "says", "also", "then", "later", "who");
    /** Words that open sentences and name no one. */
    private static final Set<String> NO_NAMES = Set.of("he", "she", "it", "they", "we", "i", "the", "a", "an", "this",
            "that", "there");
    /** How many sentences back a pronoun may find its speaker. */
    private static final int LOOK_BACK = 4;
    /** Marks that may open a sentence that is a quotation. */
    private static final String OPENING_QUOTES = "“\"‘'";
    private static final Pattern POSSESSIVE_OR_PUNCTUATION_END = Pattern.compile("[’']s$|[,.;:]$");
    private static final Pattern PAST_TENSE = Pattern.compile("\\p{L}{3,}ed");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘]");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Quotes() {
    }

    /** One quotation as one report carries it. */
    private record Found(String articleId, String text, String speaker, String sentence, List<String> words) {
    }

    /** The quotations of an event, their speakers as the reports write them. */
    public static List<Quote> of(Event event) {
        return of(event, SpeakerNames.NONE);
    }

    /**
     * The quotations of an event: those more reports carry first, then in the order the reports give them; a speaker
     * who is one of {@code people} reads as that person's name.
     */
    public static List<Quote> of(Event event, SpeakerNames people) {
        Set<String> lowerCase = SentenceQuality.lowerCaseWords(event.reports().stream()
                .flatMap(a -> a.sentences().stream()).map(Sentence::text).toList());
        Set<String> names = new HashSet<>();
        event.reports().forEach(a -> names.addAll(a.nameStems()));
        Names known = new Names(lowerCase, names);
        List<Found> found = new ArrayList<>();
        for (AnalysedReport article : event.reports()) {
            for (Found f : quotations(article, known)) {
                found.add(new Found(f.articleId(), f.text(), people.of(f.speaker()), f.sentence(), f.words()));
            }
        }
        return merge(found);
    }

    /**
     * What the event's reports show of names: the words they write in lower case (no names), and the stems of
     * the words they capitalise inside sentences (names).
     */
    private record Names(Set<String> lowerCase, Set<String> stems) {
    }

    private static List<Found> quotations(AnalysedReport article, Names names) {
        List<Found> out = new ArrayList<>();
        List<Block> blocks = article.report().blocks();
        List<Context> history = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == Block.Kind.HEADING) {
                history.add(new Context(b, null, false, true));
                continue;
            }
            String text = block.text();
            List<int[]> sentences = Paragraph.sentences(text, article.sentences(), b);
            List<int[]> spans = QuotationMarks.spans(text);
            for (int[] bounds : sentences) {
                Attribution.Speaker last = null;
                for (int[] span : spans) {
                    if (span[0] < bounds[0] || span[0] >= bounds[1]) continue;
                    int end = Paragraph.endOf(sentences, span[1]);
                    String inner = QuotationMarks.inner(text, span);
                    int words = Words.count(inner);
                    if (words < MIN_WORDS) continue;
                    String head = text.substring(bounds[0], span[0]);
                    if (QuotedTitle.is(head, inner)) continue;
                    Attribution.Speaker speaker = Attribution.after(text.substring(span[1], end));
                    if (speaker == null) speaker = Attribution.before(head);
                    if (speaker == null && Words.count(head) + Words.count(text.substring(span[1], end)) <= 2) {
                        speaker = previous(history, b); // the quotation is the sentence: "Gallant said. “...”"
                    }
                    boolean startsUpper = Character.isUpperCase(inner.codePointAt(0));
                    if (speaker == null && !startsUpper && words < MIN_WORDS_UNATTRIBUTED) continue;
                    Attribution.Speaker resolved = resolve(speaker, history, b);
                    if (resolved != null) last = resolved;
                    out.add(new Found(article.id(), inner,
                            resolved == null ? null : resolved.text(), text.substring(bounds[0], end).strip(),
                            normalized(inner)));
                }
                String sentence = text.substring(bounds[0], bounds[1]);
                Attribution.Speaker speaker = last != null ? last : Attribution.inSentence(sentence);
                history.add(new Context(b, speaker, namesSubject(sentence, names), false));
            }
        }
        return out;
    }

    /** What a sentence tells of who is speaking, for a later "he said". */
    private record Context(int block, Attribution.Speaker speaker, boolean namedSubject, boolean heading) {
    }

    /**
     * A speaker as written, with a pronoun replaced by the speaker of a sentence just before: "he"/"she" by a
     * person, "it" by a body (the ministry, the office). Null when no such speaker is clearly there.
     */
    private static Attribution.Speaker resolve(Attribution.Speaker speaker, List<Context> history, int block) {
        if (speaker == null || speaker.type() != Attribution.Type.PRONOUN) return speaker;
        String pronoun = speaker.text().toLowerCase(Locale.ROOT);
        Attribution.Type wanted = pronoun.equals("it") ? Attribution.Type.BODY
                : pronoun.equals("he") || pronoun.equals("she") ? Attribution.Type.PERSON : null;
        if (wanted == null) return null;
        for (int k = history.size() - 1, seen = 0; k >= 0 && seen < LOOK_BACK; k--, seen++) {
            Context c = history.get(k);
            if (c.heading() || c.block() < block - 1) return null;
            if (c.speaker() != null && c.speaker().type() == wanted) return c.speaker();
            if (c.namedSubject()) return null;
        }
        return null;
    }

    /**
     * The speaker the sentence just before names (not as a pronoun), when it is in the same paragraph or the one
     * before; else null.
     */
    private static Attribution.Speaker previous(List<Context> history, int block) {
        if (history.isEmpty()) return null;
        Context c = history.get(history.size() - 1);
        if (c.heading() || c.block() < block - 1 || c.speaker() == null) return null;
        return c.speaker().type() == Attribution.Type.PRONOUN ? null : c.speaker();
    }

    /**
     * Whether a sentence opens with a name as its subject ("Netanyahu met Biden."): someone a later "he" may
     * mean, so a speaker further back is no longer clearly the one.
     */
    private static boolean namesSubject(String sentence, Names names) {
        String text = sentence.strip();
        boolean quoted = !text.isEmpty() && OPENING_QUOTES.indexOf(text.charAt(0)) >= 0;
        List<String> words = WhiteSpace.firstTwo(quoted ? text.substring(1) : text);
        if (words.size() < 2 || words.get(0).isEmpty() || !Character.isUpperCase(words.get(0).codePointAt(0))) {
            return false;
        }
        String first = POSSESSIVE_OR_PUNCTUATION_END.matcher(words.get(0)).replaceAll("");
        String lower = first.toLowerCase(Locale.ROOT);
        if (NO_NAMES.contains(lower)) return false;
        if (names.lowerCase().contains(lower)) return false;
        if (Character.isUpperCase(words.get(1).codePointAt(0))) return true;
        String verb = words.get(1).toLowerCase(Locale.ROOT);
        if (!words.get(0).endsWith(",") && (SUBJECT_VERBS.contains(verb) || PAST_TENSE.matcher(verb).matches())) {
            return true;
        }
        for (int end = Math.max(0, lower.length() - 2); end <= lower.length(); end++) {
            if (names.stems().contains(lower.substring(0, end))) return true; // a name's stem, and at most two letters
        }
        return false;
    }

    /** Words of a quotation for comparing: lower case, letters and digits only. */
    static List<String> normalized(String text) {
        String lower = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        String plain = NOT_LETTERS_OR_DIGITS.matcher(lower).replaceAll(" ").strip();
        return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
    }

    /** Quotations with the same words, or one inside another, as one quotation with every report carrying it. */
    private static List<Quote> merge(List<Found> found) {
        int n = found.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (same(found.get(i).words(), found.get(j).words())) parent[root(parent, j)] = root(parent, i);
            }
        }
        List<List<Found>> groups = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            int g = roots.indexOf(r);
            if (g < 0) {
                roots.add(r);
                groups.add(new ArrayList<>());
                g = groups.size() - 1;
            }
            groups.get(g).add(found.get(i));
        }
        List<Quote> quotes = new ArrayList<>();
        for (List<Found> group : groups) quotes.add(quote(group));
        List<Quote> ordered = new ArrayList<>(quotes);
        ordered.sort(Comparator.comparingInt((Quote q) -> -q.sources().size()).thenComparingInt(quotes::indexOf));
        return List.copyOf(ordered);
    }

    private static Quote quote(List<Found> group) {
        Found longest = group.get(0);
        for (Found f : group) {
            if (f.words().size() > longest.words().size()) longest = f;
        }
        String speaker = longest.speaker();
        for (Found f : group) {
            if (speaker == null) speaker = f.speaker();
        }
        List<String> sources = new ArrayList<>();
        List<Quote.Wording> wordings = new ArrayList<>();
        for (Found f : group) {
            if (sources.contains(f.articleId())) continue;
            sources.add(f.articleId());
            wordings.add(new Quote.Wording(f.articleId(), f.sentence()));
        }
        return new Quote(longest.text(), speaker, sources, wordings);
    }

    /** Whether two quotations say the same: equal words, or the shorter's words in a row inside the longer. */
    static boolean same(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        if (shorter.size() < MIN_WORDS) return shorter.equals(longer);
        return java.util.Collections.indexOfSubList(longer, shorter) >= 0;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
}
