/**
 * The clean stage: turns each raw report into a {@link crosscheck.clean.Report} holding only the report
 * itself, with what was removed and why. Entry point: {@link crosscheck.clean.Cleaner#clean}. What a report shows
 * about itself is read in crosscheck.clean.metadata, its language told in crosscheck.clean.language; this package
 * holds the extraction, the boilerplate rules and the records that flow out. May import: core, dates, ingest,
 * clean.language, clean.metadata.
 */
package crosscheck.clean;
