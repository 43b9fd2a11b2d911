/**
 * The summary of an event: sentences of its reports, word for word, chosen for salience and coverage, each with
 * every report that states it. Entry point: {@link crosscheck.digest.summary.Summarizer#summary}, giving
 * {@link crosscheck.digest.summary.SummarySentence}s.
 * May import: core, dates, ingest, clean, analyse, group, digest.wording.
 */
package crosscheck.digest.summary;
