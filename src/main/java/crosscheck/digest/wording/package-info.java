/**
 * How a sentence is written, for every part of the digest: which words it writes in lower case or capitalises
 * ({@link crosscheck.digest.wording.WordCase}), whether it can stand alone before a reader
 * ({@link crosscheck.digest.wording.SentenceQuality}), and pattern scans tried only where a match may start
 * ({@link crosscheck.digest.wording.Scan}).
 * May import: core, dates, ingest, clean, analyse, group.
 */
package crosscheck.digest.wording;
