/**
 * The analyse stage: splits each article into sentences and stems its words
 * ({@link crosscheck.text.AnalyzedArticle}). Entry point: {@link crosscheck.text.TextAnalyzer#analyze}. May import:
 * core, dates, ingest, clean.
 */
package crosscheck.text;
