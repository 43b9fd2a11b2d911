package crosscheck.clean.language;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * The stop word lists Lucene ships (the Snowball lists and those of its language analyzers), for the languages
 * that share a script with others and so are told apart by their words: Latin (English and 23 more), Cyrillic
 * (Russian, Bulgarian), Arabic (Arabic, Persian, Sorani Kurdish) and Devanagari (Hindi, Nepali). Loaded once into
 * one table from each lower-case word to the set of languages whose list holds it; never changed after.
 */
final class StopWords {
    /** Language tag (BCP 47 primary subtag), list, and the script its text is written in. */
    private record Source(String tag, Character.UnicodeScript script, Supplier<CharArraySet> list) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("en", Character.UnicodeScript.LATIN, StopWords::english),
            new Source("de", Character.UnicodeScript.LATIN, GermanAnalyzer::getDefaultStopSet),
            new Source("fr", Character.UnicodeScript.LATIN, FrenchAnalyzer::getDefaultStopSet),
            new Source("es", Character.UnicodeScript.LATIN, SpanishAnalyzer::getDefaultStopSet),
            new Source("pt", Character.UnicodeScript.LATIN, PortugueseAnalyzer::getDefaultStopSet),
            new Source("it", Character.UnicodeScript.LATIN, ItalianAnalyzer::getDefaultStopSet),
            new Source("nl", Character.UnicodeScript.LATIN, DutchAnalyzer::getDefaultStopSet),
            new Source("da", Character.UnicodeScript.LATIN, DanishAnalyzer::getDefaultStopSet),
            new Source("no", Character.UnicodeScript.LATIN, NorwegianAnalyzer::getDefaultStopSet),
            new Source("sv", Character.UnicodeScript.LATIN, SwedishAnalyzer::getDefaultStopSet),
            new Source("fi", Character.UnicodeScript.LATIN, FinnishAnalyzer::getDefaultStopSet),
            new Source("et", Character.UnicodeScript.LATIN, EstonianAnalyzer::getDefaultStopSet),
            new Source("hu", Character.UnicodeScript.LATIN, HungarianAnalyzer::getDefaultStopSet),
            new Source("lv", Character.UnicodeScript.LATIN, LatvianAnalyzer::getDefaultStopSet),
            new Source("lt", Character.UnicodeScript.LATIN, LithuanianAnalyzer::getDefaultStopSet),
            new Source("ro", Character.UnicodeScript.LATIN, RomanianAnalyzer::getDefaultStopSet),
            new Source("tr", Character.UnicodeScript.LATIN, TurkishAnalyzer::getDefaultStopSet),
            new Source("cs", Character.UnicodeScript.LATIN, CzechAnalyzer::getDefaultStopSet),
            new Source("sr", Character.UnicodeScript.LATIN, SerbianAnalyzer::getDefaultStopSet),
            new Source("ca", Character.UnicodeScript.LATIN, CatalanAnalyzer::getDefaultStopSet),
            new Source("gl", Character.UnicodeScript.LATIN, GalicianAnalyzer::getDefaultStopSet),
            new Source("eu", Character.UnicodeScript.LATIN, BasqueAnalyzer::getDefaultStopSet),
            new Source("ga", Character.UnicodeScript.LATIN, IrishAnalyzer::getDefaultStopSet),
            new Source("id", Character.UnicodeScript.LATIN, IndonesianAnalyzer::getDefaultStopSet),
            new Source("ru", Character.UnicodeScript.CYRILLIC, RussianAnalyzer::getDefaultStopSet),
            new Source("bg", Character.UnicodeScript.CYRILLIC, BulgarianAnalyzer::getDefaultStopSet),
            new Source("ar", Character.UnicodeScript.ARABIC, ArabicAnalyzer::getDefaultStopSet),
            new Source("fa", Character.UnicodeScript.ARABIC, PersianAnalyzer::getDefaultStopSet),
            new Source("ckb", Character.UnicodeScript.ARABIC, SoraniAnalyzer::getDefaultStopSet),
            new Source("hi", Character.UnicodeScript.DEVANAGARI, HindiAnalyzer::getDefaultStopSet),
            new Source("ne", Character.UnicodeScript.DEVANAGARI, NepaliAnalyzer::getDefaultStopSet));

    /** The languages, in {@link #SOURCES} order: a language's index is its bit in {@link #WORDS}. */
    static final List<String> TAGS = SOURCES.stream().map(Source::tag).toList();
    /** Each language's script, by index. */
    static final List<Character.UnicodeScript> SCRIPTS = SOURCES.stream().map(Source::script).toList();
    /** Each word of any list, with a bit set for each language whose list holds it. */
    static final int MAX_SINGLE_LETTERS = 10;
    private static final CharArrayMap<Long> WORDS = load();

    private StopWords() {
    }

    /**
     * The languages whose lists hold {@code length} characters of {@code text} from {@code start}, lower-case,
     * as bits by index in {@link #TAGS}; 0 when none does.
     */
    static long languages(char[] text, int start, int length) {
        Long bits = WORDS.get(text, start, length);
        return bits == null ? 0 : bits;
    }

    /** The index of language {@code tag} in {@link #TAGS}, or -1 when no list is for it. */
    static int indexOf(String tag) {
        return TAGS.indexOf(tag);
    }

    private static CharArrayMap<Long> load() {
        if (SOURCES.size() > Long.SIZE) throw new IllegalStateException("more languages than bits");
        CharArrayMap<Long> words = new CharArrayMap<>(8_000, false);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < SOURCES.size(); i++) {
            CharArraySet list = SOURCES.get(i).list().get();
            if (list.isEmpty()) missing.add(SOURCES.get(i).tag());
            boolean alphabet = singleLetters(list) > MAX_SINGLE_LETTERS;
            for (Object word : list) {
                char[] chars = word instanceof char[] c ? c : word.toString().toCharArray();
                if (alphabet && chars.length == 1) continue;
                char[] folded = new String(chars).toLowerCase(Locale.ROOT).toCharArray();
                for (int c = 0; c < folded.length; c++) folded[c] = fold(folded[c]);
                String lower = new String(folded);
                Long before = words.get(lower);
                words.put(lower, (before == null ? 0L : before) | (1L << i));
            }
        }
        if (!missing.isEmpty()) throw new IllegalStateException("Lucene's stop word lists are empty for " + missing);
        return CharArrayMap.unmodifiableMap(words);
    }

    /**
     * A lower-case letter as the lists and the text are compared: Persian and Sorani write yeh and kaf as ی and ک,
     * Lucene's Persian list (normalised as its analyzer normalises text) as Arabic ي and ك; both sides are folded to
     * the Arabic letters, so that the same word matches however it is written.
     */
    static char fold(char c) {
        return switch (c) {
            case '\u06CC', '\u06D2' -> '\u064A'; // Farsi yeh, yeh barree: yeh
            case '\u06A9' -> '\u0643'; // keheh: kaf
            default -> c;
        };
    }

    /**
     * How many one-letter words a list holds. Most hold a few that are words of the language (English "a", "i";
     * Czech "a", "k", "s", "v", "z"); a list holding more than {@value #MAX_SINGLE_LETTERS} (Lucene's Estonian one has
     * the whole alphabet, for indexing) would take every initial and abbreviation for its language: its one-letter
     * words are left out.
     */
    private static int singleLetters(CharArraySet list) {
        int count = 0;
        for (Object word : list) {
            if ((word instanceof char[] c ? c.length : word.toString().length()) == 1) count++;
        }
        return count;
    }

    /** The Snowball English list: fuller than EnglishAnalyzer's default (33 words), as in analyse.Terms. */
    private static CharArraySet english() {
        try (Reader list = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(list);
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's English stop word list is missing from the class path", e);
        }
    }
}
