/**
 * The analyse stage: splits each article into sentences and stems its words
 * ({@link crosscheck.text.AnalyzedArticle}). Entry point: {@link crosscheck.text.TextAnalyzer#analyze}. It also
 * weighs stems for the later stages: {@link crosscheck.text.TfIdf} and its {@link crosscheck.text.TermVector}s, the
 * one TF-IDF grouping and the digest share. May import: core, dates, ingest, clean.
 */
package crosscheck.text;
