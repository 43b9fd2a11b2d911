/**
 * The direct quotations of an event's reports with their speakers, merged across reports. Entry point:
 * {@link crosscheck.digest.quotes.Quotes#of}, giving {@link crosscheck.digest.quotes.Quote}s.
 * May import: core, dates, ingest, clean, analyse, group, digest.wording.
 */
package crosscheck.digest.quotes;
