package crosscheck.analyse;

import crosscheck.clean.Report;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A cleaned report with its sentences and terms.
 *
 * @param report     the report as cleaned
 * @param titleStems index terms of its title
 * @param sentences  its sentences in order
 * @param termCounts how often each stem occurs in title and text, sorted by stem
 * @param nameStems  stems of the words the text capitalises inside sentences: names of people, places,
 *                   groups, titles; sorted
 * @param surfaces   for each stem, the word the report most often writes for it ("hama" -> "Hamas"), to show
 *                   readers words rather than stems
 */
public record AnalysedReport(Report report, List<String> titleStems, List<Sentence> sentences,
                              SortedMap<String, Integer> termCounts, SortedSet<String> nameStems,
                              SortedMap<String, String> surfaces) {
    public AnalysedReport {
        Objects.requireNonNull(report, "report");
        titleStems = List.copyOf(titleStems);
        sentences = List.copyOf(sentences);
        termCounts = SortedArrayMap.copyOf(termCounts); // unmodifiable and compact: kept for the whole build
        nameStems = Collections.unmodifiableSortedSet(new TreeSet<>(nameStems));
        surfaces = SortedArrayMap.copyOf(surfaces);
    }

    /** The same report pinned to another event, as if its front matter said {@code event: slug}. */
    public AnalysedReport pinnedTo(String slug) {
        Report a = report;
        Report pinned = new Report(a.id(), a.file(), a.title(), a.source(), a.url(), a.published(), a.author(),
                a.origin(), a.credits(), a.language(), a.languageSource(), slug, a.blocks(), a.removed(), a.warnings(), a.draft());
        return new AnalysedReport(pinned, titleStems, sentences, termCounts, nameStems, surfaces);
    }

    public String id() {
        return report.id();
    }

    /**
     * The report's language as a primary subtag ("pt"), to compare with the site's (see {@link Report#language()} and
     * {@link Report#languageSource()} for the whole tag and where it comes from); null when unknown.
     */
    public String primaryLanguage() {
        return report.primaryLanguage();
    }
}
