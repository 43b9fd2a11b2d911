/**
 * The analyse stage: splits each report into sentences and stems its words
 * ({@link crosscheck.analyse.AnalysedReport}). Entry point: {@link crosscheck.analyse.Analyser#analyse}. It also
 * weighs stems for the later stages: {@link crosscheck.analyse.TfIdf} and its
 * {@link crosscheck.analyse.TermVector}s, the one TF-IDF grouping and the digest share.
 * May import: core, dates, ingest, clean.
 */
package crosscheck.analyse;
