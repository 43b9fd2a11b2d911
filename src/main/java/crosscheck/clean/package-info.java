/**
 * The clean stage: turns each raw report into a {@link crosscheck.clean.Report} holding only the report
 * itself, with what was removed and why. Entry point: {@link crosscheck.clean.Cleaner#clean}. May import: core,
 * dates, ingest.
 */
package crosscheck.clean;
